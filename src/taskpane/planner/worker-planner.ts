// The planner in a Web Worker (plan-worker.ts, bundled by webpack as a chunk of its own): each request
// is posted with an id and answered once. Loaded only where the browser has workers.
import { PlannerUnavailable, type Planner } from './planner';
import { receivedError, type PlanRequest, type PlanResponse } from './protocol';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Pending = { resolve(response: PlanResponse): void; reject(error: Error): void };

export function startWorkerPlanner(): Planner | null {
  let worker: Worker;
  try {
    // Written this way for webpack, which bundles the worker from it; tsconfig's CommonJS (for jest)
    // does not know import.meta, and jest never loads this module (jsdom has no Worker).
    // @ts-ignore TS1343
    worker = new Worker(new URL('./plan-worker.ts', import.meta.url));
  } catch {
    return null;
  }
  let nextId = 1;
  const pending = new Map<number, Pending>();
  worker.onmessage = (event: MessageEvent<PlanResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  };
  let broken = false;
  worker.onerror = (event) => {
    broken = true;
    const error = new PlannerUnavailable(event.message || 'the planning worker failed');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker.terminate();
  };
  const ask = (request: WithoutId<PlanRequest>): Promise<PlanResponse> =>
    new Promise((resolve, reject) => {
      if (broken) return reject(new PlannerUnavailable('the planning worker failed'));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  const answer = (response: PlanResponse) => {
    if (!response.ok) throw receivedError(response.error);
    return response;
  };
  return {
    async chooseAuto(grid) {
      return answer(await ask({ kind: 'choose', grid })).chosen!;
    },
    async plan(grid, journal, job, settings, now) {
      return answer(await ask({ kind: 'plan', grid, journal, job, settings, now: now.getTime() })).planned!;
    },
  };
}
