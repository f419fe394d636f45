// Running the page's jobs one at a time: the chosen files read, the job run where the client runs it,
// the step shown while it runs, the failure kept for the error line, and the time taken recorded.
import { useCallback, useState } from 'react';
import type { JobClient } from './job-client';
import type { JobRequest, JobResult, JobStep } from './jobs/protocol';
import { recordTiming } from './timings';

export interface PageJobs {
  /** The step of the running job; null when none runs. */
  step: JobStep | null;
  failure: { error: unknown } | null;
  clearFailure(): void;
  /** Runs the job `prepare` asks for; null when it failed (the failure is kept). */
  run<R extends JobResult>(prepare: () => Promise<JobRequest>, rowsOf?: (result: R) => number | undefined): Promise<R | null>;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function usePageJobs(client: JobClient): PageJobs {
  const [step, setStep] = useState<JobStep | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const clearFailure = useCallback(() => setFailure(null), []);
  const run = useCallback(
    async <R extends JobResult>(prepare: () => Promise<JobRequest>, rowsOf?: (result: R) => number | undefined): Promise<R | null> => {
      const started = now();
      setFailure(null);
      setStep({ step: 'reading' });
      try {
        const request = await prepare();
        const result = (await client.run(request, setStep)) as R;
        const rows = rowsOf?.(result);
        recordTiming({ job: request.job, ms: Math.round(now() - started), ...(rows !== undefined ? { rows } : {}) });
        return result;
      } catch (error) {
        setFailure({ error });
        return null;
      } finally {
        setStep(null);
      }
    },
    [client],
  );
  return { step, failure, clearFailure, run };
}
