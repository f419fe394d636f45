// Whether the pane can be seen: nothing (a white portal layer, say) lies over its controls.
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/** The element at the centre of `target` is `target` or inside it: nothing covers it. */
export async function assertUncovered(target: Locator, what: string): Promise<void> {
  const uncovered = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && (top === element || element.contains(top));
  });
  assert.ok(uncovered, `${what} is covered by another layer`);
}

/** Fluent's portal layers on <body>: each is no taller than what it shows (an empty one has no height). */
export async function portalLayers(page: Page): Promise<{ height: number; content: number; minHeight: string }[]> {
  return page.evaluate(() =>
    Array.from(document.body.children)
      .filter((el) => el.id !== 'container' && el.tagName === 'DIV')
      .map((el) => ({
        height: el.getBoundingClientRect().height,
        content: Math.max(0, ...Array.from(el.children).map((c) => c.getBoundingClientRect().height)),
        minHeight: getComputedStyle(el).minHeight,
      })),
  );
}

export async function assertPaneVisible(page: Page, controls: { locator: Locator; what: string }[]): Promise<void> {
  for (const { locator, what } of controls) await assertUncovered(locator, what);
  for (const layer of await portalLayers(page)) {
    assert.ok(layer.height <= layer.content + 1, `a portal layer is ${layer.height}px tall for ${layer.content}px of content (min-height ${layer.minHeight})`);
  }
}
