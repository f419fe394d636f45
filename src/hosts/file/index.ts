// The file host: workbook files opened as packages and patched part by part, for the command line
// (and, without its Node file access, for the browser).
export { readWorkbook, readWorkbookBytes, readFileBytes, openWorkbook, loadWorkbook, gridOfWorkbook } from './read';
export type { ReadWorkbook } from './read';
export { applyPlan, clearMarks, readJournal } from './apply';
export type { ApplyOptions, ApplyOutcome, ClearResult } from './apply';
export { writeWorkbook, writeAtomically } from './write';
export { writeNewWorkbook } from './template-and-feedback-files';
export type { WriteOptions } from './write';
export { readCustomProperties, writeCustomProperties } from './custom-properties';
export type { FileWorkbook } from './package/file-workbook';
