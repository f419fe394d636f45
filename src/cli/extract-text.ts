// What `extract` says, in Simplified Chinese and English. `{name}` is filled from params.
import type { Lang } from '../core/types';

type Dictionary = Record<string, string>;

const zh: Dictionary = {
  summary: '{file}:找到{count}项目标,其中{withLead}项有牵头单位;置信度低{low}项、中{medium}项 → {out}',
  doubtTitle: '请核对:',
  doubtLine: '  {id} [{level}] {name} {target}:{reasons}',
  'level.low': '低',
  'level.medium': '中',
  lintTitle: '指标库检查(与 catalogs --lint 相同):',
  lintClean: '  未发现问题',
  lintLine: '  {indicator} [{kind}] {message}',
  noTargets: '{file}:没有找到任何带数值或要求的目标,未写出文件。请确认这是方案正文。',
  badExtension: '{file}:不能读取 {ext} 文件。extract 读取 .txt、.docx、.html(网页另存为)。',
  unreadable: '{file}:无法读取({reason})。',
  exists: '{out} 已存在,未覆盖。请用 --out 指定另一个文件,或加 --force 覆盖。',
  idWithSeveral: '多个方案分别生成时不能共用 --id;请用 --out 合并为一个指标库,或逐个运行。',
  badId: '--id 只能包含小写字母、数字和连字符(例如 my-county-2025)',
  timing: '用时{ms}毫秒',
};

const en: Dictionary = {
  summary: '{file}: targets found: {count}, with lead departments: {withLead}; low confidence: {low}, medium: {medium} → {out}',
  doubtTitle: 'Please check:',
  doubtLine: '  {id} [{level}] {name} {target}: {reasons}',
  'level.low': 'low',
  'level.medium': 'medium',
  lintTitle: 'Catalog lint (as catalogs --lint):',
  lintClean: '  no doubts found',
  lintLine: '  {indicator} [{kind}] {message}',
  noTargets: '{file}: no target with a value or a requirement was found; nothing written. Is this the plan\'s text?',
  badExtension: '{file}: cannot read {ext} files. extract reads .txt, .docx and .html (a saved web page).',
  unreadable: '{file}: cannot be read ({reason}).',
  exists: '{out} exists and was not overwritten. Give another file with --out, or add --force to overwrite.',
  idWithSeveral: '--id cannot be shared by several plans written separately; merge them with --out, or run one at a time.',
  badId: '--id takes lower-case letters, digits and hyphens only (e.g. my-county-2025)',
  timing: '{ms} ms',
};

const dictionaries: Record<Lang, Dictionary> = { 'zh-CN': zh, en };

export function sayExtract(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key] ?? zh[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
