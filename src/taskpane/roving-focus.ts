// Arrow-key movement through a list of buttons with one tab stop (a roving tabindex): ArrowDown/Up,
// Home and End move the focus among the elements matching `selector` inside the container.
import type { KeyboardEvent } from 'react';

/** The element to focus after `key` pressed on `current`, or null when the key is not a movement. */
export function nextInList(items: HTMLElement[], current: Element | null, key: string): HTMLElement | null {
  if (items.length === 0) return null;
  const at = current ? items.indexOf(current as HTMLElement) : -1;
  switch (key) {
    case 'ArrowDown':
      return items[Math.min(items.length - 1, at + 1)];
    case 'ArrowUp':
      return items[Math.max(0, at - 1)];
    case 'Home':
      return items[0];
    case 'End':
      return items[items.length - 1];
    default:
      return null;
  }
}

export function rovingKeyDown(selector: string) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(selector));
    const next = nextInList(items, document.activeElement, event.key);
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
}
