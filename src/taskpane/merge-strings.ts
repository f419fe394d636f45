// The merge panel's words in both languages.
import type { Lang } from '../core/types';

const zh: Record<string, string> = {
  'merge.title': '合并部门填报表',
  'merge.choose': '选择填报表文件（.xlsx，可多选）',
  'merge.chooseHint': '文件只在本机读取，不会上传。',
  'merge.reading': '正在读取填报表 {done}/{count}…',
  'merge.merging': '正在合并…',
  'merge.undoing': '正在撤销合并…',
  'merge.preview': '{returned}个部门的填报表：可合并{values}个数值，{unchanged}个与工作簿相同；未报送{missing}个部门。',
  'merge.conflicts': '冲突（{count}）',
  'merge.conflict': '{name}（{where}）：工作簿{master}，填报{offers}',
  'merge.overwrite': '用填报值覆盖冲突的数值（多个部门不一致时采用牵头单位的）',
  'merge.skipped': '{file}：不是部门填报表，已跳过',
  'merge.unreadable': '{file}：无法读取，已跳过（{detail}）',
  'merge.noReturns': '所选文件中没有部门填报表。',
  'merge.run': '合并',
  'merge.undo': '撤销合并',
  'merge.done': '已合并{written}个数值，见“{sheet}”表；汇总表已重新生成。',
  'merge.doneOpen': '已合并{written}个数值，{open}处冲突未覆盖，见“{sheet}”表；汇总表已重新生成。',
  'merge.undone': '已撤销合并，恢复{restored}个单元格{kept}。',
  'merge.undoneKept': '，{kept}个合并后改过的单元格保持不变',
  'merge.nothingToUndo': '工作簿中没有合并记录，无需撤销。',
  'merge.notesSkipped': '此版本的 Excel 不支持批注接口，来源说明未写入单元格批注（见“汇总情况”表）。',
};

const en: Record<string, string> = {
  'merge.title': 'Merge departmental returns',
  'merge.choose': 'Choose return files (.xlsx, several at once)',
  'merge.chooseHint': 'The files are read on this computer and never uploaded.',
  'merge.reading': 'Reading returns {done}/{count}…',
  'merge.merging': 'Merging…',
  'merge.undoing': 'Undoing the merge…',
  'merge.preview': 'Returns of {returned} departments: {values} values to merge, {unchanged} already equal; {missing} departments did not return.',
  'merge.conflicts': 'Conflicts ({count})',
  'merge.conflict': '{name} ({where}): workbook {master}, returned {offers}',
  'merge.overwrite': 'Overwrite conflicting values with the returned ones (the lead department’s where returns disagree)',
  'merge.skipped': '{file}: not a departmental return; skipped',
  'merge.unreadable': '{file}: cannot be read; skipped ({detail})',
  'merge.noReturns': 'None of the chosen files is a departmental return.',
  'merge.run': 'Merge',
  'merge.undo': 'Undo merge',
  'merge.done': 'Merged {written} values; see the "{sheet}" sheet. The summary sheet was made again.',
  'merge.doneOpen': 'Merged {written} values; {open} conflicts not overwritten; see the "{sheet}" sheet. The summary sheet was made again.',
  'merge.undone': 'Merge undone: {restored} cells restored{kept}.',
  'merge.undoneKept': '; {kept} cells changed since the merge were kept',
  'merge.nothingToUndo': 'The workbook holds no merge to undo.',
  'merge.notesSkipped': 'This Excel has no notes API: the provenance was not written into cell notes (see the Consolidation sheet).',
};

export type MergeTranslate = (key: string, params?: Record<string, string | number>) => string;

export function mergeStrings(lang: Lang): MergeTranslate {
  const dictionary = lang === 'en' ? en : zh;
  return (key, params = {}) => (dictionary[key] ?? zh[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
