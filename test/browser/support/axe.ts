// axe-core injected into the page: the violations of impact serious or critical, with the rule
// "accessible name contains the visible text" (label-content-name-mismatch) switched on.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(__filename).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  // A string, not a function: tsx's transform adds helpers the page does not have.
  const json = await page.evaluate(`(async () => {
    const result = await window.axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return JSON.stringify(result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)).slice(0, 5) })));
  })()`);
  const violations = JSON.parse(json as string) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Tabs through the pane: every focused element shows a focus indicator (outline, box shadow or Fluent's ::after ring). */
export async function focusWithoutIndicator(page: Page, presses: number): Promise<string[]> {
  const missing: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    await page.waitForTimeout(250); // focus rings animate in
    const verdict = (await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'none';
      const s = getComputedStyle(el);
      const after = getComputedStyle(el, '::after');
      const before = getComputedStyle(el, '::before');
      const ring = (st) => (st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) > 0) || (st.boxShadow && st.boxShadow !== 'none') || (st.borderStyle !== 'none' && parseFloat(st.borderTopWidth) > 0 && st.content !== 'none' && st.content !== 'normal');
      const name = el.tagName + ' ' + ((el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30));
      // Fluent's inputs and dropdowns underline the field (their wrapper's ::after) while focus is inside.
      const wrapper = el.parentElement ? getComputedStyle(el.parentElement, '::after') : null;
      const underline = wrapper && parseFloat(wrapper.borderBottomWidth) > 0 && wrapper.transform !== 'none' && !wrapper.transform.startsWith('matrix(0,');
      return ring(s) || ring(after) || ring(before) || underline ? 'ok' : name;
    })()`)) as string;
    if (verdict !== 'ok' && verdict !== 'none') missing.push(verdict);
  }
  return missing;
}
