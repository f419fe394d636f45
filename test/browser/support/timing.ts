// Timings taken inside the page, for the figures the browser suite prints: when 检查 first appeared
// (ms after navigation started) and the main thread's long tasks (the pane frozen for over 50 ms).
import type { Page } from 'playwright-core';

/** Installed before the page's scripts run: a MutationObserver for the first button named `label`, and a long-task observer. */
export async function installTimers(page: Page, label: string): Promise<void> {
  // A string, not a function: tsx's transform would add helpers (__name) that the page does not have.
  await page.addInitScript(`(() => {
    const name = ${JSON.stringify(label)};
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch (e) {
      // No long-task timing in this browser: the figure reads 0.
    }
    const observer = new MutationObserver(() => {
      const seen = Array.from(document.querySelectorAll('button')).some((b) => (b.textContent || '').trim() === name);
      if (window.__firstButton === undefined && seen) {
        window.__firstButton = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`);
}

export async function firstButtonAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __firstButton?: number }).__firstButton !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __firstButton: number }).__firstButton);
}

/** The longest long task since `from` (ms after navigation), 0 when none. */
export async function longestTaskSince(page: Page, from = 0): Promise<number> {
  return page.evaluate(
    (since) => Math.max(0, ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start + t.duration >= since).map((t) => t.duration)),
    from,
  );
}

export const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());
