// Where a browser has no WeakRef (Chromium 80–83), the page gives one that holds its target.
const scope = globalThis as unknown as { WeakRef?: unknown };

test('a WeakRef stand-in when the browser has none; the browser’s own otherwise', () => {
  const own = scope.WeakRef;
  try {
    delete scope.WeakRef;
    jest.isolateModules(() => {
      require('../../src/web/legacy-browsers');
    });
    const Made = scope.WeakRef as new (t: object) => { deref(): object | undefined };
    const target = {};
    expect(new Made(target).deref()).toBe(target);
    scope.WeakRef = own;
    jest.isolateModules(() => {
      require('../../src/web/legacy-browsers');
    });
    expect(scope.WeakRef).toBe(own);
  } finally {
    scope.WeakRef = own;
  }
});
