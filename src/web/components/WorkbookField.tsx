// The one workbook a job works on, chosen or dropped (.xlsx, .xlsm): a new file takes the error line
// about the last one away, and the panel forgets the last result through `onFile`.
import type { PageJobs } from '../use-page-jobs';
import type { WebTranslate } from '../web-strings';
import { FileField } from './FileField';

export interface WorkbookFieldProps {
  testId: string;
  label: string;
  file: File | null;
  jobs: PageJobs;
  tr: WebTranslate;
  onFile(file: File | null): void;
}

export function WorkbookField({ testId, label, file, jobs, tr, onFile }: WorkbookFieldProps) {
  return (
    <FileField
      testId={testId}
      label={label}
      accept=".xlsx,.xlsm"
      disabled={jobs.step !== null}
      files={file ? [file] : []}
      tr={tr}
      onFiles={(files) => {
        jobs.clearFailure();
        onFile(files[0] ?? null);
      }}
    />
  );
}
