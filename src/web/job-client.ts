// Where the page's jobs run: a Web Worker made from the worker script inlined in the page (a Blob URL,
// since the page is one file), so that the page never freezes; when the browser refuses the worker
// or it does not start (some browsers on file://), the same script run on the page itself, which
// yields to the browser at each step so that the progress shows.
import { PAGE_RUNNER, WORKER_SCRIPT_ID, type JobCall, type JobMessage, type JobRequest, type JobResult, type JobStep, type PageRunner } from './jobs/protocol';
import { reviveError, type TransferredError } from './jobs/transferred-error';

export interface JobClient {
  run(request: JobRequest, onStep: (step: JobStep) => void): Promise<JobResult>;
  /** Where the jobs run, once known. */
  where(): 'worker' | 'page' | 'starting';
}

/** How long a new worker has to say it is ready before the page runs the jobs itself. */
const START_TIMEOUT_MS = 8000;

function workerSource(doc: Document): string | null {
  return doc.getElementById(WORKER_SCRIPT_ID)?.textContent ?? null;
}

/** Lets the browser paint (the progress line) before the next step of a job run on the page. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 16));
}

/** The worker script run on the page, once: it leaves its runner on window. */
function pageRunner(doc: Document): PageRunner {
  const win = doc.defaultView as unknown as Record<string, unknown>;
  if (typeof win[PAGE_RUNNER] !== 'function') {
    const source = workerSource(doc);
    if (source === null) throw new Error('the job script is missing from the page');
    const script = doc.createElement('script');
    script.textContent = source;
    doc.head.appendChild(script);
  }
  const runner = win[PAGE_RUNNER];
  if (typeof runner !== 'function') throw new Error('the job script did not start');
  return runner as PageRunner;
}

function isTransferred(error: unknown): error is TransferredError {
  return typeof error === 'object' && error !== null && 'core' in error && 'message' in error && !(error instanceof Error);
}

interface Pending {
  resolve(result: JobResult): void;
  reject(error: Error): void;
  onStep(step: JobStep): void;
}

/** A worker made from the inlined script, resolved once it said it is ready; null when it cannot be made or does not start. */
function startWorker(doc: Document, onMessage: (message: JobMessage) => void, onBroken: (error: Error) => void): Promise<Worker | null> {
  const source = workerSource(doc);
  // `?no-worker` in the page's address: the jobs run on the page (to try that path in any browser).
  const refused = /[?&]no-worker(&|=|$)/.test(doc.defaultView?.location.search ?? '');
  if (refused || source === null || typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function') return Promise.resolve(null);
  let worker: Worker;
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(url);
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    let ready = false;
    const timer = setTimeout(() => {
      worker.terminate();
      resolve(null);
    }, START_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<JobMessage>) => {
      if (event.data.kind === 'ready') {
        ready = true;
        clearTimeout(timer);
        URL.revokeObjectURL(url);
        resolve(worker);
      } else onMessage(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (!ready) {
        clearTimeout(timer);
        worker.terminate();
        resolve(null);
      } else {
        worker.terminate();
        onBroken(new Error(event.message || 'the job worker stopped'));
      }
    };
    // A message the page cannot read (it could not be copied): the jobs waiting for it fail, not hang.
    worker.onmessageerror = () => {
      worker.terminate();
      onBroken(new Error('a message of the job worker could not be read'));
    };
  });
}

export function createJobClient(doc: Document = document): JobClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let mode: 'worker' | 'page' | 'starting' = 'starting';

  const onMessage = (message: JobMessage) => {
    if (message.kind === 'ready') return;
    const call = pending.get(message.id);
    if (!call) return;
    if (message.kind === 'step') call.onStep(message.step);
    else {
      pending.delete(message.id);
      if (message.kind === 'done') call.resolve(message.result);
      else call.reject(reviveError(message.error));
    }
  };
  const onBroken = (error: Error) => {
    // A worker that failed outside a job (out of memory …): every running job fails, the next one starts a new worker.
    for (const call of pending.values()) call.reject(error);
    pending.clear();
    worker = null;
  };

  let worker: Promise<Worker | null> | null = null;
  const getWorker = () => {
    worker ??= startWorker(doc, onMessage, onBroken).then((w) => {
      mode = w ? 'worker' : 'page';
      // Where the jobs run, for whoever looks at the page (and its tests).
      doc.documentElement.setAttribute('data-job-runner', mode);
      return w;
    });
    return worker;
  };
  // Started with the page, so that the first job does not wait for it.
  void getWorker();

  return {
    where: () => mode,
    async run(request, onStep) {
      const w = await getWorker();
      if (!w) {
        const runner = pageRunner(doc);
        return runner(request, async (step) => {
          onStep(step);
          await yieldToBrowser();
        }).catch((error: unknown) => {
          throw isTransferred(error) ? reviveError(error) : error;
        });
      }
      const id = nextId++;
      return new Promise<JobResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, onStep });
        const call: JobCall = { id, request };
        w.postMessage(call);
      });
    },
  };
}
