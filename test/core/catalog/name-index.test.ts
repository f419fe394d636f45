// The catalog's name index: the same matches as comparing every name with every indicator, at a cost
// bounded by the distinct names, not the rows.
import type { Catalog, RawValue, WorkbookGrid } from '../../../src/core/types';
import { builtInCatalogs } from '../../../src/catalogs';
import { checkWorkbook } from '../../../src/core/check';
import { FUZZY_THRESHOLD, cleanIndicatorName, matchName, nameIndexOf, similarity } from '../../../src/core/catalog/match';
import { suggestCatalog } from '../../../src/core/catalog/suggest';

/** A copy, so the index and its memo start empty. */
function fresh(catalog: Catalog): Catalog {
  return JSON.parse(JSON.stringify(catalog)) as Catalog;
}

/** The match as the straightforward loop over every name and alias finds it. */
function bruteForce(name: string, catalog: Catalog): { id: string; confidence: number } | null {
  let best: { id: string; confidence: number } | null = null;
  let bestScore = 0;
  for (const indicator of catalog.indicators) {
    for (const candidate of [indicator.name, ...(indicator.aliases ?? [])]) {
      const score = similarity(cleanIndicatorName(name), cleanIndicatorName(candidate));
      if (score >= FUZZY_THRESHOLD && score > bestScore) {
        bestScore = score;
        best = { id: indicator.id, confidence: Math.round(score * 100) / 100 };
      }
    }
  }
  return best;
}

function province(names: string[], rows: number): WorkbookGrid {
  const values: RawValue[][] = [['序号', '区县', '指标名称', '目标值', '现状值']];
  for (let i = 0; i < rows; i++) values.push([i + 1, `第${Math.floor(i / names.length) + 1}区`, names[i % names.length], '≥80', 85]);
  return { sheets: [{ name: '汇总', top: 0, left: 0, values }] };
}

const EIGHT = ['森林覆盖率', '城镇污水处理率', '空气质量优良天数比例', '单位GDP能耗', 'PM2.5年均浓度', '农村卫生厕所普及率', '湿地保护率', '公众满意度'];

test('fuzzy matches are those of comparing with every name and alias', () => {
  const names = ['城市污水处理率', '森林覆盖', '空气优良天数比例', '城镇生活垃圾无害化处理', '细颗粒物年均浓度', '万元GDP能耗', '完全无关的名字'];
  for (const catalog of builtInCatalogs) {
    const index = nameIndexOf(fresh(catalog));
    for (const name of names) {
      const match = matchName(index, name);
      if (match?.kind === 'fuzzy' || !match) {
        const expected = bruteForce(name, catalog);
        expect(match ? { id: match.indicator.id, confidence: match.confidence } : null).toEqual(expected);
      }
    }
  }
});

test('a 20,000-row sheet of 8 distinct names costs at most 8 × entries similarity scores per catalog', () => {
  const catalogs = builtInCatalogs.map(fresh);
  const grid = province(EIGHT, 20_000);
  const suggestion = suggestCatalog(grid, catalogs);
  const chosen = suggestion?.catalog ?? catalogs[0];
  checkWorkbook(grid, { catalog: chosen });
  checkWorkbook(grid, { catalog: chosen });
  for (const catalog of catalogs) {
    const index = nameIndexOf(catalog);
    expect(index.stats.lookups).toBeLessThanOrEqual(EIGHT.length);
    expect(index.stats.similarities).toBeLessThanOrEqual(EIGHT.length * index.entries.length);
  }
  // The same sheet with ten times the rows costs nothing more once the names are known.
  const before = catalogs.map((c) => nameIndexOf(c).stats.similarities);
  suggestCatalog(province(EIGHT, 200_000), catalogs);
  expect(catalogs.map((c) => nameIndexOf(c).stats.similarities)).toEqual(before);
});

test('200,000 rows without a catalog choose one without overflowing the stack', () => {
  const grid = province(EIGHT, 200_000);
  expect(() => suggestCatalog(grid, builtInCatalogs)).not.toThrow();
});

test('bigrams count characters, also outside the basic plane', async () => {
  const { bigrams } = await import('../../../src/core/catalog/bigrams');
  expect([...bigrams('城镇城镇')]).toEqual([['城镇', 2], ['镇城', 1]]);
  expect([...bigrams('𠀀𠀁a')]).toEqual([['𠀀𠀁', 1], ['𠀁a', 1]]);
  expect([...bigrams('甲')]).toEqual([['甲', 1]]);
});
