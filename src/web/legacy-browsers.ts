// What the page's libraries use that Chromium 80–83 lacks, given before anything else runs: WeakRef
// (Chromium 84; Fluent's focus management, tabster and keyborg, make one for every focused element).
// Without it a strong reference does: the page is short-lived, nothing is kept for long.
interface WeakRefLike<T extends object> {
  deref(): T | undefined;
}

const scope = globalThis as unknown as { WeakRef?: new <T extends object>(target: T) => WeakRefLike<T> };

if (typeof scope.WeakRef !== 'function') {
  scope.WeakRef = class StrongRef<T extends object> implements WeakRefLike<T> {
    constructor(private readonly target: T) {}
    deref(): T | undefined {
      return this.target;
    }
  } as unknown as new <T extends object>(target: T) => WeakRefLike<T>;
}

export {};
