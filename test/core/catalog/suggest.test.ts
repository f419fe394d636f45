import type { Catalog, CatalogIndicator, RawValue, WorkbookGrid } from '../../../src/core/types';
import { indicatorNames, suggestCatalog } from '../../../src/core/catalog/suggest';

function indicator(id: string, name: string, aliases: string[] = []): CatalogIndicator {
  return { id, name, aliases, target: '≥80', lead: ['市生态环境局'], coop: [], sourceText: name };
}

function catalog(id: string, names: (string | [string, string[]])[]): Catalog {
  return {
    id,
    title: id,
    indicators: names.map((n, i) => (Array.isArray(n) ? indicator(`${id}-${i}`, n[0], n[1]) : indicator(`${id}-${i}`, n))),
  };
}

const city = catalog('city', [
  '森林覆盖率',
  ['单位GDP能耗', ['单位地区生产总值能耗']],
  '空气质量优良天数比例',
  '集中式饮用水水源地水质达标率',
  '城镇污水处理率',
  '生活垃圾无害化处理率',
]);
const coast = catalog('coast', ['自然岸线保有率', '近岸海域水质优良比例', '海洋生态红线区面积占比', '城镇污水处理率']);

function grid(names: string[], extra: { hidden?: boolean; sheetName?: string } = {}): WorkbookGrid {
  const values: RawValue[][] = [
    ['2023年指标自评表', null, null, null],
    ['序号', '指标名称', '目标值', '现状值'],
    ...names.map((name, i): RawValue[] => [i + 1, name, '≥80', 85]),
  ];
  return { sheets: [{ name: extra.sheetName ?? '自评表', top: 0, left: 0, values, ...(extra.hidden ? { hidden: true } : {}) }] };
}

describe('suggestCatalog', () => {
  it('chooses the catalog whose indicators the workbook names', () => {
    const suggestion = suggestCatalog(grid(['森林覆盖率', '单位地区生产总值能耗', '空气质量优良天数比例', '城镇污水处理率']), [coast, city]);
    expect(suggestion?.catalog.id).toBe('city');
    expect(suggestion?.matched).toBe(4);
    expect(suggestion?.score).toBe(1);
  });

  it('reads names in Traditional script and with numbering', () => {
    const suggestion = suggestCatalog(grid(['1.森林覆蓋率', '(二)空氣質量優良天數比例', '城鎮污水處理率']), [coast, city]);
    expect(suggestion?.catalog.id).toBe('city');
  });

  it('gives a share of names matched as the score', () => {
    const names = ['森林覆盖率', '空气质量优良天数比例', '城镇污水处理率', '人均公园绿地面积', '绿色建筑占新建建筑比例', '农村卫生厕所普及率'];
    const suggestion = suggestCatalog(grid(names), [city]);
    expect(suggestion?.matched).toBe(3);
    expect(suggestion?.score).toBeCloseTo(0.5, 3);
  });

  it('returns null when too few names match any catalog', () => {
    const names = ['人均公园绿地面积', '绿色建筑占新建建筑比例', '农村卫生厕所普及率', '政府绿色采购比例', '城镇污水处理率'];
    expect(suggestCatalog(grid(names), [city, coast])).toBeNull();
  });

  it('returns null for a workbook without an indicator table, or without catalogs', () => {
    const noTable: WorkbookGrid = { sheets: [{ name: 'Sheet1', top: 0, left: 0, values: [['随便写的'], ['一些文字']] }] };
    expect(suggestCatalog(noTable, [city])).toBeNull();
    expect(suggestCatalog(grid(['森林覆盖率', '城镇污水处理率', '空气质量优良天数比例']), [])).toBeNull();
  });

  it('ignores hidden sheets and the catalog sheet', () => {
    const names = ['森林覆盖率', '空气质量优良天数比例', '城镇污水处理率'];
    expect(indicatorNames(grid(names, { hidden: true }))).toEqual([]);
    expect(indicatorNames(grid(names, { sheetName: '指标库' }))).toEqual([]);
    expect(indicatorNames(grid(names))).toEqual(names);
  });

  it('breaks a tie in score by exact matches, then by the order given', () => {
    const twin = catalog('twin', ['森林覆盖率', '单位GDP能耗', '空气质量优良天数比例']);
    const names = ['森林覆盖率', '单位GDP能耗', '空气质量优良天数比例'];
    expect(suggestCatalog(grid(names), [twin, city])?.catalog.id).toBe('twin');
    expect(suggestCatalog(grid(names), [city, twin])?.catalog.id).toBe('city');
  });
});
