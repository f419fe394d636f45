import { FakeExcel } from '../support/fake-excel';
import { createOfficeHost, type OfficeHost } from '../../src/hosts/office';
import { DEFAULT_SETTINGS, type JobSettings } from '../../src/addin/jobs';
import { describeReturnOutcome, runCheckOrReturn, runReturnCheck } from '../../src/addin/return-job';
import { findReturnMarkers } from '../../src/core/returns/format';
import { stampStateOf } from '../../src/core/returns/stamp';
import { findBuiltInCatalog } from '../../src/catalogs';
import { baoshanRows, returnSavedWorkbook, type ReturnRow } from '../support/return-check-fixture';

const settings: JobSettings = { ...DEFAULT_SETTINGS };
const catalog = findBuiltInCatalog('baoshan-2017')!;

function hostOn(excel: FakeExcel): OfficeHost {
  return createOfficeHost({ run: (batch) => excel.run(batch), isSetSupported: excel.isSetSupported });
}

function rowsWith(changes: Record<string, Partial<ReturnRow>>): ReturnRow[] {
  return baoshanRows().map((r) => ({ ...r, ...changes[r.id] }));
}

describe('runReturnCheck on the Office host', () => {
  it('stamps a ready return, leaving its cells alone', async () => {
    const excel = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows() }));
    const host = hostOn(excel);
    const outcome = (await runReturnCheck(host, settings, new Date('2026-03-02T08:00:00Z')))!;
    expect(outcome.verdict).toBe('ready');
    expect(outcome.stamped).toBe(true);
    expect(outcome.applied).toBeNull();
    expect(excel.observe('填报表', 'G5')).toMatchObject({ fill: null, note: null });
    const read = await host.readGrid();
    const [marker] = findReturnMarkers(read.grid);
    expect(await stampStateOf(await host.readStamp(), read.grid, marker, catalog)).toBe('valid');
    expect(describeReturnOutcome(outcome, 'zh-CN')).toBe('可以报送;已在工作簿中写入核查标记(文档属性 IndicatorCheckStamp),保存后报送即可');
  });

  it('marks what blocks a return with notes, lists it in order, and takes an earlier stamp off', async () => {
    const excel = new FakeExcel({ ...returnSavedWorkbook({ rows: rowsWith({ 'bs-02': { value: 30 }, 'bs-03': { value: null } }), person: null }), customProperties: { IndicatorCheckStamp: '{"old":1}' } });
    const host = hostOn(excel);
    const outcome = (await runReturnCheck(host, settings))!;
    expect(outcome.verdict).toBe('blocked');
    expect(outcome.stamped).toBeNull();
    expect(outcome.checks[0].items.filter((i) => i.blocks).map((i) => i.cell)).toEqual(['D2', 'G7', 'G6']);
    expect(excel.observe('填报表', 'G7').note).toContain('单位GDP能耗:2026年数值未填报');
    expect(excel.observe('填报表', 'G6').fill).toBe('#FFEB9C');
    expect(excel.observe('填报表', 'D2').note).toContain('未填写填报人');
    expect(excel.save().customProperties).toBeUndefined();
    expect(describeReturnOutcome(outcome, 'zh-CN')).toBe(
      '暂不能报送:2项须修改,1项须修改或说明;D2  [强制性] 未填写填报人;G7  [强制性] 单位GDP能耗:2026年数值未填报;' +
        'G6  [提示性] 第三产业占GDP比例:未达标:目标≥40%,现状30%,差10个百分点(指导性)',
    );
  });

  it('says it in English when the pane is in English', async () => {
    const excel = new FakeExcel(returnSavedWorkbook({ rows: rowsWith({ 'bs-03': { value: null } }) }));
    const outcome = (await runReturnCheck(hostOn(excel), { ...settings, lang: 'en' }))!;
    expect(describeReturnOutcome(outcome, 'en')).toBe('Not ready to submit: 1 to fix, 0 to fix or explain; G7  [must fix] 单位GDP能耗: the 2026 value is empty');
    expect(excel.observe('填报表', 'G7').note).toBe('[must fix] 单位GDP能耗: the 2026 value is empty');
  });

  it('takes the marks off and stamps once the department has fixed and explained everything', async () => {
    const excel = new FakeExcel(returnSavedWorkbook({ rows: rowsWith({ 'bs-02': { value: 30 } }), person: null }));
    const host = hostOn(excel);
    await runReturnCheck(host, settings);
    expect(excel.observe('填报表', 'G6').fill).toBe('#FFEB9C');
    excel.setValues('填报表', 'D2', [['张三']]);
    excel.setValues('填报表', 'I6', [['产业结构调整']]);
    const outcome = (await runReturnCheck(host, settings))!;
    expect(outcome.verdict).toBe('ready');
    expect(outcome.stamped).toBe(true);
    expect(excel.observe('填报表', 'G6')).toMatchObject({ fill: null, note: null });
    expect(excel.observe('填报表', 'D2')).toMatchObject({ fill: null, note: null, value: '张三' });
  });

  it('still lists what to fix when the protected return sheet cannot be marked', async () => {
    const excel = new FakeExcel(returnSavedWorkbook({ rows: rowsWith({ 'bs-03': { value: null } }) }, { protectedSheet: true }));
    const outcome = (await runReturnCheck(hostOn(excel), settings))!;
    expect(outcome.markError?.code).toBe('sheet-protected');
    expect(outcome.checks[0].items.map((i) => i.cell)).toEqual(['G7']);
    expect(excel.observe('填报表', 'G7').fill).toBeNull();
    expect(describeReturnOutcome(outcome, 'zh-CN')).toContain('填报表受保护,未在单元格上做标记');
  });

  it('stamps a ready protected return: the stamp is a document property, not a cell', async () => {
    const excel = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows() }, { protectedSheet: true }));
    const outcome = (await runReturnCheck(hostOn(excel), settings))!;
    expect(outcome).toMatchObject({ verdict: 'ready', stamped: true, markError: null });
  });

  it('says when this Excel cannot write the stamp', async () => {
    const excel = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows() }), { excelApi: '1.6' });
    const outcome = (await runReturnCheck(createOfficeHost({ run: (batch) => excel.run(batch), isSetSupported: excel.isSetSupported }), settings))!;
    expect(outcome.stamped).toBe(false);
    expect(describeReturnOutcome(outcome, 'zh-CN')).toContain('不支持写入文档属性');
  });

  it('refuses a return whose catalog is not built in unless one is chosen', async () => {
    const excel = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows(), catalogId: 'our-own-2026' }));
    await expect(runReturnCheck(hostOn(excel), settings)).rejects.toMatchObject({ code: 'bad-input' });
    const chosen = await runReturnCheck(hostOn(excel), { ...settings, catalog: { kind: 'given', catalog } });
    expect(chosen?.verdict).toBe('ready');
  });
});

describe('runCheckOrReturn', () => {
  it('runs the ordinary check, reading the workbook once, when there is no return', async () => {
    const excel = new FakeExcel({
      sheets: [{ name: '自评表', cells: { A1: { value: '指标名称' }, B1: { value: '目标值' }, C1: { value: '现状值' }, A2: { value: '城市污水集中处理率' }, B2: { value: '≥85%' }, C2: { value: 80 } } }],
    });
    const host = hostOn(excel);
    let reads = 0;
    const counted: OfficeHost = { ...host, readGrid: () => (reads++, host.readGrid()), lastStats: null };
    const result = await runCheckOrReturn(counted, { ...settings, catalog: { kind: 'builtin', id: 'baoshan-2017' } });
    expect(result.kind).toBe('job');
    expect(reads).toBe(1);
    expect(excel.observe('自评表', 'C2').fill).toBe('#FFC7CE');
  });

  it('runs the return check when the workbook holds a return', async () => {
    const excel = new FakeExcel(returnSavedWorkbook({ rows: baoshanRows() }));
    const result = await runCheckOrReturn(hostOn(excel), settings);
    expect(result.kind).toBe('return');
  });
});
