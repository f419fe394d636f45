// A plan's text → a catalog draft (DESIGN §5, §7): every target found, with its name, target, unit,
// direction, property, year, lead and cooperating departments, category, exact sourceText and a
// confidence. Reads the text only; the semantics of each target come from the core's threshold parser.
import type { Catalog, CatalogIndicator, Direction, Threshold } from '../types';
import { parseThreshold } from '../parse/threshold';
import { directionFromName } from '../parse/direction';
import { nameKey } from '../text';
import { normalizeKeepingLength } from './normalize';
import { planIssued, planLines, planTitle, type PlanLine } from './document';
import { findBlocks, maskBlocks, type Block, type Property } from './blocks';
import { departmentLine, type Departments } from './departments';
import { governingYears, yearAt } from './years';
import { findTargets, type FoundTarget } from './targets';
import { findRequirements, statedRanges } from './requirements';
import { DOUBT, LOW_DOUBT } from './doubts';
import { cellsOf, tableHeader, tableRow, type TableColumns } from './table';

export type Confidence = 'high' | 'medium' | 'low';

export interface ExtractOptions {
  /** The catalog's id (lower-case letters, digits, hyphens); `draft` by default. */
  id?: string;
  /** The plan's file name, kept as the catalog's `source`. */
  source?: string;
}

export interface IndicatorConfidence {
  id: string;
  level: Confidence;
  reasons: string[];
}

export interface ExtractResult {
  catalog: Catalog;
  /** One per indicator, in the same order. */
  confidence: IndicatorConfidence[];
}

interface Candidate {
  found: FoundTarget;
  line: PlanLine;
  departments: Departments | null;
  property: Property | null;
  year: number | null;
  threshold: Threshold | null;
  doubts: string[];
  /** A table row's own category (its 领域 cell); else the line's section heading. */
  category?: string | null;
}

const NUMERIC = new Set<Threshold['kind']>(['compare', 'bare', 'range', 'change']);

/** The indicators of a table row, as candidates (the row as written is the source text). */
function tableCandidates(line: PlanLine, columns: TableColumns, carried: string | null): { candidates: Candidate[]; category: string | null } {
  const { indicators, category } = tableRow(cellsOf(line.text), columns, carried);
  const candidates = indicators.map((row): Candidate => {
    const threshold = parseThreshold(row.target);
    const numeric = !!threshold && NUMERIC.has(threshold.kind);
    const doubts: string[] = numeric ? [] : [DOUBT.requirement];
    return {
      found: { name: row.name, target: row.target, unit: row.unit, change: null, start: 0, end: line.text.length, at: 0, doubts, task: false, requirement: !numeric },
      line,
      departments: row.lead.length || row.coop.length ? { lead: row.lead, coop: row.coop } : null,
      property: row.property,
      year: row.year,
      threshold,
      doubts: [...doubts],
      category: row.category ?? line.category,
    };
  });
  return { candidates, category };
}

/** Doubts that make a result low-confidence (the others make it medium). */

function firstAfter(blocks: Block[], at: number, want: (b: Block) => boolean, before = Infinity): Block | undefined {
  return blocks.find((b) => b.start >= at && b.start < before && want(b));
}

/** The exact text the target was read from, with the property note right after it. */
function sourceTextOf(line: PlanLine, found: FoundTarget, blocks: Block[]): string {
  let end = found.end;
  const next = blocks.find((b) => b.start >= end && line.text.slice(end, b.start).trim() === '');
  if (next?.property) end = next.end;
  return line.raw.slice(found.start, end).trim();
}

function candidatesOf(lines: PlanLine[]): { candidates: Candidate[]; sources: Map<Candidate, string> } {
  const candidates: Candidate[] = [];
  const sources = new Map<Candidate, string>();
  let pending: Candidate[] = [];
  let leading: Departments | null = null;
  let table: TableColumns | null = null;
  let carried: string | null = null;
  for (const line of lines) {
    if (line.text.includes('\t')) {
      const header = tableHeader(cellsOf(line.text));
      if (header) {
        table = header;
        carried = null;
        continue;
      }
      if (table) {
        const rows = tableCandidates(line, table, carried);
        carried = rows.category;
        for (const c of rows.candidates) {
          candidates.push(c);
          sources.set(c, line.raw.trim());
        }
        continue;
      }
    } else table = null;
    const own = departmentLine(line.text);
    if (own) {
      // After its items (责任单位 on the line below each), a block is theirs; with none before it, it
      // heads its section and the items below take it, unless a block of their own follows them.
      if (pending.length > 0) {
        for (const c of pending) c.departments = own;
        leading = null;
      } else leading = own;
      pending = [];
      continue;
    }
    if (line.heading) {
      pending = [];
      leading = null;
    }
    const blocks = findBlocks(line.text);
    const masked = maskBlocks(line.text, blocks);
    const marks = governingYears(masked);
    const numeric = findTargets(masked, (at) => yearAt(marks, at) !== null);
    const requirements = findRequirements(masked, { ranges: statedRanges(masked, numeric), taken: numeric.map((t) => [t.start, t.end] as [number, number]) });
    const found = [...numeric, ...requirements].sort((a, b) => a.start - b.start);
    if (blocks.some((b) => b.departments)) pending = [];
    for (const f of found) {
      const deptBlock = firstAfter(blocks, f.end, (b) => !!b.departments);
      const propertyBlock = firstAfter(blocks, f.end, (b) => !!b.property, deptBlock ? deptBlock.end : Infinity);
      const candidate: Candidate = {
        found: f,
        line,
        departments: deptBlock?.departments ?? leading,
        property: propertyBlock?.property ?? null,
        year: f.year ?? yearAt(marks, f.at),
        threshold: parseThreshold(f.target),
        doubts: [...f.doubts],
      };
      if (!deptBlock) pending.push(candidate);
      candidates.push(candidate);
      sources.set(candidate, sourceTextOf(line, f, blocks));
    }
  }
  return { candidates, sources };
}

function numericValue(t: Threshold | null): number | null {
  if (!t) return null;
  if (t.kind === 'compare' || t.kind === 'bare' || t.kind === 'change') return t.value;
  if (t.kind === 'range') return t.min;
  return null;
}

/** The same target restated later (保障措施 repeating 工作任务) is one indicator: the first, with the leads of either. */
function dropRestated(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${nameKey(c.found.name)}|${c.year ?? ''}`;
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, c);
      kept.push(c);
      continue;
    }
    if (numericValue(earlier.threshold) === numericValue(c.threshold)) {
      if (!earlier.departments?.lead.length && c.departments?.lead.length) earlier.departments = c.departments;
      if (!earlier.property && c.property) earlier.property = c.property;
      continue;
    }
    c.doubts.push(DOUBT.differs(earlier.found.target));
    kept.push(c);
  }
  return kept;
}

function directionOf(name: string, threshold: Threshold | null, task: boolean): Direction | null {
  // A change (下降18%) drafts its indicator as the rate of change (…下降率): its comparator gives the direction too.
  if (threshold?.kind === 'change') return threshold.op === '>=' || threshold.op === '>' ? 'higher' : 'lower';
  if (threshold?.kind === 'compare') {
    if (threshold.op === '>=' || threshold.op === '>') return 'higher';
    if (threshold.op === '<=' || threshold.op === '<') return 'lower';
    if (threshold.op === '=' && threshold.value === 100 && threshold.unit === '%') return directionFromName(name) ?? 'higher';
  }
  return directionFromName(name) ?? (task ? 'higher' : null);
}

function levelOf(doubts: string[]): Confidence {
  if (doubts.length === 0) return 'high';
  return doubts.some((d) => LOW_DOUBT.test(d)) ? 'low' : 'medium';
}

/** The catalog draft of a plan's text. Never throws on any text; a plan with no target gives no indicator. */
export function extractDraft(text: string, options: ExtractOptions = {}): { title: string; issued: string | null; indicators: CatalogIndicator[]; confidence: IndicatorConfidence[] } {
  const normalized = normalizeKeepingLength(text);
  const lines = planLines(text, normalized);
  const { candidates, sources } = candidatesOf(lines);
  const kept = dropRestated(candidates);
  const anyLead = kept.some((c) => c.departments?.lead.length);
  const prefix = options.id ?? 'draft';
  const indicators: CatalogIndicator[] = [];
  const confidence: IndicatorConfidence[] = [];
  kept.forEach((c, i) => {
    const id = `${prefix}-${String(i + 1).padStart(2, '0')}`;
    const doubts = [...c.doubts];
    const t = c.threshold;
    if (!c.found.requirement && (!t || !['compare', 'bare', 'range', 'regional', 'change'].includes(t.kind))) doubts.push(DOUBT.unparsed);
    if (anyLead && !c.departments?.lead.length) doubts.push(DOUBT.noLead);
    if (c.found.name.length < 2) doubts.push(DOUBT.nameShort);
    else if (c.found.name.length > 40) doubts.push(DOUBT.nameLong);
    const unit = c.found.unit || (t && 'unit' in t && t.unit) || null;
    let direction = directionOf(c.found.name, t, c.found.task);
    if (!direction && t?.kind === 'bare') {
      direction = 'higher';
      doubts.push(DOUBT.directionAssumed);
    }
    const level = levelOf(doubts);
    const category = c.category !== undefined ? c.category : c.line.category;
    // Under a heading 约束性指标 / 预期性指标, the heading is the property.
    const heading = category ? /^(约束性|参考性|指导性|预期性)指标$/.exec(category) : null;
    const property = c.property ?? (heading ? (heading[1] as Property) : null);
    indicators.push({
      id,
      name: c.found.name,
      category,
      unit: unit || null,
      target: c.found.target,
      direction,
      property,
      year: c.year,
      lead: c.departments?.lead ?? [],
      coop: c.departments?.coop ?? [],
      sourceText: sources.get(c) || c.found.target,
      // The schema has no confidence field: the note carries it, so each indicator says how sure the draft is.
      note: level === 'high' ? '置信度高' : `置信度${level === 'low' ? '低' : '中'}:${doubts.join(';')}`,
    });
    confidence.push({ id, level, reasons: doubts });
  });
  return { title: planTitle(lines), issued: planIssued(lines), indicators, confidence };
}
