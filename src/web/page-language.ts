// The page's language: the one chosen with the switch, remembered in localStorage (which a file://
// page may be refused: then only the default is lost), else the browser's (en* → English, else Chinese).
import type { Lang } from '../core/types';
import { createLocalLanguageStore, type LanguageStore } from '../taskpane/language-store';

export function browserLanguage(languages: readonly string[] | undefined): Lang {
  const first = languages?.find((l) => typeof l === 'string' && l.length > 0) ?? '';
  return /^en\b/i.test(first) ? 'en' : 'zh-CN';
}

function navigatorLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages && navigator.languages.length > 0 ? [...navigator.languages] : [navigator.language];
}

/** localStorage, or null where reading it throws (storage refused on file://). */
function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function createPageLanguageStore(storage: () => Storage | null = pageStorage): LanguageStore {
  // The web page is one origin of its own: no partition prefix as in Office.
  return createLocalLanguageStore(storage, () => '');
}

export function initialPageLanguage(store: LanguageStore, languages: readonly string[] = navigatorLanguages()): Lang {
  return store.load() ?? browserLanguage(languages);
}
