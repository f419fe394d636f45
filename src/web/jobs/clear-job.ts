// The page's 清除标记: the tool's marks taken off a checked file; nothing to download when it has none.
import { clearFileBytes } from '../../hosts/file/jobs/clear-file';
import { outputName } from '../../hosts/file/jobs/output-name';
import type { ClearResultShown, JobRequest, JobStep } from './protocol';
import { workbookOutput } from './output-file';

export async function runClear(request: Extract<JobRequest, { job: 'clear' }>, onStep: (step: JobStep) => void | Promise<void>): Promise<ClearResultShown> {
  const { file } = request;
  await onStep({ step: 'writing' });
  const cleared = await clearFileBytes(file.bytes, file.name);
  if (!cleared) return { job: 'clear', output: null, restored: 0, skipped: 0 };
  return {
    job: 'clear',
    output: workbookOutput(outputName(file.name, 'cleared'), cleared.bytes),
    restored: cleared.result.restored,
    skipped: cleared.result.skipped,
  };
}
