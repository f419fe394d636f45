import { FakeExcel, type SavedWorkbook } from '../support/fake-excel';
import { createOfficeHost } from '../../src/hosts/office';
import { commandHandlers, type CommandDeps } from '../../src/commands/handlers';
import { outcomeDialogUrl } from '../../src/commands/notify';
import type { CatalogRequest } from '../../src/addin/jobs';

/** 保山 plan indicators: one passing, one failing (binding), one missing, one failing (guiding). */
function workbook(protectedSheet = false): SavedWorkbook {
  const rows: [string, string, string, string | number | null, string | null][] = [
    ['城市污水集中处理率', '%', '≥85', 90.1, '市住房城乡建设局'],
    ['城镇生活垃圾无害化处理率', '%', '≥80', 72, null],
    ['工业用水重复率', '%', '≥80', null, null],
    ['第三产业占GDP比例', '%', '≥40', 37.2, null],
  ];
  const cells: NonNullable<SavedWorkbook['sheets'][number]['cells']> = {
    A1: { value: '保山市省级生态文明市建设指标自评表' },
    A2: { value: '序号' },
    B2: { value: '指标名称' },
    C2: { value: '单位' },
    D2: { value: '目标值' },
    E2: { value: '现状值' },
    F2: { value: '牵头单位' },
  };
  rows.forEach(([name, unit, target, value, lead], i) => {
    const r = i + 3;
    cells[`A${r}`] = { value: i + 1 };
    cells[`B${r}`] = { value: name };
    cells[`C${r}`] = { value: unit };
    cells[`D${r}`] = { value: target };
    if (value !== null) cells[`E${r}`] = { value };
    if (lead !== null) cells[`F${r}`] = { value: lead };
  });
  return { sheets: [{ name: '自评表', cells, protected: protectedSheet }] };
}

function sheetNames(excel: FakeExcel): string[] {
  return excel.save().sheets.map((s) => s.name);
}

function setup(saved: SavedWorkbook, catalog: CatalogRequest = { kind: 'builtin', id: 'baoshan-2017' }) {
  const excel = new FakeExcel(saved);
  const messages: { message: string; kind: 'ok' | 'error' }[] = [];
  const deps: CommandDeps = {
    host: createOfficeHost({ run: (batch) => excel.run(batch), isSetSupported: () => true }),
    lang: () => 'zh-CN',
    catalog: () => catalog,
    notify: async (message, kind) => {
      messages.push({ message, kind });
    },
  };
  const event = { completed: jest.fn() };
  return { excel, messages, handlers: commandHandlers(deps), event };
}

test('检查工作簿 marks the failing cells with their reasons and reports the counts', async () => {
  const { excel, messages, handlers, event } = setup(workbook());
  await handlers.checkWorkbook(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(messages).toHaveLength(1);
  expect(messages[0].kind).toBe('ok');
  expect(messages[0].message).toContain('指标4项:达标1,未达标2,需核实0,未填报1');
  expect(messages[0].message).toContain('指标库:保山市申报创建省级生态文明市工作方案');
  const failing = excel.observe('自评表', 'E4');
  expect(failing.fill).toBe('#FFC7CE');
  expect(failing.note).toBe('未达标:目标≥80%,现状72%,差8个百分点(约束性)');
  expect(excel.observe('自评表', 'E6').fill).toBe('#FFEB9C');
  expect(excel.observe('自评表', 'E3').fill).toBeNull();
  expect(sheetNames(excel)).not.toContain('指标汇总');
});

test('一键生成汇总表 makes the summary sheet, and 清除标记 restores the workbook', async () => {
  const { excel, messages, handlers, event } = setup(workbook());
  const before = excel.save();
  await handlers.buildSummary(event);
  expect(messages[0].message).toContain('汇总表"指标汇总"');
  expect(sheetNames(excel)).toContain('指标汇总');
  expect(excel.observe('指标汇总', 'A1').value).toContain('指标');

  await handlers.clearMarks(event);
  expect(messages[1]).toEqual({ message: expect.stringContaining('已清除标记'), kind: 'ok' });
  expect(sheetNames(excel)).not.toContain('指标汇总');
  expect(excel.observe('自评表', 'E4')).toEqual(new FakeExcel(before).observe('自评表', 'E4'));
  expect(event.completed).toHaveBeenCalledTimes(2);
});

test('a protected sheet is refused with a clear message, nothing written, and the command still completes', async () => {
  const { excel, messages, handlers, event } = setup(workbook(true));
  const before = JSON.stringify(excel.save());
  await handlers.checkWorkbook(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(messages[0].kind).toBe('error');
  expect(messages[0].message).toContain('受保护');
  expect(JSON.stringify(excel.save())).toBe(before);
});

test('清除标记 on a workbook that was never checked says so', async () => {
  const { messages, handlers, event } = setup(workbook());
  await handlers.clearMarks(event);
  expect(messages[0].message).toBe('工作簿中没有本工具的标记');
  expect(event.completed).toHaveBeenCalled();
});

test('the outcome dialog address carries the message', () => {
  const url = new URL(outcomeDialogUrl('https://localhost:3000/commands.html', '核查完成:指标4项', 'ok'));
  expect(url.pathname).toBe('/outcome.html');
  expect(url.searchParams.get('message')).toBe('核查完成:指标4项');
  expect(url.searchParams.get('kind')).toBe('ok');
});

describe('the ribbon and the region the pane keeps in the workbook', () => {
  /** A regional target (市≥95;县≥85) and a value between the two. */
  function regional(): SavedWorkbook {
    return {
      sheets: [
        {
          name: '自评表',
          cells: {
            A1: { value: '指标名称' }, B1: { value: '单位' }, C1: { value: '目标值' }, D1: { value: '现状值' },
            A2: { value: '城市生活污水集中处理率' }, B2: { value: '%' }, C2: { value: '市≥95;县≥85' }, D2: { value: 90 },
          },
        },
      ],
    };
  }

  it.each([
    ['县', /(^|[^未])达标1/],
    ['市', /未达标1/],
  ])('checks against the part for the region %s', async (region, counts) => {
    const excel = new FakeExcel(regional());
    const messages: string[] = [];
    const handlers = commandHandlers({
      host: createOfficeHost({ run: (batch) => excel.run(batch), isSetSupported: () => true }),
      lang: () => 'zh-CN',
      catalog: () => ({ kind: 'none' }),
      region: () => region,
      notify: async (message) => {
        messages.push(message);
      },
    });
    await handlers.checkWorkbook({ completed: () => undefined });
    expect(messages.join('\n')).toMatch(counts);
  });
});
