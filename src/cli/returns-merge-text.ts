// What `returns merge` says on the terminal, in Simplified Chinese and English.
import type { Lang } from '../core/types';

const zh: Record<string, string> = {
  reading: '读取填报表',
  notReturn: '{file}:不是部门填报表(没有填报表标识),已跳过。',
  unreadable: '{reason}(已跳过)',
  noReturns: '没有可合并的部门填报表:请给出由 returns make 生成并已填写的 .xlsx 文件或所在文件夹。',
  catalog: '指标库:{id}({title})',
  noCatalog: '指标库:无(按指标名称对应)',
  written: '{master} → {out}',
  returned: '已报送 {count} 个部门:{list}',
  missing: '未报送 {count} 个部门:{list}',
  none: '无',
  blank: '{department}(空表)',
  explained: '已说明的未达标指标 {count} 项(见"汇总情况"表)',
  merged: '合并 {count} 个数值,{unchanged} 个与汇总表相同',
  conflicts: '冲突 {count} 处({open} 处未覆盖):',
  conflictLine: '  {name}  {where}  汇总表:{master}  填报:{offers}  → {outcome}',
  kept: '未覆盖',
  keptMerged: '被合并单元格覆盖,未写入',
  keptFormula: '公式单元格,未覆盖',
  trimmed: '{count}处文字超过 Excel 单元格的 32,767 字符上限,已截断并以"…"结尾',
  taken: '采用{department}',
  unplaced: '{count} 个填报值在汇总表中没有对应的指标或年度列,或对应单元格被合并单元格覆盖(见"汇总情况"表)',
  empty: '仍为空的指标 {count} 项',
  emptyLine: '  {name}  {where}  {lead}',
  more: '  …… 另有 {count} 项,见"汇总情况"表',
  feedback: '反馈表:{file}',
};

const en: Record<string, string> = {
  reading: 'Reading returns',
  notReturn: '{file}: not a departmental return (no return marker); skipped.',
  unreadable: '{reason} (skipped)',
  noReturns: 'No departmental return to merge: give .xlsx files made by returns make and filled in, or their folder.',
  catalog: 'Catalog: {id} ({title})',
  noCatalog: 'Catalog: none (matched by indicator names)',
  written: '{master} → {out}',
  returned: '{count} departments returned: {list}',
  missing: '{count} departments did not return: {list}',
  none: 'none',
  blank: '{department} (blank return)',
  explained: '{count} failing indicators explained by the departments (see the consolidation sheet)',
  merged: '{count} values merged, {unchanged} already equal in the master',
  conflicts: '{count} conflicts ({open} not overwritten):',
  conflictLine: '  {name}  {where}  master: {master}  returned: {offers}  → {outcome}',
  kept: 'not overwritten',
  keptMerged: 'covered by a merged area, not written',
  keptFormula: 'a formula cell, not overwritten',
  trimmed: '{count} texts were longer than Excel\'s 32,767 characters a cell and were cut, ending in "…"',
  taken: 'took {department}',
  unplaced: '{count} returned values have no indicator or year column in the master, or their cell is covered by a merged area (see the Consolidation sheet)',
  empty: '{count} indicators still empty',
  emptyLine: '  {name}  {where}  {lead}',
  more: '  … {count} more, see the Consolidation sheet',
  feedback: 'Feedback: {file}',
};

export function mergeSay(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = (lang === 'en' ? en : zh)[key] ?? zh[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
