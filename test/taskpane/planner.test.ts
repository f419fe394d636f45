// The pane's planner: on the main thread where there is no worker, the same results as the core and
// planJob; a worker that cannot start falls back; the grid fingerprint tells grids apart.
import { PlannerUnavailable, createPlanner, inlinePlanner, type Planner } from '../../src/taskpane/planner/planner';
import { gridFingerprint } from '../../src/taskpane/planner/grid-fingerprint';
import { receivedError, sendError } from '../../src/taskpane/planner/protocol';
import { CoreError, isCoreError } from '../../src/core/errors';
import { DEFAULT_SETTINGS, planJob } from '../../src/addin/jobs';
import type { WorkbookGrid } from '../../src/core/types';

const grid: WorkbookGrid = {
  sheets: [
    {
      name: '自评表',
      top: 0,
      left: 0,
      values: [
        ['序号', '指标名称', '单位', '目标值', '现状值'],
        [1, '第三产业占GDP比例', '%', '≥40', 38.5],
        [2, '单位GDP能耗', '吨标煤/万元', '≤1.1', 1.3],
      ],
    },
  ],
};

describe('planner', () => {
  it('plans on the main thread as planJob does, and chooses the catalog automatically', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const planned = await inlinePlanner.plan(grid, null, 'check', DEFAULT_SETTINGS, now);
    expect(planned).toEqual(planJob(grid, null, 'check', DEFAULT_SETTINGS, now));
    expect((await inlinePlanner.chooseAuto(grid)).catalog?.id).toBe('baoshan-2017');
  });

  it('falls back to the main thread when the worker cannot start, and passes errors on', async () => {
    const planner: Planner = createPlanner(async () => {
      throw new Error('no worker here');
    });
    expect((await planner.chooseAuto(grid)).catalog?.id).toBe('baoshan-2017');
    await expect(planner.plan(grid, null, 'fill', { ...DEFAULT_SETTINGS, catalog: { kind: 'none' } }, new Date())).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('does the work on the main thread when the worker fails, and from then on', async () => {
    let asked = 0;
    const broken: Planner = {
      chooseAuto: async () => {
        asked++;
        throw new PlannerUnavailable('script did not load');
      },
      plan: async () => {
        asked++;
        throw new PlannerUnavailable('script did not load');
      },
    };
    const planner = createPlanner(async () => broken);
    expect((await planner.chooseAuto(grid)).catalog?.id).toBe('baoshan-2017');
    expect((await planner.plan(grid, null, 'check', DEFAULT_SETTINGS, new Date())).check.findings).toHaveLength(2);
    expect(asked).toBe(1);
  });

  it("sends the core's errors across as the same error", () => {
    const error = receivedError(sendError(new CoreError('unknown-catalog', { id: 'x' })));
    expect(isCoreError(error) && error.code).toBe('unknown-catalog');
    expect(receivedError(sendError(new Error('boom'))).message).toBe('boom');
  });

  it('fingerprints grids by their values', () => {
    const same = structuredClone(grid);
    expect(gridFingerprint(same)).toBe(gridFingerprint(grid));
    same.sheets[0].values[1][4] = 41;
    expect(gridFingerprint(same)).not.toBe(gridFingerprint(grid));
    const moved = structuredClone(grid);
    moved.sheets[0].top = 1;
    expect(gridFingerprint(moved)).not.toBe(gridFingerprint(grid));
  });
});
