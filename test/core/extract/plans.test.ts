// The extractor on the five plans, scored against hand annotations (test/fixtures/extract/annotations):
// recall and precision of the numeric targets (value, comparator, change, year) and lead departments.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractCatalog } from '../../../src/core/extract/extract';
import { score, type Annotation, type Score } from './score';

const ANNOTATIONS = join(__dirname, '../../fixtures/extract/annotations');
const SEEDS = join(__dirname, '../../fixtures/seeds');

const annotations: Annotation[] = readdirSync(ANNOTATIONS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(ANNOTATIONS, f), 'utf8')) as Annotation);

const pct = (a: number, b: number) => (b === 0 ? '  —  ' : `${((100 * a) / b).toFixed(1)}%`);

const scores = new Map<string, Score>();
beforeAll(() => {
  for (const a of annotations) {
    const text = readFileSync(join(SEEDS, a.plan), 'utf8');
    scores.set(a.plan, score(a, extractCatalog([{ name: a.plan, text }]).catalog.indicators));
  }
  const rows = [...scores].map(([plan, s]) =>
    `${plan.slice(0, 3)}  targets ${String(s.annotated).padStart(3)}  found ${String(s.extracted).padStart(3)}  recall ${pct(s.matched, s.annotated)}  precision ${pct(s.matched, s.extracted)}  leads ${s.leadRight}/${s.withLead} ${pct(s.leadRight, s.withLead)}` +
    (s.propertyStated ? `  property ${s.propertyRight}/${s.propertyStated}` : ''),
  );
  const all = [...scores.values()].reduce(
    (t, s) => ({ a: t.a + s.annotated, e: t.e + s.extracted, m: t.m + s.matched, l: t.l + s.withLead, r: t.r + s.leadRight }),
    { a: 0, e: 0, m: 0, l: 0, r: 0 },
  );
  rows.push(`all  targets ${all.a}  found ${all.e}  recall ${pct(all.m, all.a)}  precision ${pct(all.m, all.e)}  leads ${all.r}/${all.l} ${pct(all.r, all.l)}`);
  for (const [plan, s] of scores) {
    for (const m of s.missed) rows.push(`  ${plan.slice(0, 3)} missed: ${m.name} ${m.op}${m.value} ${m.year ?? ''}`);
    for (const e of s.extra) rows.push(`  ${plan.slice(0, 3)} extra:  ${e.name} ${e.target} ${e.year ?? ''}`);
    for (const w of s.wrongLeads) rows.push(`  ${plan.slice(0, 3)} lead:   ${w.annotated.name}: ${w.found.lead.join('、')} (plan: ${w.annotated.lead.join('、')})`);
  }
  console.log(rows.join('\n'));
});

const total = (f: (s: Score) => number) => [...scores.values()].reduce((n, s) => n + f(s), 0);

describe('extract on the five plans, against hand annotations', () => {
  test('every plan has an annotation and a text', () => {
    expect(annotations.map((a) => a.plan)).toHaveLength(5);
  });

  test('at least 95% of the numeric targets with the right value, comparator and year', () => {
    expect(total((s) => s.matched) / total((s) => s.annotated)).toBeGreaterThanOrEqual(0.95);
  });

  test('at least 90% of what is extracted as a numeric target is one', () => {
    expect(total((s) => s.matched) / total((s) => s.extracted)).toBeGreaterThanOrEqual(0.9);
  });

  test('at least 90% of the lead departments right, and none where the plan names none', () => {
    expect(total((s) => s.leadRight) / total((s) => s.withLead)).toBeGreaterThanOrEqual(0.9);
    expect(total((s) => s.spuriousLeads)).toBe(0);
  });

  test.each(annotations.map((a) => a.plan))('%s: recall at least 90%', (plan) => {
    const s = scores.get(plan)!;
    expect(s.matched / s.annotated).toBeGreaterThanOrEqual(0.9);
  });

  test('the property of each Baoshan target, where the plan states it', () => {
    const s = scores.get('003_1ebf203d13308b2c.txt')!;
    expect(s.propertyRight).toBe(s.propertyStated);
  });
});

describe('cross-check with the hand-made built-in catalogs (not the annotation)', () => {
  // The built-in catalogs were typed from the same plans by other people: a second opinion.
  // The extractor never reads them; here they only say how far the drafts agree with them.
  const { builtInCatalogs } = require('../../../src/catalogs') as typeof import('../../../src/catalogs');
  const { nameSimilarity } = require('./score') as typeof import('./score');
  const { parseThreshold } = require('../../../src/core/parse/threshold') as typeof import('../../../src/core/parse/threshold');
  const valueOf = (target: string) => {
    const t = parseThreshold(target);
    return t && (t.kind === 'compare' || t.kind === 'bare' || t.kind === 'change') ? t.value : t?.kind === 'range' ? t.min : null;
  };

  test('most built-in indicators have a drafted indicator of similar name (and the same value when numeric)', () => {
    const lines: string[] = [];
    let agreed = 0;
    let total = 0;
    for (const catalog of builtInCatalogs) {
      const text = readFileSync(join(SEEDS, catalog.source!), 'utf8');
      const draft = extractCatalog([{ name: catalog.source!, text }]).catalog.indicators;
      let n = 0;
      for (const i of catalog.indicators) {
        const value = valueOf(i.target);
        const hit = draft.some((d) => nameSimilarity(d.name, i.name) >= 0.6 && (value === null || valueOf(d.target) === value));
        if (hit) n++;
      }
      lines.push(`${catalog.id}: ${n}/${catalog.indicators.length} built-in indicators drafted`);
      agreed += n;
      total += catalog.indicators.length;
    }
    console.log(`${lines.join('\n')}\nall: ${agreed}/${total} (${((100 * agreed) / total).toFixed(1)}%)`);
    expect(agreed / total).toBeGreaterThanOrEqual(0.75);
  });
});
