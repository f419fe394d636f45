// The file host's jobs on workbook bytes, without Node: the command line reads and writes the files
// around them, the web page takes them from the file chooser and gives them back as downloads.
export { checkFileBytes, type CheckFileOptions, type CheckedFile, type CheckStep } from './check-file';
export { clearFileBytes, type ClearedFile } from './clear-file';
export { checkReturnBytes, type ReturnCheckOptions, type CheckedReturnFile } from './return-check-file';
export {
  readReturnBytes,
  planMergeBytes,
  planMergeOnGrid,
  mergeFileBytes,
  mergeIntoWorkbook,
  mergeCatalog,
  returnInputs,
  feedbackFileName,
  fileSafe,
  type FileBytes,
  type ReadReturn,
  type ReadReturns,
  type SkippedFile,
  type MergeFilesOptions,
  type PlannedMerge,
  type MergedFiles,
} from './merge-files';
export { newWorkbookBytes } from './new-workbook';
export { outputName, uniqueFileNames, isMacroWorkbook, baseName, type OutputSuffix } from './output-name';
export { shownTime } from '../../../core/shown-time';
