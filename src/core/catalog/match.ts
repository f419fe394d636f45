// Matching a workbook's indicator name to a catalog indicator: the normalised name, then the aliases,
// then a similarity score (a weak match is reported as such).
import type { Catalog, CatalogIndicator, CatalogMatch } from '../types';
import { nameKey, normalizeText } from '../text';

/** Below this similarity a name is not matched at all. */
export const FUZZY_THRESHOLD = 0.6;

const LEADING_NUMBERING = /^\s*(?:[(（]?\s*[0-9一二三四五六七八九十]+\s*[)）.、．]|[0-9]+(?:\.[0-9]+)*\s+)\s*/;
const TRAILING_BRACKETS = /\s*[(（【[][^()（）【】[\]]*[)）】\]]\s*$/;

/** The indicator name without its numbering (`3.`, `(二)`) or a trailing bracket (`(%)`, `(约束性)`). */
export function cleanIndicatorName(name: string): string {
  let s = normalizeText(name).replace(LEADING_NUMBERING, '');
  for (let i = 0; i < 3 && TRAILING_BRACKETS.test(s); i++) s = s.replace(TRAILING_BRACKETS, '');
  return s.trim() || normalizeText(name);
}

function bigrams(key: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...key];
  if (chars.length === 1) grams.set(key, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity of character bigrams, 0…1. */
export function similarity(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  const ga = bigrams(ka);
  const gb = bigrams(kb);
  let common = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}

interface MatchIndex {
  byKey: Map<string, { indicator: CatalogIndicator; kind: 'exact' | 'alias' }>;
}

const indexes = new WeakMap<Catalog, MatchIndex>();

function indexOf(catalog: Catalog): MatchIndex {
  let index = indexes.get(catalog);
  if (index) return index;
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
  index = { byKey };
  indexes.set(catalog, index);
  return index;
}

export function matchIndicator(name: string, catalog: Catalog): CatalogMatch | null {
  const cleaned = cleanIndicatorName(name);
  const key = nameKey(cleaned);
  if (!key) return null;
  const hit = indexOf(catalog).byKey.get(key) ?? indexOf(catalog).byKey.get(nameKey(name));
  if (hit) return { indicator: hit.indicator, kind: hit.kind, confidence: 1 };

  let best: CatalogMatch | null = null;
  for (const indicator of catalog.indicators) {
    for (const candidate of [indicator.name, ...(indicator.aliases ?? [])]) {
      const score = similarity(cleaned, cleanIndicatorName(candidate));
      if (score >= FUZZY_THRESHOLD && (!best || score > best.confidence)) {
        best = { indicator, kind: 'fuzzy', confidence: Math.round(score * 100) / 100 };
      }
    }
  }
  return best;
}
