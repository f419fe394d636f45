// The sheets the tool writes, printed as LibreOffice prints them (PDF): the consolidation sheet
// 汇总情况 and the summary sheet 指标汇总 of a merged workbook, and a feedback file. Each prints
// landscape on A4, one page wide (every row whole on its page), the title row on top of every page
// and the title with page numbers in the footer. Skipped, saying so, where LibreOffice or poppler
// is not installed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findBuiltInCatalog } from '../../src/catalogs';
import { masterWorkbook, returnBytes, type ReturnSpec } from '../support/return-workbooks';
import { missingRenderTools, renderPdfs, type RenderedPage } from '../support/pdf-render';
import { runCli, tempDir } from './fixtures';

const catalog = findBuiltInCatalog('baoshan-2017')!;

if (missingRenderTools.length) {
  console.warn(`Print render tests SKIPPED: not installed: ${missingRenderTools.join(', ')}`);
}
const renderIt = missingRenderTools.length ? it.skip : it;

/** The master: every indicator of the catalog with its lead departments, no values yet. */
function master() {
  const rows = catalog.indicators.map((i, k) => [k + 1, i.category ?? '', i.name, i.unit ?? '', i.target, i.property ?? '', null, null, i.lead[0], i.coop.join('、'), null]);
  return masterWorkbook(rows);
}

/** One return per lead department but every third, which sends none; values that pass, fail and are explained. */
function returns(): ReturnSpec[] {
  const byLead = new Map<string, typeof catalog.indicators>();
  for (const i of catalog.indicators) byLead.set(i.lead[0], [...(byLead.get(i.lead[0]) ?? []), i]);
  return [...byLead]
    .filter((_, n) => n % 3 !== 2)
    .map(([department, indicators]) => ({
      department,
      catalogId: catalog.id,
      person: '李四',
      date: '2026-03-12',
      rows: indicators.map((i, k) => ({
        id: i.id,
        name: i.name,
        unit: i.unit ?? '',
        target: i.target,
        value: k % 2 ? 12 : '是',
        previous: k % 3 ? 10 : null,
        note: k % 4 === 1 ? '原因:受疫情影响,部分项目延期;整改措施:加快推进' : null,
      })),
    }));
}

const landscapeA4 = (p: RenderedPage) => Math.round(p.width) === 842 && Math.round(p.height) === 595;

/** The pages of one sheet: those whose footer names its title (the footer is on every page). */
function sheetPages(pages: RenderedPage[], title: string): RenderedPage[] {
  return pages.filter((p) => new RegExp(`${title}\\s+第 \\d+ 页,共 \\d+ 页\\s*$`).test(p.text));
}

/** The first non-empty line of a page: the title row repeated on every page. */
function firstLine(page: RenderedPage): string {
  return page.text.split('\n').find((l) => l.trim() !== '')!.trim();
}

/** True when some line of some page holds all the texts: the row is whole on one page, not split across two. */
function onOneLine(pages: RenderedPage[], texts: string[]): boolean {
  return pages.some((p) => p.text.split('\n').some((line) => texts.every((t) => line.includes(t))));
}

describe('printing the sheets the tool writes (LibreOffice)', () => {
  let merged: RenderedPage[] = [];
  let feedback: RenderedPage[] = [];

  beforeAll(async () => {
    if (missingRenderTools.length) return;
    const dir = await tempDir();
    await master().xlsx.writeFile(join(dir, '汇总表.xlsx'));
    await mkdir(join(dir, 'returns'));
    for (const spec of returns()) await writeFile(join(dir, 'returns', `${spec.department}.xlsx`), await returnBytes(spec));
    const run = await runCli(['returns', 'merge', '汇总表.xlsx', 'returns', '--out', 'out', '--feedback'], dir);
    expect(run.stderr.filter((l) => !l.startsWith('读取填报表'))).toEqual([]);
    expect(run.code).toBe(0);
    [merged, feedback] = await renderPdfs([join(dir, 'out', '汇总表.merged.xlsx'), join(dir, 'out', '反馈-市环境保护局.xlsx')], join(dir, 'pdf'));
  }, 240_000);

  renderIt('汇总情况 prints on 2 landscape pages, one page wide, its title on top of each', () => {
    const pages = sheetPages(merged, '部门填报汇总情况');
    expect(pages).toHaveLength(2);
    expect(pages.every(landscapeA4)).toBe(true);
    expect(pages.map(firstLine)).toEqual(['部门填报汇总情况', '部门填报汇总情况']);
    // First and last column of a row on one line: the sheet is not cut into pages across.
    expect(onOneLine(pages, ['市环境保护局', '市环境保护局.xlsx', '李四', '2026-03-12', '未核查'])).toBe(true);
    expect(onOneLine(pages, ['单位GDP能耗', '市工业信息化委', '指标汇总表!H5'])).toBe(true);
    expect(onOneLine(pages, ['序号', '部门', '文件', '填报人', '填报日期', '核查状态', '合并数值', '已说明未达标'])).toBe(true);
  });

  renderIt('指标汇总 prints on 2 landscape pages, one page wide, its title on top of each', () => {
    const pages = sheetPages(merged, '指标核查汇总');
    expect(pages).toHaveLength(2);
    expect(pages.every(landscapeA4)).toBe(true);
    expect(pages.map(firstLine)).toEqual(['指标核查汇总', '指标核查汇总']);
    expect(onOneLine(pages, ['序号', '领域', '指标总数', '达标', '未达标', '需核实', '未填报', '数据错误', '不适用', '达标率'])).toBe(true);
    expect(onOneLine(pages, ['受保护地区占国土面积比例', '≥15', '12', '3个百分点', '约束性', '市环境保护局', '指标汇总表!H11'])).toBe(true);
  });

  renderIt('a feedback file prints on 1 landscape page with every column', () => {
    expect(feedback).toHaveLength(1);
    expect(feedback.every(landscapeA4)).toBe(true);
    expect(firstLine(feedback[0])).toBe('市环境保护局:需要补充或核实的指标');
    expect(sheetPages(feedback, '市环境保护局:需要补充或核实的指标')).toHaveLength(1);
    expect(onOneLine(feedback, ['序号', '指标名称', '目标值', '本部门填报值', '状态', '说明', '填报表文件', '填报表单元格'])).toBe(true);
    expect(onOneLine(feedback, ['受保护地区占国土面积比例', '≥15', '12', '未达标', '市环境保护局.xlsx', '填报表!G6'])).toBe(true);
  });
});
