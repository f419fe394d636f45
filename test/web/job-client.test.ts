/** @jest-environment jsdom */
// Where the page's jobs run: a worker made from the inlined script when the browser allows it, else
// the same script run on the page; a worker that fails to start is given up for the page.
import { createJobClient } from '../../src/web/job-client';
import { WORKER_SCRIPT_ID, type JobMessage, type JobRequest, type JobStep } from '../../src/web/jobs/protocol';
import { CoreError } from '../../src/core/errors';

const REQUEST: JobRequest = { job: 'clear', file: { name: 'a.xlsx', bytes: new Uint8Array([1]) }, lang: 'zh-CN' };

// What the page runs when there is no worker: it leaves the runner on window, as worker-entry.ts does.
const PAGE_SCRIPT = `window.__indicatorCheckJobs = async function (request, onStep) {
  if (request.job === 'return') throw { core: { code: 'bad-input', params: { file: 'a.xlsx', kind: 'not-a-return' } }, message: 'x' };
  await onStep({ step: 'writing' });
  return { job: 'clear', output: null, restored: request.file.bytes.length, skipped: 0 };
};`;

function pageWithScript(source = PAGE_SCRIPT): Document {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.id = WORKER_SCRIPT_ID;
  script.textContent = source;
  document.body.appendChild(script);
  delete (window as unknown as Record<string, unknown>).__indicatorCheckJobs;
  document.documentElement.removeAttribute('data-job-runner');
  return document;
}

type Behaviour = 'ready' | 'fails-to-start' | 'unreadable-answer';

class FakeWorker {
  static behaviour: Behaviour = 'ready';
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: JobMessage }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor(readonly url: string) {
    FakeWorker.made.push(this);
    setTimeout(() => {
      if (FakeWorker.behaviour === 'ready') this.onmessage?.({ data: { kind: 'ready' } });
      else this.onerror?.({ message: 'refused', preventDefault: () => undefined });
    }, 0);
  }
  postMessage(call: { id: number; request: JobRequest }) {
    setTimeout(() => {
      if (FakeWorker.behaviour === 'unreadable-answer') return this.onmessageerror?.();
      this.onmessage?.({ data: { kind: 'step', id: call.id, step: { step: 'checking' } } });
      if (call.request.job === 'return') this.onmessage?.({ data: { kind: 'failed', id: call.id, error: { core: { code: 'bad-input', params: { file: 'a.xlsx', kind: 'not-a-return' } }, message: 'x' } } });
      else this.onmessage?.({ data: { kind: 'done', id: call.id, result: { job: 'clear', output: null, restored: 7, skipped: 0 } } });
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const globals = globalThis as unknown as { Worker?: unknown };

afterEach(() => {
  delete globals.Worker;
  FakeWorker.made = [];
});

test('without Worker, the job script runs on the page and the steps still come', async () => {
  const doc = pageWithScript();
  const client = createJobClient(doc);
  const steps: JobStep[] = [];
  const result = await client.run(REQUEST, (s) => void steps.push(s));
  expect(result).toEqual({ job: 'clear', output: null, restored: 1, skipped: 0 });
  expect(steps).toEqual([{ step: 'writing' }]);
  expect(client.where()).toBe('page');
  expect(doc.documentElement.getAttribute('data-job-runner')).toBe('page');
  // The script's CoreError is another class than the page's: it comes as data and is made the page's again.
  const error = await client.run({ job: 'return', file: REQUEST.file, catalog: { kind: 'auto' }, lang: 'en' }, () => undefined).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CoreError);
  expect((error as CoreError).localized('zh-CN')).toMatch(/^a\.xlsx/);
});

describe('with Worker', () => {
  beforeAll(() => {
    URL.createObjectURL = () => 'blob:null/test';
    URL.revokeObjectURL = () => undefined;
  });

  test('the job runs in the worker made from the inlined script; its CoreError comes back as one', async () => {
    globals.Worker = FakeWorker;
    FakeWorker.behaviour = 'ready';
    const client = createJobClient(pageWithScript());
    const steps: JobStep[] = [];
    expect(await client.run(REQUEST, (s) => void steps.push(s))).toEqual(expect.objectContaining({ restored: 7 }));
    expect(steps).toEqual([{ step: 'checking' }]);
    expect(client.where()).toBe('worker');
    const error = await client.run({ job: 'return', file: REQUEST.file, catalog: { kind: 'auto' }, lang: 'en' }, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect(FakeWorker.made).toHaveLength(1);
  });

  test('a worker that fails to start is given up: the page runs the job', async () => {
    globals.Worker = FakeWorker;
    FakeWorker.behaviour = 'fails-to-start';
    const client = createJobClient(pageWithScript());
    expect(await client.run(REQUEST, () => undefined)).toEqual(expect.objectContaining({ restored: 1 }));
    expect(client.where()).toBe('page');
    expect(FakeWorker.made[0].terminated).toBe(true);
  });

  test('an answer the page cannot read fails the job (no endless wait); the next job gets a new worker', async () => {
    globals.Worker = FakeWorker;
    FakeWorker.behaviour = 'ready';
    const client = createJobClient(pageWithScript());
    await client.run(REQUEST, () => undefined);
    FakeWorker.behaviour = 'unreadable-answer';
    await expect(client.run(REQUEST, () => undefined)).rejects.toThrow('could not be read');
    expect(FakeWorker.made[0].terminated).toBe(true);
    FakeWorker.behaviour = 'ready';
    expect(await client.run(REQUEST, () => undefined)).toEqual(expect.objectContaining({ restored: 7 }));
    expect(FakeWorker.made).toHaveLength(2);
  });

  test('?no-worker in the address makes no worker', async () => {
    globals.Worker = FakeWorker;
    FakeWorker.behaviour = 'ready';
    window.history.replaceState(null, '', '/page.html?no-worker');
    try {
      const client = createJobClient(pageWithScript());
      expect(await client.run(REQUEST, () => undefined)).toEqual(expect.objectContaining({ restored: 1 }));
      expect(FakeWorker.made).toHaveLength(0);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});
