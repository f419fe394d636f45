import { cellAddress, columnIndex, columnLetter, parseCellAddress, rangeAddress } from '../../src/core/address';
import { nameKey, normalizeText } from '../../src/core/text';

test('column letters round-trip', () => {
  for (const [col, letters] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA']] as const) {
    expect(columnLetter(col)).toBe(letters);
    expect(columnIndex(letters)).toBe(col);
  }
  expect(cellAddress(4, 7)).toBe('H5');
  expect(rangeAddress(0, 0, 2, 1)).toBe('A1:B3');
  expect(parseCellAddress('$C$10')).toEqual({ row: 9, col: 2 });
  expect(parseCellAddress('10C')).toBeNull();
});

test('normalizeText folds width, script, spaces and percent signs', () => {
  expect(normalizeText('不低於９５％　（約束性）')).toBe('不低于95% (约束性)');
  expect(nameKey('單位ＧＤＰ 能耗')).toBe(nameKey('单位GDP能耗'));
});
