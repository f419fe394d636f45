// The page's language: remembered, else the browser's; storage that refuses access loses only the memory.
import { browserLanguage, createPageLanguageStore, initialPageLanguage } from '../../src/web/page-language';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
    key: () => null,
    get length() {
      return items.size;
    },
  };
}

test('English for an English browser, Chinese for any other', () => {
  expect(browserLanguage(['en-US', 'zh-CN'])).toBe('en');
  expect(browserLanguage(['en'])).toBe('en');
  expect(browserLanguage(['zh-CN', 'en'])).toBe('zh-CN');
  expect(browserLanguage(['fr-FR'])).toBe('zh-CN');
  expect(browserLanguage([])).toBe('zh-CN');
  expect(browserLanguage(undefined)).toBe('zh-CN');
});

test('the language chosen is remembered over the browser’s', () => {
  const storage = memoryStorage();
  const store = createPageLanguageStore(() => storage);
  expect(initialPageLanguage(store, ['en-GB'])).toBe('en');
  store.save('zh-CN');
  expect(initialPageLanguage(store, ['en-GB'])).toBe('zh-CN');
});

test('storage that throws (file:// refused) leaves the browser’s language', () => {
  const refusing = () => {
    throw new Error('SecurityError');
  };
  const store = createPageLanguageStore(refusing as () => Storage);
  expect(() => store.save('en')).not.toThrow();
  expect(initialPageLanguage(store, ['zh-CN'])).toBe('zh-CN');
});
