// The file host: .xlsx files through exceljs, for the command line.
export { readWorkbook, openWorkbook, loadWorkbook, gridOf, sheetGridOf } from './read';
export type { ReadWorkbook } from './read';
export { applyPlan, clearMarks } from './apply';
export type { ApplyOptions, ClearResult } from './apply';
export { writeWorkbook } from './write';
export type { WriteOptions } from './write';
export { readJournal } from './journal-sheet';
export { readCustomProperties, writeCustomProperties } from './custom-properties';
