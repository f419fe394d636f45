// Excel's limits: cell text, sheet names.
import { MAX_CELL_TEXT, fitCellText, fitSheetName, sameSheetName } from '../../src/core/excel-limits';

test('text over 32,767 characters is cut to exactly that, ending in …, never inside a surrogate pair', () => {
  expect(fitCellText('短')).toEqual({ text: '短', trimmed: false });
  const exact = 'x'.repeat(MAX_CELL_TEXT);
  expect(fitCellText(exact)).toEqual({ text: exact, trimmed: false });
  const cut = fitCellText('y'.repeat(MAX_CELL_TEXT + 1));
  expect(cut.trimmed).toBe(true);
  expect(cut.text).toHaveLength(MAX_CELL_TEXT);
  expect(cut.text.endsWith('…')).toBe(true);
  const emoji = fitCellText('😀'.repeat(MAX_CELL_TEXT));
  expect(emoji.text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  expect(emoji.text.slice(0, -1)).toMatch(/^(😀)+$/u);
});

test('sheet names: 31 characters with the suffix kept, refused characters replaced, compared without case', () => {
  expect(fitSheetName('指标汇总')).toBe('指标汇总');
  const long = '某某市生态文明建设示范市创建工作指标汇总情况一览表(二〇二六年度)';
  expect(fitSheetName(long)).toHaveLength(31);
  expect(fitSheetName(long, '(2)')).toHaveLength(31);
  expect(fitSheetName(long, '(2)').endsWith('(2)')).toBe(true);
  expect(fitSheetName("'a/b:c?'")).toBe('a_b_c_');
  expect(sameSheetName('Indicator Summary', 'indicator summary')).toBe(true);
  expect(sameSheetName('指标汇总', '指标汇总(2)')).toBe(false);
});
