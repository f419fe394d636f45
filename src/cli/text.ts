// What the command line says, in Simplified Chinese and English. `{name}` is filled from params.
import type { Lang } from '../core/types';

type Dictionary = Record<string, string>;

const zh: Dictionary = {
  progress: '[{index}/{count}] {file} …',
  written: '{file} → {out}',
  catalogGiven: '指标库:{id}({title})',
  catalogWorkbook: '指标库:工作簿中的"{sheet}"表({count}项指标)',
  catalogSuggested: '指标库:{id}({title}),按指标名称自动选择,匹配{matched}项',
  catalogNone: '指标库:无(没有匹配的内置指标库,按工作簿中的目标值核查)',
  previousMarks: '(已先清除上次核查的标记)',
  totals: '指标{total}项  达标{pass}  未达标{fail}  需核实{review}  未填报{missing}  数据错误{invalid}  不适用{na}  达标率{rate}',
  filled: '已填写{count}个空白的责任单位/达标情况单元格',
  failingTitle: '未达标指标:',
  noFailing: '没有未达标的指标。',
  'col.name': '指标名称',
  'col.target': '目标值',
  'col.value': '现状值',
  'col.gap': '差距',
  'col.lead': '牵头单位',
  'col.cell': '位置',
  gapPoints: '{gap}个百分点',
  report: '核查报告:{file}',
  cleared: '{file}:已恢复{restored}个单元格{summary} → {out}',
  clearedSummary: ',删除了汇总表"{sheet}"',
  clearedSkipped: '({skipped}条记录所在的工作表已不存在,已跳过)',
  nothingToClear: '{file}:没有核查标记,无需清除(未写出文件)。',
  catalogsTitle: '内置指标库:',
  catalogLine: '{id}  {title}({count}项指标{issued})',
  catalogIssued: ',{issued}印发',
  lintClean: '  未发现问题',
  lintLine: '  {indicator} [{kind}] {message}',
  internalError: '{file}:处理时出错({reason})。请检查文件,或把此文件交给维护人员。',
  badArguments: '参数有误:{reason}(运行 npm run cli -- --help 查看用法)',
  outputClash: '{file}:输出文件名与同批次的另一文件相同,改写为 {out}',
};

const en: Dictionary = {
  progress: '[{index}/{count}] {file} …',
  written: '{file} → {out}',
  catalogGiven: 'Catalog: {id} ({title})',
  catalogWorkbook: 'Catalog: the workbook\'s "{sheet}" sheet ({count} indicators)',
  catalogSuggested: 'Catalog: {id} ({title}), chosen by indicator names, {matched} matched',
  catalogNone: 'Catalog: none (no built-in catalog matches; checked against the targets in the workbook)',
  previousMarks: '(the marks of the previous check were cleared first)',
  totals: '{total} indicators  pass {pass}  fail {fail}  review {review}  missing {missing}  invalid {invalid}  n/a {na}  pass rate {rate}',
  filled: 'Filled {count} empty responsibility/status cells',
  failingTitle: 'Failing indicators:',
  noFailing: 'No failing indicators.',
  'col.name': 'Indicator',
  'col.target': 'Target',
  'col.value': 'Actual',
  'col.gap': 'Gap',
  'col.lead': 'Lead',
  'col.cell': 'Cell',
  gapPoints: '{gap} pts',
  report: 'Report: {file}',
  cleared: '{file}: restored {restored} cells{summary} → {out}',
  clearedSummary: ', removed the summary sheet "{sheet}"',
  clearedSkipped: ' ({skipped} entries skipped: their sheet no longer exists)',
  nothingToClear: '{file}: no marks to clear (no file written).',
  catalogsTitle: 'Built-in catalogs:',
  catalogLine: '{id}  {title} ({count} indicators{issued})',
  catalogIssued: ', issued {issued}',
  lintClean: '  no doubts found',
  lintLine: '  {indicator} [{kind}] {message}',
  internalError: '{file}: failed while processing ({reason}). Check the file, or pass it to the maintainers.',
  badArguments: 'Bad arguments: {reason} (run npm run cli -- --help for usage)',
  outputClash: '{file}: another file of this batch has the same name; writing {out} instead',
};

const dictionaries: Record<Lang, Dictionary> = { 'zh-CN': zh, en };

export function say(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key] ?? zh[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
