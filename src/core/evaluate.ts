// Evaluation of one indicator row against its threshold (DESIGN §3): status, severity, gap, issues, message.
import type {
  CatalogIndicator,
  CatalogMatch,
  Comparator,
  Direction,
  Finding,
  IndicatorRow,
  IssueCode,
  Lang,
  RawValue,
  ParsedValue,
  Severity,
  Status,
  Threshold,
} from './types';
import { cellAddress, columnLetter } from './address';
import { formatNumber as formatAnyNumber, roundNoise as roundAnyNoise } from './format';
import { t } from './messages';
import { nameKey, normalizeText } from './text';
import { normalizeProperty, splitDepartments } from './departments';
import { formatThreshold, parseThreshold } from './parse/threshold';
import { parseValue } from './parse/value';
import { compareUnits, isPercentUnit } from './parse/units';
import { conversionFactor } from './parse/unit-scale';
import { directionFromName } from './parse/direction';
import { regionPartIndex } from './region';
import { achievedChange, baselineOf, valueIsChange, type ChangeThreshold } from './evaluate-change';

export type CheckMode = 'normal' | 'return';

export interface EvaluateContext {
  lang: Lang;
  mode: CheckMode;
  /** The region or level (市, 县, 山区 …) whose target applies when a target differs by region. */
  region?: string | null;
}

/** What the evaluation decided, before it is worded. */
interface Verdict {
  status: Status;
  gap: number | null;
  /** Message key and its parameters. */
  key: string;
  params: Record<string, string | number>;
  issues: IssueCode[];
}

const EPSILON = 1e-9;

/** roundNoise, skipping the work for a number that has no noise to round (most values are typed). */
function roundNoise(n: number): number {
  return Math.round(n * 1e6) / 1e6 === n ? n : roundAnyNoise(n);
}

/** formatNumber, with integers (most values and targets) written directly. */
function formatNumber(n: number): string {
  if (Math.abs(n) >= 1e-4 && Math.abs(n) < 1e15 && Math.round(n * 1e4) / 1e4 === n) return String(n);
  return n === 0 ? '0' : formatAnyNumber(n);
}

function compare(actual: number, op: Comparator, target: number): boolean {
  const a = roundNoise(actual);
  const b = roundNoise(target);
  switch (op) {
    case '>=':
      return a >= b - EPSILON;
    case '<=':
      return a <= b + EPSILON;
    case '>':
      return a > b + EPSILON;
    case '<':
      return a < b - EPSILON;
    case '=':
      return Math.abs(a - b) <= EPSILON;
  }
}

/** How far `actual` is from `target`, always ≥ 0. */
function gapOf(actual: number, target: number): number {
  return roundNoise(Math.abs(target - actual));
}

/**
 * Which way is better (DESIGN §3, "Direction"): an exact or alias match's direction wins over the
 * name; a clear word in the row's own name wins over an indicator matched only by similarity.
 */
export function directionFor(name: string, match: CatalogMatch | null): Direction | null {
  const indicator = match?.indicator ?? null;
  if (match && match.kind !== 'fuzzy') return indicator?.direction ?? directionFromName(name);
  return directionFromName(name) ?? indicator?.direction ?? null;
}

/** A unit cell holding only a placeholder (`—`, `/`, `-`, 无) has no unit. */
function cleanUnit(unit: string | null | undefined): string | null {
  const s = unit?.trim();
  if (!s || /^[\/\\\-—–－─_~·\s]+$/.test(s) || s === '无' || s === '/') return null;
  return s;
}

/** Thresholds are frozen and shared (parseThreshold caches them): their wording is worked out once. */
const described = new WeakMap<Threshold, Map<string | null, string>>();

/** The threshold's text with the row's unit where the threshold itself has none: `≥80%`. */
export function describeTarget(threshold: Threshold, unit: string | null): string {
  let byUnit = described.get(threshold);
  if (!byUnit) {
    byUnit = new Map();
    described.set(threshold, byUnit);
  }
  let text = byUnit.get(unit);
  if (text === undefined) {
    const needsUnit = (threshold.kind === 'compare' || threshold.kind === 'range' || threshold.kind === 'bare') && !threshold.unit && unit;
    text = needsUnit ? formatThreshold({ ...threshold, unit }) : formatThreshold(threshold);
    byUnit.set(unit, text);
  }
  return text;
}

/** formatThreshold, once per threshold. */
function thresholdText(threshold: Threshold): string {
  return describeTarget(threshold, null);
}

function unitSuffix(unit: string | null): string {
  return isPercentUnit(unit) ? '%' : (unit ?? '');
}

function describeValue(value: ParsedValue, unit: string | null): string {
  switch (value.kind) {
    case 'number': {
      const u = value.percent || isPercentUnit(unit) ? '%' : (value.unit ?? unit ?? '');
      return `${formatNumber(value.value)}${u}`;
    }
    case 'empty':
      return value.text ?? '';
    default:
      return value.text;
  }
}

function describeGap(gap: number, unit: string | null, lang: Lang): string {
  if (isPercentUnit(unit)) return t(lang, 'gap.points', { gap: formatNumber(gap) });
  return t(lang, 'gap.unit', { gap: formatNumber(gap), unit: unit ?? '' }).trim();
}

function review(key: string, params: Record<string, string | number>, issues: IssueCode[] = []): Verdict {
  params.reasonKey = key;
  return { status: 'review', gap: null, key: 'finding.review', params, issues };
}

function passOrFail(pass: boolean, params: Record<string, string | number>, qualitative = false): Verdict {
  if (pass) return { status: 'pass', gap: null, key: 'finding.pass', params, issues: [] };
  return { status: 'fail', gap: null, key: qualitative ? 'finding.fail.qualitative' : 'finding.fail', params, issues: [] };
}

/** The value in the target's unit: a written unit (1.2万吨) or the row's unit converted; null when they cannot convert. */
function valueInTargetUnit(
  value: Extract<ParsedValue, { kind: 'number' }>,
  rowUnit: string | null,
  targetUnit: string | null,
): { actual: number; converted: boolean } | { mismatch: string } {
  if (value.percent || !targetUnit) return { actual: value.value, converted: false };
  const from = value.unit ?? rowUnit;
  if (!from) return { actual: value.value, converted: false };
  const factor = conversionFactor(from, targetUnit);
  if (factor === null) {
    // A unit written in the cell that contradicts the indicator's is the department's doing; a row unit
    // that differs from the target's is compared as it stands (the catalog's business).
    if (value.unit && compareUnits(value.unit, targetUnit) === 'mismatch') return { mismatch: value.unit };
    return { actual: value.value, converted: false };
  }
  return { actual: roundNoise(value.value * factor), converted: factor !== 1 };
}

/** A numeric threshold against a numeric value. */
function evaluateNumeric(
  threshold: Extract<Threshold, { kind: 'compare' | 'range' | 'bare' }>,
  value: Extract<ParsedValue, { kind: 'number' }>,
  unit: string | null,
  direction: Direction | null,
  lang: Lang,
): Verdict {
  const targetUnit = threshold.unit ?? unit;
  const target = describeTarget(threshold, unit);
  const inUnit = valueInTargetUnit(value, unit, targetUnit);
  if ('mismatch' in inUnit) {
    return review('review.unit-mismatch', { target, value: describeValue(value, targetUnit), written: inUnit.mismatch, unit: targetUnit ?? '' }, [
      'unit-mismatch',
    ]);
  }
  const { actual, converted } = inUnit;
  const shownValue = converted
    ? t(lang, 'value.converted', { value: describeValue(value, unit), converted: `${formatNumber(actual)}${unitSuffix(targetUnit)}` })
    : describeValue(value, targetUnit);
  const shown = { target, value: shownValue };
  const issues: IssueCode[] = converted ? ['unit-converted'] : [];

  const targetNumber = threshold.kind === 'range' ? threshold.min : threshold.value;
  if (isPercentUnit(targetUnit) && !value.percent && !value.unit && Math.abs(actual) <= 1 && targetNumber > 1) {
    return review('review.unit-suspect', { ...shown, value: formatNumber(actual), percent: formatNumber(actual * 100) }, ['unit-suspect']);
  }

  let verdict: Verdict;
  if (threshold.kind === 'range') {
    const pass = compare(actual, '>=', threshold.min) && compare(actual, '<=', threshold.max);
    const gap = pass ? null : actual < threshold.min ? gapOf(actual, threshold.min) : gapOf(actual, threshold.max);
    verdict = verdictOf(pass, gap, shown, targetUnit);
  } else {
    let op: Comparator;
    if (threshold.kind === 'bare') {
      if (!direction) return review('review.direction', shown, issues);
      op = direction === 'higher' ? '>=' : '<=';
    } else {
      op = threshold.op;
    }
    const pass = compare(actual, op, threshold.value);
    if (pass && threshold.kind === 'compare' && threshold.extra) return review('review.extra', { ...shown, extra: threshold.extra }, issues);
    verdict = verdictOf(pass, pass ? null : gapOf(actual, threshold.value), shown, targetUnit);
  }
  verdict.issues.push(...issues);
  return verdict;
}

function verdictOf(pass: boolean, gap: number | null, shown: { target: string; value: string }, unit: string | null): Verdict {
  if (pass) return { status: 'pass', gap: null, key: 'finding.pass', params: shown, issues: [] };
  if (gap === null || gap === 0) return { status: 'fail', gap, key: 'finding.fail', params: shown, issues: [] };
  return { status: 'fail', gap, key: 'finding.fail.gap', params: { ...shown, gapUnit: unit ?? '', gapValue: gap }, issues: [] };
}

/** What a row brings to its evaluation besides the value. */
interface RowFacts {
  row: IndicatorRow;
  unit: string | null;
  direction: Direction | null;
  lang: Lang;
  region: string | null;
}

function evaluateChange(threshold: ChangeThreshold, value: ParsedValue, facts: RowFacts): Verdict {
  const { row, unit, lang } = facts;
  const target = thresholdText(threshold);
  const valueText = describeValue(value, unit);
  if (value.kind === 'answer') return review('review.answer-for-number', { target, value: valueText });
  if (value.kind !== 'number') return invalidText(value, target);
  const changeUnit = threshold.unit ?? (isPercentUnit(unit) ? '%' : unit);
  if (valueIsChange(row)) {
    // The value column reports the change itself: 下降率 16% against 下降15%.
    const pass = compare(value.value, threshold.op, threshold.value);
    return verdictOf(pass, pass ? null : gapOf(value.value, threshold.value), { target, value: describeValue(value, changeUnit) }, changeUnit);
  }
  const baseline = baselineOf(threshold, row);
  if (!baseline) return review('review.change-baseline', { target, value: valueText });
  const outcome = achievedChange(threshold, value, baseline, unit, row.valueYear);
  if (outcome.kind === 'review') return review(`review.change-${outcome.reason}`, { target, value: valueText });
  const pass = compare(outcome.achieved, threshold.op, threshold.value);
  const way = t(lang, `change.${threshold.way}${isPercentUnit(outcome.unit) ? '.rate' : ''}`);
  const params = {
    target,
    value: valueText,
    baseLabel: baseline.from === 'year' ? t(lang, 'change.base.year', { year: baseline.year ?? '' }) : t(lang, 'change.base.column'),
    base: `${formatNumber(baseline.value)}${unitSuffix(unit)}`,
    achieved: `${way}${formatNumber(outcome.achieved)}${unitSuffix(outcome.unit)}`,
  };
  if (pass) return { status: 'pass', gap: null, key: 'finding.change.pass', params, issues: [] };
  // The gap in the row's unit: how far the value is from the level the change asked for.
  const gap = gapOf(value.value, outcome.needed);
  return { status: 'fail', gap, key: 'finding.change.fail', params: { ...params, gapUnit: unit ?? '', gapValue: gap }, issues: [] };
}

function evaluateRegional(threshold: Extract<Threshold, { kind: 'regional' }>, value: ParsedValue, previous: ParsedValue | null, facts: RowFacts): Verdict {
  const targetText = thresholdText(threshold);
  const valueText = describeValue(value, facts.unit);
  const index = regionPartIndex(
    threshold.parts.map((p) => p.region),
    facts.region,
  );
  if (index < 0) {
    return facts.region
      ? review('review.region.none', { target: targetText, value: valueText, region: facts.region })
      : review('review.region', { target: targetText, value: valueText });
  }
  const part = threshold.parts[index];
  const verdict = evaluateValue(part.threshold, value, previous, facts);
  if (typeof verdict.params.target === 'string') verdict.params.target = `${part.region}${verdict.params.target}`;
  if (verdict.status === 'pass' && threshold.extra) return review('review.extra', { ...verdict.params, extra: threshold.extra });
  return verdict;
}

/** Scopes an outside figure names, most specific first. */
const SCOPES = ['所在县', '所在市', '所在区', '全国', '全省', '全市', '全区', '全县', '国家', '同期'];

/**
 * The table's column holding the figure a target names: the year column of `2015年水平`, else a
 * figure column (全省平均值) whose label names the target's scope, or the only one when the target names none.
 */
function figureCell(threshold: Extract<Threshold, { kind: 'external' }>, row: IndicatorRow): { value: RawValue; format?: string | null } | undefined {
  if (threshold.year !== undefined) return row.years?.find((y) => y.year === threshold.year);
  const figures = row.figures ?? [];
  if (figures.length === 0) return undefined;
  const scope = SCOPES.find((s) => threshold.text.includes(s));
  if (!scope) return figures.length === 1 ? figures[0] : undefined;
  const word = scope.replace(/^全|^所在/, '');
  const named = figures.filter((f) => nameKey(f.label).includes(word));
  return named.length === 1 ? named[0] : undefined;
}

function evaluateExternal(threshold: Extract<Threshold, { kind: 'external' }>, value: ParsedValue, facts: RowFacts): Verdict {
  const targetText = thresholdText(threshold);
  const valueText = describeValue(value, facts.unit);
  const column = figureCell(threshold, facts.row);
  const figure = column ? parseValue(column.value, column.format) : null;
  if (value.kind === 'number' && figure?.kind === 'number') {
    const pass = compare(value.value, threshold.op, figure.value);
    const shown = { target: `${targetText}(${formatNumber(figure.value)}${unitSuffix(facts.unit)})`, value: valueText };
    return verdictOf(pass, pass ? null : gapOf(value.value, figure.value), shown, facts.unit);
  }
  return review('review.external', { target: targetText, value: valueText });
}

function evaluateValue(threshold: Threshold | null, value: ParsedValue, previous: ParsedValue | null, facts: RowFacts): Verdict {
  const { unit } = facts;
  const valueText = describeValue(value, unit);
  switch (value.kind) {
    case 'empty':
      return value.text
        ? { status: 'missing', gap: null, key: 'finding.missing.pending', params: { value: value.text }, issues: [] }
        : { status: 'missing', gap: null, key: 'finding.missing', params: {}, issues: [] };
    case 'error':
      return { status: 'invalid', gap: null, key: 'finding.invalid.error', params: { value: value.text }, issues: [] };
    case 'date':
      return { status: 'invalid', gap: null, key: 'finding.invalid.date', params: { value: value.text }, issues: [] };
    case 'na':
      return { status: 'na', gap: null, key: 'finding.na', params: { value: value.text }, issues: [] };
  }
  if (!threshold) return review('review.no-target', { value: valueText });
  const targetText = thresholdText(threshold);

  switch (threshold.kind) {
    case 'regional':
      return evaluateRegional(threshold, value, previous, facts);
    case 'external':
      return evaluateExternal(threshold, value, facts);
    case 'change':
      return evaluateChange(threshold, value, facts);
    case 'qualitative': {
      const params = { target: targetText, value: valueText };
      if (value.kind === 'answer') {
        if (value.absence && !threshold.absence) return review('review.qualitative', params);
        return passOrFail(value.yes, params, true);
      }
      // A count of events against a target of none (未发生重大环境事件: 0).
      if (value.kind === 'number' && threshold.absence) return passOrFail(value.value === 0, params, true);
      if (value.kind === 'number') return review('review.number-for-qualitative', params);
      return review('review.qualitative', params);
    }
    case 'trend': {
      if (value.kind === 'answer' && !value.absence) return passOrFail(value.yes, { target: targetText, value: valueText }, true);
      if (value.kind !== 'number') return invalidText(value, targetText);
      if (!previous || previous.kind !== 'number') return review('review.no-previous', { target: targetText, value: valueText });
      const pass = compare(value.value, threshold.op, previous.value);
      const shown = { target: `${targetText}(${formatNumber(previous.value)}${unitSuffix(unit)})`, value: valueText };
      return verdictOf(pass, pass ? null : gapOf(value.value, previous.value), shown, unit);
    }
    default:
      // compare, range, bare: a number is needed.
      if (value.kind === 'number') return evaluateNumeric(threshold, value, unit, facts.direction, facts.lang);
      if (value.kind === 'answer') return review('review.answer-for-number', { target: describeTarget(threshold, unit), value: valueText });
      return invalidText(value, targetText);
  }
}

function invalidText(value: ParsedValue, targetText: string): Verdict {
  const text = 'text' in value ? (value.text ?? '') : '';
  return { status: 'invalid', gap: null, key: 'finding.invalid.text', params: { value: text, target: targetText }, issues: [] };
}

export function severityOf(status: Status, property: string | null, mode: CheckMode): Severity {
  switch (status) {
    case 'fail':
      return property === '参考性' || property === '指导性' || property === '预期性' ? 'warning' : 'error';
    case 'missing':
    case 'invalid':
      return mode === 'return' ? 'error' : 'warning';
    case 'review':
      return 'warning';
    default:
      return 'info';
  }
}

/** A department's own verdict in a 达标情况 column, as pass or fail; null when it says neither. */
export function parseClaim(text: string | null | undefined): 'pass' | 'fail' | 'na' | null {
  if (!text) return null;
  const s = normalizeText(text).toUpperCase().replace(/\s/g, '');
  if (!s) return null;
  if (/^(未达标|不达标|未完成|否|N|NO|×|✗|X)$/.test(s)) return 'fail';
  if (/^(达标|已达标|基本达标|完成|已完成|是|Y|YES|√|✓|✔)$/.test(s)) return 'pass';
  if (/^(不适用|不涉及|NA|N\/A)$/.test(s)) return 'na';
  return null;
}

function sameDepartment(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  return ka === kb || (ka.length >= 3 && kb.length >= 3 && (ka.includes(kb) || kb.includes(ka)));
}

/** The threshold as text with its unit left out, a bare number read with the indicator's direction. */
function comparableTarget(x: Threshold | null, direction: Direction | null): string | null {
  if (!x) return null;
  if (x.kind === 'bare' && direction) return formatThreshold({ kind: 'compare', op: direction === 'higher' ? '>=' : '<=', value: x.value });
  if (x.kind === 'compare') return formatThreshold({ kind: 'compare', op: x.op, value: x.value, ...(x.extra ? { extra: x.extra } : {}) });
  if (x.kind === 'range') return formatThreshold({ kind: 'range', min: x.min, max: x.max });
  if (x.kind === 'bare') return formatThreshold({ kind: 'bare', value: x.value });
  return formatThreshold(x);
}

function targetsDiffer(rowTarget: string, catalogTarget: string, direction: Direction | null): boolean {
  return comparableTarget(parseThreshold(rowTarget), direction) !== comparableTarget(parseThreshold(catalogTarget), direction);
}

/**
 * Everything about a row that does not depend on its value: the target, unit, property, departments,
 * direction and the catalog issues. A workbook repeats the same indicator on many rows (a province's
 * districts), so this is worked out once per distinct combination.
 */
interface RowSpec {
  targetText: string | null;
  threshold: Threshold | null;
  unit: string | null;
  property: string | null;
  lead: string[];
  coop: string[];
  category: string | null;
  direction: Direction | null;
  issues: IssueCode[];
  details: string[];
  match: Finding['match'];
}

const SPEC_LIMIT = 20_000;
/** Specs by match, then by each text field of the row in turn: lookups on the cells' own strings, no key to build. */
type SpecTree = Map<unknown, SpecTree | RowSpec>;
const specTrees = new WeakMap<CatalogIndicator, SpecTree>();
const specsWithoutIndicator: SpecTree = new Map();
let specCount = 0;

function rowSpec(row: IndicatorRow, match: CatalogMatch | null, lang: Lang): RowSpec {
  const indicator = match?.indicator ?? null;
  let tree = indicator ? specTrees.get(indicator) : specsWithoutIndicator;
  if (!tree) {
    tree = new Map();
    specTrees.set(indicator!, tree);
  }
  // The name varies most (every row of a sheet of distinct names): last, so that it adds one entry, not a branch.
  const keys = [lang, match?.kind, match?.confidence, row.target, row.unit, row.property, row.lead, row.coop, row.category, row.name];
  let node: SpecTree = tree;
  for (let i = 0; i < keys.length - 1; i++) {
    let next = node.get(keys[i]) as SpecTree | undefined;
    if (!next) {
      next = new Map();
      node.set(keys[i], next);
    }
    node = next;
  }
  const last = keys[keys.length - 1];
  let spec = node.get(last) as RowSpec | undefined;
  if (!spec) {
    if (specCount >= SPEC_LIMIT) {
      specsWithoutIndicator.clear();
      tree.clear();
      specCount = 0;
    }
    spec = buildSpec(row, match, lang);
    node.set(last, spec);
    specCount++;
  }
  return spec;
}

function buildSpec(row: IndicatorRow, match: CatalogMatch | null, lang: Lang): RowSpec {
  const indicator = match?.indicator ?? null;
  const rowTarget = row.target?.trim() || null;
  const targetText = rowTarget ?? indicator?.target ?? null;
  const rowLead = splitDepartments(row.lead);
  const rowCoop = splitDepartments(row.coop);
  const direction = directionFor(row.name, match);
  const issues: IssueCode[] = [];
  const details: string[] = [];
  if (indicator && rowTarget && targetsDiffer(rowTarget, indicator.target, direction)) {
    issues.push('target-mismatch');
    details.push(t(lang, 'issue.target-mismatch', { catalogTarget: indicator.target }));
  }
  if (match && match.kind === 'fuzzy') {
    issues.push('fuzzy-match');
    details.push(t(lang, 'issue.fuzzy-match', { catalogName: match.indicator.name }));
  }
  if (indicator && rowLead.length > 0 && indicator.lead.length > 0 && !rowLead.some((d) => indicator.lead.some((c) => sameDepartment(d, c)))) {
    issues.push('lead-mismatch');
    details.push(t(lang, 'issue.lead-mismatch', { catalogLead: indicator.lead.join('、') }));
  }
  return {
    targetText,
    threshold: parseThreshold(targetText),
    unit: cleanUnit(row.unit) ?? cleanUnit(indicator?.unit) ?? null,
    property: normalizeProperty(row.property) ?? indicator?.property ?? null,
    lead: rowLead.length > 0 ? rowLead : (indicator?.lead ?? []),
    coop: rowCoop.length > 0 ? rowCoop : (indicator?.coop ?? []),
    category: row.category?.trim() || indicator?.category || null,
    direction,
    issues,
    details,
    match: match ? { kind: match.kind, confidence: match.confidence, catalogName: match.indicator.name } : null,
  };
}

const letters: string[] = [];

/** The A1 address, with the column's letters worked out once per column. */
function addressOf(row: number, col: number): string {
  if (col < 0 || col > 16383) return cellAddress(row, col);
  const letter = (letters[col] ??= columnLetter(col));
  return `${letter}${row + 1}`;
}

export function evaluateRow(row: IndicatorRow, match: CatalogMatch | null, context: EvaluateContext): Finding {
  const indicator = match?.indicator ?? null;
  const spec = rowSpec(row, match, context.lang);
  const { unit, property } = spec;

  const value = row.valueCol < 0 ? ({ kind: 'empty' } as const) : parseValue(row.value, row.valueFormat);
  const previous = row.previous ? parseValue(row.previous.value, row.previous.format) : null;

  const facts: RowFacts = { row, unit, direction: spec.direction, lang: context.lang, region: context.region?.trim() || null };
  const verdict = evaluateValue(spec.threshold, value, previous, facts);
  const issues = spec.issues.length === 0 ? verdict.issues : [...spec.issues, ...verdict.issues];
  const details = spec.details.length === 0 ? [] : spec.details.slice();

  const claim = parseClaim(row.status);
  if (claim && (verdict.status === 'pass' || verdict.status === 'fail') && claim !== verdict.status) {
    issues.push('status-mismatch');
    details.push(t(context.lang, 'issue.status-mismatch', { claim: row.status!.trim(), status: t(context.lang, `status.${verdict.status}`) }));
  }

  const severity = severityOf(verdict.status, property, context.mode);
  const worded = wordVerdict(verdict, context.lang, unit, property, row);
  const message = details.length === 0 ? worded : [worded, ...details].join(context.lang === 'en' ? '; ' : ';');
  const col = row.valueCol >= 0 ? row.valueCol : row.nameCol;

  return {
    sheet: row.sheet,
    row: row.row + 1,
    cell: addressOf(row.row, col),
    name: row.name,
    indicatorId: indicator?.id ?? null,
    target: spec.targetText,
    value: findingValue(value),
    unit,
    status: verdict.status,
    severity,
    gap: verdict.gap,
    lead: spec.lead,
    coop: spec.coop,
    issues,
    message,
    property,
    category: spec.category,
    match: spec.match,
    col,
  };
}

function findingValue(value: ParsedValue): number | string | null {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'empty') return value.text ?? null;
  return value.text;
}

function wordVerdict(verdict: Verdict, lang: Lang, unit: string | null, property: string | null, row: IndicatorRow): string {
  const params = verdict.params;
  if (verdict.key === 'finding.missing' || verdict.key === 'finding.missing.pending') {
    params.column = row.valueYear ? `${row.valueYear}` : lang === 'en' ? 'the value cell' : '现状值';
  }
  if (verdict.key === 'finding.fail.gap' || verdict.key === 'finding.change.fail') {
    const gapUnit = (params.gapUnit as string) || unit;
    params.gap = describeGap(Number(params.gapValue), gapUnit || null, lang);
  }
  if (verdict.key === 'finding.review') {
    params.reason = t(lang, String(params.reasonKey), params);
  }
  let text = t(lang, verdict.key, params);
  if (verdict.status === 'fail' && property) text += t(lang, 'property.suffix', { property: propertyLabel(property, lang) });
  return text;
}

function propertyLabel(property: string, lang: Lang): string {
  if (lang !== 'en') return property;
  const labels: Record<string, string> = { 约束性: 'binding', 参考性: 'guiding', 指导性: 'guiding', 预期性: 'expected' };
  return Object.prototype.hasOwnProperty.call(labels, property) ? labels[property] : property;
}
