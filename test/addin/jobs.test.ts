import { FakeExcel, type SavedWorkbook } from '../support/fake-excel';
import { createOfficeHost } from '../../src/hosts/office';
import { DEFAULT_SETTINGS, runJob, clearJob, type JobSettings } from '../../src/addin/jobs';
import { catalogRequestOf, catalogSettingOf } from '../../src/addin/document-settings';
import { describeOutcome } from '../../src/addin/outcome';

const saved: SavedWorkbook = {
  sheets: [
    {
      name: '自评表',
      cells: {
        A1: { value: '指标名称' }, B1: { value: '目标值' }, C1: { value: '现状值' }, D1: { value: '牵头单位' },
        A2: { value: '城市污水集中处理率' }, B2: { value: '≥85%' }, C2: { value: 80 },
        A3: { value: '工业用水重复率' }, B3: { value: '≥80%' }, C3: { value: 90 }, D3: { value: '市工信局(自填)' },
      },
    },
  ],
};

const settings: JobSettings = { ...DEFAULT_SETTINGS, catalog: { kind: 'builtin', id: 'baoshan-2017' } };

function hostOn(excel: FakeExcel) {
  return createOfficeHost({ run: (batch) => excel.run(batch), isSetSupported: () => true });
}

test('a later job keeps what an earlier one did: the fill survives a check and a summary', async () => {
  const excel = new FakeExcel(saved);
  const host = hostOn(excel);
  const filled = await runJob(host, 'fill', settings);
  expect(filled.applied.written).toBeGreaterThan(0);
  const lead = excel.observe('自评表', 'D2').value;
  expect(lead).not.toBe('');
  expect(excel.observe('自评表', 'D3').value).toBe('市工信局(自填)');

  await runJob(host, 'summary', settings);
  expect(excel.observe('自评表', 'D2').value).toBe(lead);
  const again = await runJob(host, 'check', settings);
  expect(again.applied.summarySheet).toBe('指标汇总');
  expect(excel.observe('自评表', 'D2').value).toBe(lead);
  expect(excel.observe('自评表', 'C2').fill).toBe('#FFC7CE');

  await clearJob(host);
  expect(excel.observe('自评表', 'D2').value).toBe('');
  expect(excel.observe('自评表', 'C2').fill).toBeNull();
});

test('filling needs a catalog', async () => {
  const host = hostOn(new FakeExcel(saved));
  await expect(runJob(host, 'fill', { ...settings, catalog: { kind: 'none' } })).rejects.toMatchObject({ code: 'bad-input' });
});

test('an unknown built-in catalog is refused before anything is written', async () => {
  const excel = new FakeExcel(saved);
  const before = JSON.stringify(excel.save());
  await expect(runJob(hostOn(excel), 'check', { ...settings, catalog: { kind: 'builtin', id: 'nowhere' } })).rejects.toMatchObject({
    code: 'unknown-catalog',
  });
  expect(JSON.stringify(excel.save())).toBe(before);
});

test('the outcome line, in both languages', async () => {
  const outcome = await runJob(hostOn(new FakeExcel(saved)), 'check', settings);
  expect(describeOutcome(outcome, 'zh-CN')).toMatch(/^核查完成:指标2项:达标1,未达标1/);
  expect(describeOutcome(outcome, 'en')).toMatch(/^Check done: 2 indicators: 1 pass, 1 fail/);
});

test('the catalog setting kept for the ribbon commands', () => {
  expect(catalogRequestOf(catalogSettingOf({ kind: 'builtin', id: 'tangshan-2022' }))).toEqual({ kind: 'builtin', id: 'tangshan-2022' });
  expect(catalogRequestOf('none')).toEqual({ kind: 'none' });
  expect(catalogRequestOf(undefined)).toEqual({ kind: 'auto' });
  expect(catalogRequestOf('<script>')).toEqual({ kind: 'auto' });
});
