// What Fluent UI and the pane need from a browser that jsdom lacks. Import it first in each test file.
import { TextDecoder, TextEncoder } from 'util';
import { deserialize, serialize } from 'v8';
import { webcrypto } from 'crypto';
import { configure } from '@testing-library/react';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = window as unknown as Record<string, unknown>;
w.ResizeObserver ??= NoopResizeObserver;

// Node has these and the fake workbook uses them; jsdom's window does not expose them.
const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
g.structuredClone ??= (value: unknown) => deserialize(serialize(value));
// The check stamp's hash uses Web Crypto's subtle API, which browsers have (in the add-in's https
// context) and jsdom's window lacks.
if (!(g.crypto as Crypto | undefined)?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

// *ByRole skips hidden elements by calling getComputedStyle up the tree, which is slow in jsdom with
// Fluent's many style rules; the pane renders nothing hidden that the tests could confuse.
// A job on the fake workbook under a busy test runner can take longer than the default second.
configure({ defaultHidden: true, asyncUtilTimeout: 5000 });
