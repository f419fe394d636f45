// Counts in Chinese numerals.
import { chineseNumber } from '../../../src/core/extract/chinese-numbers';
import { extractCatalog } from '../../../src/core/extract/extract';

describe('chineseNumber', () => {
  test.each([
    ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['一百', 100], ['一百零五', 105], ['三千五百', 3500], ['一万二千', 12000],
  ])('%s is %d', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });
  test('what is not a numeral', () => {
    expect(chineseNumber('一类')).toBeNull();
    expect(chineseNumber('零')).toBeNull();
  });
});

describe('counts in Chinese numerals', () => {
  test('after a verb that makes something', () => {
    const found = extractCatalog([{ name: 'p.txt', text: '到2025年,创建两个省级生态文明建设示范乡镇,至少建成十二处生态科普基地。' }]).catalog.indicators;
    expect(found.map((i) => [i.name, i.target, i.year])).toEqual([
      ['省级生态文明建设示范乡镇', '2个', 2025],
      ['生态科普基地', '至少12处', 2025],
    ]);
    expect(found[0].note).toMatch(/数量由汉字"两"读出/);
  });
  test('not in names, levels or sayings (一河一策, 三类耕地, 一批, 打造一个)', () => {
    expect(extractCatalog([{ name: 'p.txt', text: '落实“一河一策”,划定三类耕地,建成一批示范项目,打造一个生态美的新家园。' }]).catalog.indicators).toEqual([]);
  });
});
