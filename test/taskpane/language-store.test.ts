// The pane's language: remembered under Office's partition key, else Office's display language.
import { createLocalLanguageStore, initialLanguage, LANGUAGE_KEY } from '../../src/taskpane/language-store';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('language store', () => {
  it('remembers the choice under the partition key and opens in it', () => {
    const storage = new MemoryStorage();
    const store = createLocalLanguageStore(() => storage as unknown as Storage, () => 'part-1/');
    expect(initialLanguage(store, () => 'zh-CN')).toBe('zh-CN');
    store.save('en');
    expect(storage.items.get(`part-1/${LANGUAGE_KEY}`)).toBe('en');
    expect(initialLanguage(store, () => 'zh-CN')).toBe('en');
  });

  it("follows Office's language when nothing usable is stored, or storage refuses access", () => {
    const storage = new MemoryStorage();
    storage.setItem(LANGUAGE_KEY, 'fr');
    expect(initialLanguage(createLocalLanguageStore(() => storage as unknown as Storage, () => ''), () => 'en')).toBe('en');
    const refusing = createLocalLanguageStore(() => {
      throw new Error('SecurityError');
    });
    expect(refusing.load()).toBeNull();
    expect(() => refusing.save('en')).not.toThrow();
  });
});
