// Indicator tables in a plan: a header row, then one indicator per row (cells between tabs).
import { extractCatalog } from '../../../src/core/extract/extract';
import { htmlToText } from '../../../src/core/extract/html-text';
import { tableHeader } from '../../../src/core/extract/table';

const TABLE = [
  '附件:指标分解表',
  '序号\t领域\t指标名称\t单位\t2025年目标值\t指标属性\t牵头单位\t配合单位',
  '1\t生态环境\t森林覆盖率\t%\t≥60\t约束性\t县林业局\t县自然资源局、县统计局',
  '2\t\t集中式饮用水水源地水质达标率\t%\t100\t约束性\t县生态环境局\t',
  '3\t生态制度\t生态环境损害赔偿制度\t\t建立\t参考性\t县司法局、县生态环境局按职责牵头\t',
  '本表由县创建办负责解释。',
].join('\n');

describe('tableHeader', () => {
  test('names the columns, with the year a target column gives', () => {
    const cells = TABLE.split('\n')[1].split('\t');
    expect(tableHeader(cells)).toEqual({ name: 2, targets: [{ col: 4, year: 2025 }], category: 1, unit: 3, property: 5, lead: 6, coop: 7 });
  });
  test('a row without an indicator column or a target column is no header', () => {
    expect(tableHeader(['序号', '指标名称', '单位'])).toBeNull();
    expect(tableHeader(['森林覆盖率', '≥60'])).toBeNull();
  });
});

describe('a table in a plan', () => {
  const { catalog, confidence } = extractCatalog([{ name: 'p.txt', text: TABLE }]);

  test('gives one indicator per row, with its columns', () => {
    expect(catalog.indicators.map((i) => [i.name, i.target, i.unit, i.year, i.property, i.lead, i.coop, i.category])).toEqual([
      ['森林覆盖率', '≥60', '%', 2025, '约束性', ['县林业局'], ['县自然资源局', '县统计局'], '生态环境'],
      ['集中式饮用水水源地水质达标率', '100', '%', 2025, '约束性', ['县生态环境局'], [], '生态环境'],
      ['生态环境损害赔偿制度', '建立', null, 2025, '参考性', ['县司法局', '县生态环境局'], [], '生态制度'],
    ]);
  });
  test('the source text is the row as written; a worded target is marked', () => {
    expect(catalog.indicators[0].sourceText).toBe(TABLE.split('\n')[2]);
    expect(confidence.map((c) => c.level)).toEqual(['high', 'high', 'medium']);
  });
  test('a table of a web page or a .docx reads the same', () => {
    const rows = TABLE.split('\n').slice(1, 5).map((r) => `<tr>${r.split('\t').map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`);
    const html = `<p>附件:指标分解表</p><table>${rows.join('')}</table><p>本表由县创建办负责解释。</p>`;
    const fromHtml = extractCatalog([{ name: 'p.html', text: htmlToText(html) }]).catalog.indicators;
    expect(fromHtml.map((i) => [i.name, i.target, i.lead])).toEqual(catalog.indicators.map((i) => [i.name, i.target, i.lead]));
  });
});

describe('names with their unit', () => {
  test('森林覆盖率(%) is the name 森林覆盖率 with the unit %', () => {
    const text = '指标名称\t目标值\n森林覆盖率(%)\t≥60\n单位GDP能耗(吨标煤/万元)\t≤0.5\n城市(县城)污水处理率\t≥95%';
    expect(extractCatalog([{ name: 't.txt', text }]).catalog.indicators.map((i) => [i.name, i.unit])).toEqual([
      ['森林覆盖率', '%'],
      ['单位GDP能耗', '吨标煤/万元'],
      ['城市(县城)污水处理率', '%'],
    ]);
  });
});

