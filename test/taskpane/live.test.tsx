/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPane, SHEET } from './pane';

const wait = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

async function check() {
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByRole('region', { name: '核查结果' });
}

describe('task pane: live re-evaluation', () => {
  it('re-checks after an edit in a checked table: the fixed item leaves the list and its mark is gone', async () => {
    const { fake, watcher } = renderPane(undefined, { recheckDelayMs: 50 });
    await check();
    expect(watcher.watchedSheets()).toEqual([SHEET]);
    expect(screen.getByRole('button', { name: /^单位GDP能耗/ })).toBeTruthy();
    expect(fake.observe(SHEET, 'E4').fill).toBe('#FFC7CE');

    // The user fixes the value; Excel reports the edit (twice, as typing and then Enter can).
    fake.setValues(SHEET, 'E4', [[1.05]]);
    watcher.fire(SHEET, 'E4');
    watcher.fire(SHEET, 'E4');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^单位GDP能耗/ })).toBeNull());
    expect(fake.observe(SHEET, 'E4').fill).toBeNull();
    expect(fake.observe(SHEET, 'E4').note).toBeNull();
    expect(screen.getByText('达标 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: '未达标 3' })).toBeTruthy();
    // Quietly: no new result line.
    expect(screen.getByRole('status', { name: '操作结果' }).textContent).toBe('');
  });

  it('re-reads only the edited rows: 3 syncs; the counts and the list follow each edit', async () => {
    const { fake, watcher } = renderPane(undefined, { recheckDelayMs: 20 });
    await check();
    fake.resetStats();
    fake.setValues(SHEET, 'E4', [[1.05]]);
    watcher.fire(SHEET, 'E4');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^单位GDP能耗/ })).toBeNull());
    expect(fake.stats.syncs).toBe(3);

    // Two more edits in other rows, re-read together.
    fake.resetStats();
    fake.setValues(SHEET, 'F2', [['市农业农村局']]);
    watcher.fire(SHEET, 'F2');
    fake.setValues(SHEET, 'E8', [[12]]);
    watcher.fire(SHEET, 'E8');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^城镇人均公共绿地面积/ })).toBeNull());
    expect(screen.getByText('达标 4')).toBeTruthy();
    expect(fake.stats.syncs).toBe(3);
    expect(fake.observe(SHEET, 'E8').fill).toBeNull();
    expect(fake.observe(SHEET, 'F2').value).toBe('市农业农村局');
  });

  it('runs the whole check again when a value beside the table widens the sheet', async () => {
    const { fake, watcher } = renderPane(undefined, { recheckDelayMs: 20 });
    await check();
    fake.setValues(SHEET, 'K2', [['备注']]);
    watcher.fire(SHEET, 'K2');
    fake.setValues(SHEET, 'E4', [[1.05]]);
    watcher.fire(SHEET, 'E4');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^单位GDP能耗/ })).toBeNull());
    expect(fake.observe(SHEET, 'E4').fill).toBeNull();
  });

  it('runs the whole check again when rows moved', async () => {
    const { fake, watcher } = renderPane(undefined, { recheckDelayMs: 20 });
    await check();
    fake.resetStats();
    fake.setValues(SHEET, 'E4', [[1.05]]);
    watcher.fire(SHEET, 'A4:F4', true);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^单位GDP能耗/ })).toBeNull());
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.observe(SHEET, 'E4').fill).toBeNull();
  });

  it('waits for the edits to stop (debounce) and runs once', async () => {
    // A long delay against short pauses: a busy machine must not make the first edit's run fire.
    const { fake, watcher } = renderPane(undefined, { recheckDelayMs: 1500 });
    await check();
    fake.resetStats();
    fake.setValues(SHEET, 'E8', [[9]]);
    watcher.fire(SHEET, 'E8');
    await wait(150);
    fake.setValues(SHEET, 'E8', [[12]]);
    watcher.fire(SHEET, 'E8');
    await wait(150);
    expect(fake.stats.syncs).toBe(0); // still inside the delay of the second edit
    await waitFor(() => expect(screen.queryByRole('button', { name: /^城镇人均公共绿地面积/ })).toBeNull());
    const syncsOfOneRun = fake.stats.syncs;
    await wait(300);
    expect(fake.stats.syncs).toBe(syncsOfOneRun);
  });

  it('ignores edits outside the checked tables, and edits while a job runs', async () => {
    const { fake, watcher } = renderPane(undefined, { recheckDelayMs: 20 });
    await check();
    fake.resetStats();
    watcher.fire(SHEET, 'K40'); // outside the table
    watcher.fire('说明', 'A1'); // a sheet without a table is not watched
    await wait(100);
    expect(fake.stats.syncs).toBe(0);

    // An edit reported while 生成汇总表 runs is dropped.
    fireEvent.click(screen.getByRole('button', { name: '生成汇总表' }));
    watcher.fire(SHEET, 'E4');
    await waitFor(() => expect(screen.getByRole('status', { name: '操作结果' }).textContent).toMatch(/^已生成汇总表/));
    const afterJob = fake.stats.syncs;
    await wait(100);
    expect(fake.stats.syncs).toBe(afterJob);
  });

  it('stops watching after 清除标记', async () => {
    const { fake, watcher } = renderPane(undefined, { recheckDelayMs: 20 });
    await check();
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(watcher.watchedSheets()).toEqual([]));
    fake.resetStats();
    watcher.fire(SHEET, 'E4');
    await wait(100);
    expect(fake.stats.syncs).toBe(0);
    expect(fake.observe(SHEET, 'E4').fill).toBeNull();
  });
});
