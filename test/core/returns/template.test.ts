import { findBuiltInCatalog } from '../../../src/catalogs';
import type { Catalog, CatalogIndicator } from '../../../src/core/types';
import { RETURN_LAYOUT, RETURN_SHEET, decodeReturnMarker } from '../../../src/core/returns/format';
import { returnFileName, returnSheetNames, returnTemplates, type ReturnTemplate } from '../../../src/core/returns/template';
import { decimalCondition, entryRuleOf } from '../../../src/core/returns/entry-rule';

const baoshan = findBuiltInCatalog('baoshan-2017')!;
const { columns, headerRow, firstDataRow, fieldRow, titleRow } = RETURN_LAYOUT;

function valueAt(template: ReturnTemplate, row: number, col: number) {
  return template.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
}

function indicator(fields: Partial<CatalogIndicator>): CatalogIndicator {
  return { id: 'x', name: '指标', target: '≥1', lead: ['市水利局'], coop: [], sourceText: 'x', ...fields };
}

describe('returnTemplates', () => {
  const templates = returnTemplates(baoshan, { year: 2026 });

  it('makes one template per lead department, in catalog order, each with exactly its indicators', () => {
    const leads: string[] = [];
    for (const i of baoshan.indicators) for (const l of i.lead) if (!leads.includes(l)) leads.push(l);
    expect(templates.map((t) => t.department)).toEqual(leads);
    for (const template of templates) {
      const expected = baoshan.indicators.filter((i) => i.lead.includes(template.department)).map((i) => i.id);
      expect(template.indicators.map((i) => i.id)).toEqual(expected);
      expect(template.marker.indicators).toEqual(expected.map((id, k) => ({ id, row: firstDataRow + k })));
    }
    // bs-b2 is led by two departments: it is in both returns.
    const withB2 = templates.filter((t) => t.indicators.some((i) => i.id === 'bs-b2')).map((t) => t.department);
    expect(withB2).toEqual(['生态市创建办', '市委组织部']);
  });

  it('lays out the title, the fields, the header with the two years and one row per indicator', () => {
    const forestry = templates.find((t) => t.department === '市林业局')!;
    expect(valueAt(forestry, titleRow, 0)).toBe('2026年度生态文明建设示范创建指标填报表(市林业局)');
    expect(valueAt(forestry, titleRow, columns.value)).toBe(`依据:${baoshan.title}`);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => valueAt(forestry, fieldRow, c))).toEqual([
      '填报单位', '市林业局', '填报人', null, '联系电话', null, '填报日期', null,
    ]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((c) => valueAt(forestry, headerRow, c))).toEqual([
      '序号', '指标名称', '单位', '目标值', '指标属性', '配合单位', '2026年', '2025年', '上报说明',
    ]);
    const first = firstDataRow;
    expect([0, 1, 2, 3, 4, 5].map((c) => valueAt(forestry, first, c))).toEqual([
      1, '森林覆盖率年增量', '个百分点', '≥0.3', '约束性', baoshan.indicators.find((i) => i.id === 'bs-06a')!.coop.join('、'),
    ]);
    expect(forestry.indicators.map((i) => i.id)).toEqual(['bs-06a', 'bs-06b', 'bs-b3']);
    expect(valueAt(forestry, first + 1, 1)).toBe('林地面积年增幅');
    expect(valueAt(forestry, first + 2, 0)).toBe(3);
    expect(forestry.cells.some((c) => c.row === first + 3)).toBe(false);
  });

  it('puts the marker in the hidden marker column at the title row', () => {
    const template = templates[0];
    const marker = decodeReturnMarker(valueAt(template, titleRow, columns.marker));
    expect(marker).toEqual({
      version: 1,
      department: template.department,
      catalogId: 'baoshan-2017',
      catalogVersion: baoshan.version ?? null,
      year: 2026,
      sheet: RETURN_SHEET,
      indicators: template.marker.indicators,
    });
    expect(template.hiddenColumns).toEqual([columns.marker]);
  });

  it('unlocks the field inputs and the value, previous-year and note cells, and nothing else', () => {
    const template = templates.find((t) => t.department === '市环境保护局')!;
    const n = template.indicators.length;
    const expected = [
      ...Object.values(RETURN_LAYOUT.fields).map((f) => `${fieldRow},${f.input}`),
      ...Array.from({ length: n }, (_, k) => [columns.value, columns.previous, columns.note].map((c) => `${firstDataRow + k},${c}`)).flat(),
    ];
    expect(template.unlocked.map((p) => `${p.row},${p.col}`).sort()).toEqual(expected.sort());
  });

  it('validates every value and previous-year cell with an input message naming the year, unit and target', () => {
    const template = templates.find((t) => t.department === '市发展改革委')!;
    // Value and previous-year cells of every indicator, then the 填报日期 field.
    expect(template.validations).toHaveLength(2 * template.indicators.length + 1);
    const tertiary = template.validations.find((v) => v.row === firstDataRow && v.col === columns.value)!;
    expect(template.indicators[0].id).toBe('bs-02');
    expect(tertiary.rule).toEqual({ kind: 'decimal', min: 0, max: 100 });
    expect(tertiary.prompt.title).toBe('第三产业占GDP比例');
    expect(tertiary.prompt.message).toBe('请填写2026年的数值。单位:%;目标:≥40(可填0~100)');
    const previous = template.validations.find((v) => v.row === firstDataRow && v.col === columns.previous)!;
    expect(previous.prompt.message).toContain('2025年');
    expect(tertiary.error.message).toContain('上报说明');
    for (const t of templates) {
      for (const v of t.validations) {
        expect(v.prompt.title.length).toBeLessThanOrEqual(32);
        expect(v.prompt.message.length).toBeLessThanOrEqual(255);
        expect(v.error.message.length).toBeLessThanOrEqual(225);
      }
    }
  });

  it('writes English titles and messages with lang en, keeping the Chinese headers the table finder reads', () => {
    const [first] = returnTemplates(baoshan, { year: 2030, lang: 'en' });
    expect(first.title).toBe(`2030 indicator return, ecological-civilization demonstration (${first.department})`);
    expect(valueAt(first, headerRow, columns.value)).toBe('2030年');
    expect(first.validations[0].prompt.message).toMatch(/^Enter the figure for 2030/);
  });

  it('makes nothing for a catalog without lead departments', () => {
    expect(returnTemplates(findBuiltInCatalog('lishui-liandu-2018')!, { year: 2026 })).toEqual([]);
  });

  it('cuts a long target, not the sentence, to stay within Excel\'s 255 characters', () => {
    const catalog: Catalog = { id: 'long', title: 'x', indicators: [indicator({ target: `≥1,${'且'.repeat(400)}` })] };
    const [template] = returnTemplates(catalog, { year: 2026 });
    const { message } = template.validations[0].prompt;
    expect(message.length).toBeLessThanOrEqual(255);
    expect(message.startsWith('请填写2026年的数值')).toBe(true);
  });
});

describe('entryRuleOf', () => {
  it('bounds percentages 0–100 and lets growth and change rates be negative', () => {
    expect(entryRuleOf(indicator({ name: '城市污水集中处理率', unit: '%' }))).toEqual({ kind: 'decimal', min: 0, max: 100 });
    expect(entryRuleOf(indicator({ name: '林地面积年增幅', unit: '%' }))).toEqual({ kind: 'decimal', min: -100, max: null });
    expect(entryRuleOf(indicator({ name: '集装箱公铁联运量年均增长率', unit: '%' }))).toEqual({ kind: 'decimal', min: -100, max: null });
    expect(entryRuleOf(indicator({ name: '单位国内生产总值建设用地使用面积下降率', unit: '%' }))).toEqual({ kind: 'decimal', min: null, max: 100 });
    expect(entryRuleOf(indicator({ name: '森林覆盖率年增量', unit: '个百分点' }))).toEqual({ kind: 'decimal', min: -100, max: 100 });
    expect(entryRuleOf(indicator({ name: '减排任务完成率', unit: '%' }))).toEqual({ kind: 'decimal', min: 0, max: null });
  });

  it('keeps counts and amounts at zero or more, and amounts changed open', () => {
    expect(entryRuleOf(indicator({ name: '农民年人均纯收入', unit: '元/人' }))).toEqual({ kind: 'decimal', min: 0, max: null });
    expect(entryRuleOf(indicator({ name: '单位工业用地工业增加值', unit: '万元/亩' }))).toEqual({ kind: 'decimal', min: 0, max: null });
    expect(entryRuleOf(indicator({ name: '森林蓄积量增加', unit: '万立方米' }))).toEqual({ kind: 'decimal', min: null, max: null });
  });

  it('asks 是/否 for qualitative targets, but a number for a measured quantity under a worded target', () => {
    for (const target of ['达到考核要求', '建立', '无', '不降低且达到考核要求']) {
      expect(entryRuleOf(indicator({ name: '生态环境损害责任追究制度', target }))).toEqual({ kind: 'list', items: ['是', '否'] });
    }
    expect(entryRuleOf(indicator({ name: '空气环境质量', target: '达到功能区标准' })).kind).toBe('list');
    expect(entryRuleOf(indicator({ name: '一般工业固体废物综合利用率', target: '保持稳定或持续改善' })).kind).toBe('decimal');
    expect(entryRuleOf(indicator({ name: '滨海湿地修复面积', target: '完成上级管控目标' })).kind).toBe('decimal');
  });

  it('gives hosts Excel\'s operators, a very wide range for an open rule', () => {
    expect(decimalCondition({ min: 0, max: 100 })).toEqual({ operator: 'between', formula1: 0, formula2: 100 });
    expect(decimalCondition({ min: -100, max: null })).toEqual({ operator: 'greaterThanOrEqual', formula1: -100 });
    expect(decimalCondition({ min: null, max: 100 })).toEqual({ operator: 'lessThanOrEqual', formula1: 100 });
    expect(decimalCondition({ min: null, max: null })).toEqual({ operator: 'between', formula1: -1e15, formula2: 1e15 });
  });
});

describe('names', () => {
  it('names return files <department>-<catalog>-填报表.xlsx without characters file systems refuse', () => {
    expect(returnFileName('市水利局', 'baoshan-2017')).toBe('市水利局-baoshan-2017-填报表.xlsx');
    expect(returnFileName('市委/组织部:一处?', 'x')).toBe('市委_组织部_一处_-x-填报表.xlsx');
  });

  it('names return sheets 填报表-<department>, within 31 characters, unique among themselves', () => {
    const long = '市住房和城乡建设局城市建设管理处市政设施科附属单位第一分队';
    const names = returnSheetNames(['市水利局', long, `${long}二`, 'a/b']);
    expect(names[0]).toBe('填报表-市水利局');
    expect(names[1]).toHaveLength(31);
    expect(names[2]).toHaveLength(31);
    expect(names[2]).toMatch(/\(2\)$/);
    expect(names[3]).toBe('填报表-a_b');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
  });

  it('formats the 填报日期 cell as a date with a date validation, and prints landscape, one page wide, the header on every page', () => {
    const [template] = returnTemplates(baoshan, { year: 2026 });
    const { fields } = RETURN_LAYOUT;
    const cell = template.cells.find((c) => c.row === fieldRow && c.col === fields.date.input)!;
    expect(template.styles[cell.style!]).toMatchObject({ numberFormat: 'yyyy-mm-dd' });
    const date = template.validations.find((v) => v.row === fieldRow && v.col === fields.date.input)!;
    expect(date.rule).toEqual({ kind: 'date', from: 2025, to: 2027 });
    expect(date.prompt.message).toBe('请填写日期,如 2026-03-12。');
    expect(template.print).toEqual({
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { top: headerRow, bottom: headerRow },
      footer: { left: template.title, right: '第 &P 页,共 &N 页' },
      gridlines: false,
      centerHorizontally: true,
    });
  });
});
