// The fake's merged areas: Office.js reads a covered cell as empty, and the fake counts any value,
// formula or note written into one, so that the host's tests can show it never happens.
import { FakeExcel } from '../../support/fake-excel';

function fake(): FakeExcel {
  return new FakeExcel({ sheets: [{ name: 'S', cells: { A1: { value: '市住建局' }, B1: { formula: '=IF(A1="","",1)', value: '' } }, merges: ['A1:A3'] }] });
}

it('reads the covered cells of a merge as empty, and a formula with its result through values and its text through formulas', async () => {
  const f = fake();
  const values = await f.run(async (context) => {
    const range = context.workbook.worksheets.getItem('S').getRange('A1:B3').load('values,formulas');
    await context.sync();
    return { values: range.values, formulas: range.formulas };
  });
  expect(values.values).toEqual([['市住建局', ''], ['', ''], ['', '']]);
  expect(values.formulas[0][1]).toBe('=IF(A1="","",1)');
});

it('counts values, formulas and notes written into covered cells, not into the top-left or elsewhere', async () => {
  const f = fake();
  await f.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('S');
    sheet.getRange('A1').values = [['x']];
    sheet.getRange('C1:C3').values = [['a'], ['b'], ['c']];
    sheet.getRange('A1:A3').values = [[null], [null], ['y']];
    await context.sync();
  });
  expect(f.stats.coveredWrites).toBe(1);
  await f.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('S');
    sheet.getRange('A2').formulas = [['=1']];
    sheet.notes.add('A3', 'hidden');
    sheet.notes.add('A1', 'shown');
    await context.sync();
  });
  expect(f.stats.coveredWrites).toBe(3);
  f.resetStats();
  expect(f.stats.coveredWrites).toBe(0);
});
