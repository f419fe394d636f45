// The name index of a catalog, built once per catalog and shared by every check, the automatic
// catalog choice, the task pane and the live re-check: the normalised names and aliases, an inverted
// list of their bigrams, and a memo of the names already matched. A workbook that repeats its
// indicators costs one match per distinct name, and a fuzzy match scores only the names that share
// a bigram with it: never rows × indicators.
import type { Catalog, CatalogIndicator, CatalogMatch } from '../types';
import { keyOfNormalized, nameKey, normalizeText } from '../text';
import { bigrams, gramTotal } from './bigrams';

/** Below this similarity a name is not matched at all. */
export const FUZZY_THRESHOLD = 0.6;
/** Names remembered per catalog; beyond this the memo starts again (a sheet of all-distinct names). */
const MEMO_LIMIT = 50_000;

const LEADING_NUMBERING = /^\s*(?:[(（]?\s*[0-9一二三四五六七八九十]+\s*[)）.、．]|[0-9]+(?:\.[0-9]+)*\s+)\s*/;
const TRAILING_BRACKETS = /\s*[(（【[][^()（）【】[\]]*[)）】\]]\s*$/;

/** The indicator name without its numbering (`3.`, `(二)`) or a trailing bracket (`(%)`, `(约束性)`). */
export function cleanIndicatorName(name: string): string {
  let s = normalizeText(name).replace(LEADING_NUMBERING, '');
  for (let i = 0; i < 3 && TRAILING_BRACKETS.test(s); i++) s = s.replace(TRAILING_BRACKETS, '');
  return s.trim() || normalizeText(name);
}

interface Entry {
  indicator: CatalogIndicator;
  /** Bigram count of the entry's key. */
  total: number;
}

export interface NameIndexStats {
  /** Name-against-entry similarity scores computed so far (for tests and the bench). */
  similarities: number;
  /** Distinct names matched (memo misses). */
  lookups: number;
}

export interface NameIndex {
  readonly catalog: Catalog;
  /** Normalised name or alias → the indicator (names win over aliases, the first indicator over later ones). */
  readonly byKey: Map<string, { indicator: CatalogIndicator; kind: 'exact' | 'alias' }>;
  /** Names and aliases in catalog order: an indicator's name, then its aliases. */
  readonly entries: Entry[];
  /** Bigram → the entries holding it, with how often. */
  readonly postings: Map<string, { entry: number; count: number }[]>;
  readonly stats: NameIndexStats;
  /** Raw name → match, and name key → match: each distinct name is matched once. */
  readonly memo: { raw: Map<string, CatalogMatch | null>; key: Map<string, CatalogMatch | null> };
  /** Per-entry shared-bigram counts of the name being scored, and the entries touched (kept zeroed between names). */
  readonly scratch: { shared: Int32Array; touched: Int32Array };
}

const indexes = new WeakMap<Catalog, NameIndex>();

function buildIndex(catalog: Catalog): NameIndex {
  const byKey = new Map<string, { indicator: CatalogIndicator; kind: 'exact' | 'alias' }>();
  for (const indicator of catalog.indicators) {
    const key = nameKey(cleanIndicatorName(indicator.name));
    if (!byKey.has(key)) byKey.set(key, { indicator, kind: 'exact' });
  }
  for (const indicator of catalog.indicators) {
    for (const alias of indicator.aliases ?? []) {
      const key = nameKey(cleanIndicatorName(alias));
      if (!byKey.has(key)) byKey.set(key, { indicator, kind: 'alias' });
    }
  }
  const entries: Entry[] = [];
  const postings = new Map<string, { entry: number; count: number }[]>();
  for (const indicator of catalog.indicators) {
    for (const candidate of [indicator.name, ...(indicator.aliases ?? [])]) {
      const grams = bigrams(nameKey(cleanIndicatorName(candidate)));
      const entry = entries.push({ indicator, total: gramTotal(grams) }) - 1;
      for (const [gram, count] of grams) {
        const list = postings.get(gram);
        if (list) list.push({ entry, count });
        else postings.set(gram, [{ entry, count }]);
      }
    }
  }
  return {
    catalog,
    byKey,
    entries,
    postings,
    stats: { similarities: 0, lookups: 0 },
    memo: { raw: new Map(), key: new Map() },
    scratch: { shared: new Int32Array(entries.length), touched: new Int32Array(entries.length) },
  };
}

/** The catalog's index, built on first use and kept as long as the catalog object lives. */
export function nameIndexOf(catalog: Catalog): NameIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/**
 * What a workbook name costs to prepare, shared by every catalog it is matched against (the automatic
 * choice tries each built-in catalog): its key, and the key's bigrams.
 */
const keysOfNames = new Map<string, string>();
const gramsOfKeys = new Map<string, { grams: [string, number][]; total: number }>();

function keyOfName(name: string): string {
  let key = keysOfNames.get(name);
  if (key === undefined) {
    key = keyOfNormalized(cleanIndicatorName(name));
    if (keysOfNames.size >= MEMO_LIMIT) keysOfNames.clear();
    keysOfNames.set(name, key);
  }
  return key;
}

function gramsOfKey(key: string): { grams: [string, number][]; total: number } {
  let hit = gramsOfKeys.get(key);
  if (!hit) {
    const grams = bigrams(key);
    hit = { grams: [...grams], total: gramTotal(grams) };
    if (gramsOfKeys.size >= MEMO_LIMIT) gramsOfKeys.clear();
    gramsOfKeys.set(key, hit);
  }
  return hit;
}

/** The best fuzzy match of a key: every entry sharing a bigram is scored once, the first best wins. */
function fuzzyMatch(index: NameIndex, key: string): CatalogMatch | null {
  const { grams, total } = gramsOfKey(key);
  const { shared, touched } = index.scratch;
  let count = 0;
  for (const [gram, n] of grams) {
    const list = index.postings.get(gram);
    if (!list) continue;
    for (const { entry, count: c } of list) {
      if (shared[entry] === 0) touched[count++] = entry;
      shared[entry] += Math.min(n, c);
    }
  }
  index.stats.similarities += count;
  let bestEntry = -1;
  let bestScore = 0;
  for (let i = 0; i < count; i++) {
    const entry = touched[i];
    const score = (2 * shared[entry]) / (total + index.entries[entry].total);
    shared[entry] = 0;
    if (score >= FUZZY_THRESHOLD && (score > bestScore || (score === bestScore && entry < bestEntry))) {
      bestEntry = entry;
      bestScore = score;
    }
  }
  if (bestEntry < 0) return null;
  return { indicator: index.entries[bestEntry].indicator, kind: 'fuzzy', confidence: Math.round(bestScore * 100) / 100 };
}

function remember(memo: Map<string, CatalogMatch | null>, key: string, match: CatalogMatch | null): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, match);
}

/** The catalog indicator a workbook name means: its normalised name, then an alias, then the most similar. */
export function matchName(index: NameIndex, name: string): CatalogMatch | null {
  const known = index.memo.raw.get(name);
  if (known !== undefined) return known;
  const key = keyOfName(name);
  let match = index.memo.key.get(key);
  if (match === undefined) {
    index.stats.lookups++;
    if (!key) match = null;
    else {
      const hit = index.byKey.get(key) ?? index.byKey.get(nameKey(name));
      match = hit ? { indicator: hit.indicator, kind: hit.kind, confidence: 1 } : fuzzyMatch(index, key);
    }
    remember(index.memo.key, key, match);
  }
  remember(index.memo.raw, name, match);
  return match;
}
