// Runs one job of the page, in the worker or on the page itself: the request in, progress out through
// onStep, the result with the output bytes to transfer.
import type { JobRequest, JobResult, JobStep } from './protocol';
import { runCheck } from './check-job';
import { runReturnCheck } from './return-job';
import { runMerge, runMergePlan } from './merge-job';
import { runClear } from './clear-job';

export type StepListener = (step: JobStep) => void | Promise<void>;

export async function runJob(request: JobRequest, onStep: StepListener, now = new Date()): Promise<JobResult> {
  switch (request.job) {
    case 'check':
      return runCheck(request, onStep, now);
    case 'return':
      return runReturnCheck(request, onStep, now);
    case 'merge-plan':
      return runMergePlan(request, onStep, now);
    case 'merge':
      return runMerge(request, onStep, now);
    case 'clear':
      return runClear(request, onStep);
  }
}

/** The buffers of a result's output file, to transfer instead of copying. */
export function transferables(result: JobResult): ArrayBuffer[] {
  const output = 'output' in result ? result.output : null;
  return output ? [output.bytes.buffer as ArrayBuffer] : [];
}
