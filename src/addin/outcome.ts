// One-line outcomes of the add-in's jobs, for the ribbon's dialog and the task pane's status line.
import type { Lang } from '../core/types';
import type { ClearResult } from '../hosts/office';
import type { JobOutcome } from './jobs';

const words = {
  'zh-CN': {
    check: '核查完成',
    fill: '已填写责任单位',
    summary: '已生成汇总表',
    counts: '指标{total}项:达标{pass},未达标{fail},需核实{review},未填报{missing},数据错误{invalid},不适用{na}',
    rate: '达标率{rate}%',
    written: '填写{written}个单元格',
    sheet: '汇总表"{sheet}"',
    catalog: '指标库:{title}',
    noCatalog: '未使用指标库(只按工作簿中的目标值核查)',
    notes: 'Excel 版本不支持批注接口,原因请在核查面板和汇总表中查看',
    trimmed: '{count}处文字超过 Excel 单元格的 32,767 字符上限,已截断并以"…"结尾',
    cleared: '已清除标记,恢复了{cells}个单元格',
    nothingToClear: '工作簿中没有本工具的标记',
  },
  en: {
    check: 'Check done',
    fill: 'Responsibility columns filled',
    summary: 'Summary sheet made',
    counts: '{total} indicators: {pass} pass, {fail} fail, {review} to review, {missing} missing, {invalid} invalid, {na} n/a',
    rate: 'pass rate {rate}%',
    written: '{written} cells filled',
    sheet: 'summary sheet "{sheet}"',
    catalog: 'catalog: {title}',
    noCatalog: 'no catalog (checked against the workbook\'s own targets)',
    notes: 'this Excel has no notes API; the reasons are in the task pane and the summary sheet',
    trimmed: '{count} texts were longer than Excel\'s 32,767 characters a cell and were cut, ending in "…"',
    cleared: 'Marks cleared; {cells} cells restored',
    nothingToClear: 'The workbook carries no marks of this tool',
  },
};

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function describeOutcome(outcome: JobOutcome, lang: Lang): string {
  const w = words[lang];
  const { summary } = outcome.check;
  const separator = lang === 'en' ? '; ' : ';';
  const parts = [`${w[outcome.job]}${lang === 'en' ? ': ' : ':'}${fill(w.counts, { total: summary.total, ...summary.totals })}`];
  if (summary.passRate !== null) parts.push(fill(w.rate, { rate: Math.round(summary.passRate * 1000) / 10 }));
  if (outcome.applied.written > 0) parts.push(fill(w.written, { written: outcome.applied.written }));
  if (outcome.applied.summarySheet) parts.push(fill(w.sheet, { sheet: outcome.applied.summarySheet }));
  parts.push(outcome.chosen.catalog ? fill(w.catalog, { title: outcome.chosen.catalog.title }) : w.noCatalog);
  if (outcome.applied.notesSkipped) parts.push(w.notes);
  if (outcome.applied.trimmed > 0) parts.push(fill(w.trimmed, { count: outcome.applied.trimmed }));
  return parts.join(separator);
}

export function describeClear(result: ClearResult | null, lang: Lang): string {
  const w = words[lang];
  return result ? fill(w.cleared, { cells: result.restored }) : w.nothingToClear;
}
