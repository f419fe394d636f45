// Reads of many small things (cells, notes) in as few requests as fit the payload budget; when Excel
// still finds a response too large, the request is split in two and tried again.
import { packBySize } from '../../core/batches';
import { officeErrorCode } from './errors';
import { PAYLOAD_BUDGET } from './payload';
import type { OfficeSession } from './session';

/** Small loads that go with the first request that succeeds (there is always one, even for no items). */
export type FirstRequestLoads = () => () => void;

/**
 * For each item, `queue` adds its loads to the open request and returns how to read them after the
 * sync. `estimate` is the larger of an item's request and response bytes.
 */
export async function readInPacks<T, R>(
  session: OfficeSession,
  items: readonly T[],
  estimate: (item: T) => number,
  queue: (item: T) => () => R,
  withFirst?: FirstRequestLoads,
  budget = PAYLOAD_BUDGET,
): Promise<R[]> {
  const results: R[] = [];
  const pending = packBySize(items, estimate, budget);
  if (pending.length === 0 && withFirst) pending.push([]);
  let first = withFirst;
  while (pending.length > 0) {
    const pack = pending.shift()!;
    const readFirst = first?.();
    const readers = pack.map(queue);
    try {
      await session.sync(pack.reduce((n, item) => n + estimate(item), 0));
    } catch (e) {
      if (officeErrorCode(e) !== 'ResponsePayloadSizeLimitExceeded' || pack.length <= 1) throw e;
      const half = Math.ceil(pack.length / 2);
      pending.unshift(pack.slice(0, half), pack.slice(half));
      continue;
    }
    readFirst?.();
    first = undefined;
    for (const read of readers) results.push(read());
  }
  return results;
}
