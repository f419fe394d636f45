// The pane's language: the one the user chose in the settings, remembered on this computer, else
// Office's display language. Kept in localStorage under Office's partition key (Excel on the web
// partitions storage per add-in and host), not in the document: it is the user's, not the workbook's.
import type { Lang } from '../core/types';
import { officeLanguage } from '../addin/document-settings';

export const LANGUAGE_KEY = 'indicatorCheck.lang';

export interface LanguageStore {
  /** Null when nothing usable is stored. */
  load(): Lang | null;
  save(lang: Lang): void;
}

function partitionKey(): string {
  if (typeof Office === 'undefined') return '';
  try {
    return Office.context?.partitionKey ?? '';
  } catch {
    return '';
  }
}

/** localStorage can be missing or refuse access (private modes, some webviews): then nothing is remembered. */
function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function createLocalLanguageStore(storage: () => Storage | null = browserStorage, prefix: () => string = partitionKey): LanguageStore {
  const key = () => prefix() + LANGUAGE_KEY;
  return {
    load() {
      try {
        const stored = storage()?.getItem(key());
        return stored === 'zh-CN' || stored === 'en' ? stored : null;
      } catch {
        return null;
      }
    },
    save(lang) {
      try {
        storage()?.setItem(key(), lang);
      } catch {
        // Only the default is lost.
      }
    },
  };
}

/** The remembered choice, else Office's display language (Chinese when Office says nothing). */
export function initialLanguage(store: LanguageStore, office: () => Lang = officeLanguage): Lang {
  return store.load() ?? office();
}
