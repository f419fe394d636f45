// Scores a catalog draft against a hand annotation of its plan: which annotated numeric targets were
// found with the right value, comparator, change-or-level and year, and which of them have the right leads.
import type { CatalogIndicator } from '../../../src/core/types';
import { parseThreshold } from '../../../src/core/parse/threshold';
import { nameKey } from '../../../src/core/text';

export interface AnnotatedTarget {
  name: string;
  op: '>=' | '<=' | '>' | '<' | '=' | 'range';
  value: number;
  max?: number;
  change?: boolean;
  unit?: string;
  year: number | null;
  lead: string[];
  property?: string;
}

export interface Annotation {
  plan: string;
  targets: AnnotatedTarget[];
}

export interface Reading {
  op: AnnotatedTarget['op'] | 'bare';
  value: number;
  max?: number;
  change: boolean;
}

/** What an extracted indicator's target means: the comparator a bare number takes from the direction. */
export function readingOf(indicator: CatalogIndicator): Reading | null {
  const t = parseThreshold(indicator.target);
  const change = /(下降|降低|减少|削减|增长|增加|提高|提升)\s*\d/.test(indicator.target);
  if (!t) return null;
  if (t.kind === 'compare') return { op: t.op, value: t.value, change };
  if (t.kind === 'change') return { op: t.op, value: t.value, change: true };
  if (t.kind === 'range') return { op: 'range', value: t.min, max: t.max, change };
  if (t.kind === 'bare') {
    const op = indicator.direction === 'higher' ? '>=' : indicator.direction === 'lower' ? '<=' : 'bare';
    return { op, value: t.value, change };
  }
  return null;
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out.length ? out : [s];
}

/** Dice similarity of the names' character pairs (1 when one contains the other). */
export function nameSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x.includes(y) || y.includes(x)) return 1;
  const bx = bigrams(x);
  const by = new Map<string, number>();
  for (const g of bigrams(y)) by.set(g, (by.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of bx) {
    const n = by.get(g) ?? 0;
    if (n > 0) {
      common++;
      by.set(g, n - 1);
    }
  }
  return (2 * common) / (bx.length + bigrams(y).length);
}

function sameReading(a: AnnotatedTarget, r: Reading): boolean {
  return a.op === r.op && Math.abs(a.value - r.value) < 1e-9 && (a.op !== 'range' || a.max === r.max) && !!a.change === r.change;
}

function sameDepartments(a: string[], b: string[]): boolean {
  const x = new Set(a.map(nameKey));
  const y = new Set(b.map(nameKey));
  return x.size === y.size && [...x].every((d) => y.has(d));
}

export interface Score {
  annotated: number;
  extracted: number;
  matched: number;
  withLead: number;
  leadRight: number;
  /** Extracted leads where the plan names none. */
  spuriousLeads: number;
  propertyStated: number;
  propertyRight: number;
  missed: AnnotatedTarget[];
  extra: CatalogIndicator[];
  wrongLeads: { annotated: AnnotatedTarget; found: CatalogIndicator }[];
}

export function score(annotation: Annotation, indicators: CatalogIndicator[]): Score {
  const numeric = indicators.map((i) => ({ indicator: i, reading: readingOf(i) })).filter((x) => x.reading !== null);
  const used = new Set<number>();
  const s: Score = {
    annotated: annotation.targets.length, extracted: numeric.length, matched: 0, withLead: 0, leadRight: 0, spuriousLeads: 0,
    propertyStated: 0, propertyRight: 0, missed: [], extra: [], wrongLeads: [],
  };
  for (const a of annotation.targets) {
    let best = -1;
    let bestSim = 0.5;
    numeric.forEach((x, i) => {
      if (used.has(i) || !sameReading(a, x.reading!) || (x.indicator.year ?? null) !== a.year) return;
      const sim = nameSimilarity(a.name, x.indicator.name);
      if (sim >= bestSim) {
        best = i;
        bestSim = sim;
      }
    });
    if (best < 0) {
      s.missed.push(a);
      continue;
    }
    used.add(best);
    s.matched++;
    const found = numeric[best].indicator;
    if (a.lead.length > 0) {
      s.withLead++;
      if (sameDepartments(a.lead, found.lead)) s.leadRight++;
      else s.wrongLeads.push({ annotated: a, found });
    } else if (found.lead.length > 0) s.spuriousLeads++;
    if (a.property) {
      s.propertyStated++;
      if (found.property === a.property) s.propertyRight++;
    }
  }
  s.extra = numeric.filter((_, i) => !used.has(i)).map((x) => x.indicator);
  return s;
}
