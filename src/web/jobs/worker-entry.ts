// The job worker's script. In a Web Worker (made by the page from this script's text) it answers the
// page's calls; run on the page itself, when the browser refuses a worker, it leaves the same runner
// on window for the page to call.
import { PAGE_RUNNER, type JobCall, type JobMessage, type PageRunner } from './protocol';
import { runJob, transferables, type StepListener } from './run-job';
import { transferError } from './transferred-error';

interface WorkerScope {
  postMessage(message: JobMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<JobCall>) => void) | null;
}

declare const WorkerGlobalScope: unknown;

function serve(scope: WorkerScope): void {
  scope.onmessage = (event) => {
    const { id, request } = event.data;
    const onStep: StepListener = (step) => scope.postMessage({ kind: 'step', id, step });
    const fail = (error: unknown) => scope.postMessage({ kind: 'failed', id, error: transferError(error) });
    runJob(request, onStep).then((result) => {
      // A result that cannot be posted (too large to copy …) fails the job instead of leaving the page waiting.
      try {
        scope.postMessage({ kind: 'done', id, result }, transferables(result));
      } catch (error) {
        fail(error);
      }
    }, fail);
  };
  scope.postMessage({ kind: 'ready' });
}

/** On the page, errors leave as they leave the worker: this script's CoreError is not the page's class. */
const pageRunner: PageRunner = (request, onStep) =>
  runJob(request, onStep).catch((error: unknown) => {
    throw transferError(error);
  });

if (typeof WorkerGlobalScope !== 'undefined' && typeof window === 'undefined') serve(self as unknown as WorkerScope);
else (window as unknown as Record<string, unknown>)[PAGE_RUNNER] = pageRunner;
