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
  ParsedValue,
  Severity,
  Status,
  Threshold,
} from './types';
import { cellAddress } from './address';
import { formatNumber, roundNoise } from './format';
import { t } from './messages';
import { nameKey, normalizeText } from './text';
import { normalizeProperty, splitDepartments } from './departments';
import { formatThreshold, parseThreshold } from './parse/threshold';
import { parseValue } from './parse/value';
import { compareUnits, isPercentUnit } from './parse/units';
import { directionFromName } from './parse/direction';
import { asksForAbsence } from './parse/answers';

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

/** How far `actual` is from meeting `op target`, always ≥ 0. */
function gapOf(actual: number, op: Comparator, target: number): number {
  return roundNoise(Math.abs(target - actual));
}

function directionFor(name: string, indicator: CatalogIndicator | null): Direction | null {
  return indicator?.direction ?? directionFromName(name);
}

/** The threshold that applies: a regional target resolved for the chosen region, or null when none applies. */
function resolveRegion(threshold: Threshold, region: string | null | undefined): Threshold | null {
  if (threshold.kind !== 'regional') return threshold;
  if (!region) return null;
  const wanted = nameKey(region);
  const part = threshold.parts.find((p) => {
    const key = nameKey(p.region);
    return key === wanted || key.includes(wanted) || wanted.includes(key);
  });
  return part ? part.threshold : null;
}

/** The threshold's text with the row's unit where the threshold itself has none: `≥80%`. */
export function describeTarget(threshold: Threshold, unit: string | null): string {
  if ((threshold.kind === 'compare' || threshold.kind === 'range' || threshold.kind === 'bare') && !threshold.unit && unit) {
    return formatThreshold({ ...threshold, unit });
  }
  return formatThreshold(threshold);
}

function describeValue(value: ParsedValue, unit: string | null): string {
  switch (value.kind) {
    case 'number': {
      const u = value.percent || isPercentUnit(unit) ? '%' : (value.unit ?? unit ?? '');
      return `${formatNumber(value.value)}${u}`;
    }
    case 'empty':
      return '';
    default:
      return value.text;
  }
}

function describeGap(gap: number, unit: string | null, lang: Lang): string {
  if (isPercentUnit(unit)) return t(lang, 'gap.points', { gap: formatNumber(gap) });
  return t(lang, 'gap.unit', { gap: formatNumber(gap), unit: unit ?? '' }).trim();
}

function review(key: string, params: Record<string, string | number>, issues: IssueCode[] = []): Verdict {
  return { status: 'review', gap: null, key: 'finding.review', params: { ...params, reasonKey: key }, issues };
}

/** A numeric threshold against a numeric value. */
function evaluateNumeric(
  threshold: Extract<Threshold, { kind: 'compare' | 'range' | 'bare' }>,
  value: Extract<ParsedValue, { kind: 'number' }>,
  unit: string | null,
  direction: Direction | null,
): Verdict {
  const targetUnit = threshold.unit ?? unit;
  const shown = { target: describeTarget(threshold, unit), value: describeValue(value, targetUnit) };

  if (value.unit && targetUnit && !value.percent && compareUnits(value.unit, targetUnit) === 'mismatch') {
    return review('review.unit-mismatch', { ...shown, written: value.unit, unit: targetUnit }, ['unit-mismatch']);
  }
  const targetNumber = threshold.kind === 'range' ? threshold.min : threshold.value;
  if (isPercentUnit(targetUnit) && !value.percent && Math.abs(value.value) <= 1 && targetNumber > 1) {
    return review(
      'review.unit-suspect',
      { ...shown, value: formatNumber(value.value), percent: formatNumber(value.value * 100) },
      ['unit-suspect'],
    );
  }

  const actual = value.value;
  if (threshold.kind === 'range') {
    const pass = compare(actual, '>=', threshold.min) && compare(actual, '<=', threshold.max);
    const gap = pass ? null : actual < threshold.min ? gapOf(actual, '>=', threshold.min) : gapOf(actual, '<=', threshold.max);
    return verdictOf(pass, gap, shown, targetUnit);
  }
  let op: Comparator;
  if (threshold.kind === 'bare') {
    if (!direction) return review('review.direction', shown);
    op = direction === 'higher' ? '>=' : '<=';
  } else {
    op = threshold.op;
  }
  const pass = compare(actual, op, threshold.value);
  if (pass && threshold.kind === 'compare' && threshold.extra) {
    return review('review.extra', { ...shown, extra: threshold.extra });
  }
  return verdictOf(pass, pass ? null : gapOf(actual, op, threshold.value), shown, targetUnit);
}

function verdictOf(
  pass: boolean,
  gap: number | null,
  shown: { target: string; value: string },
  unit: string | null,
): Verdict {
  if (pass) return { status: 'pass', gap: null, key: 'finding.pass', params: shown, issues: [] };
  if (gap === null || gap === 0) return { status: 'fail', gap, key: 'finding.fail', params: shown, issues: [] };
  return { status: 'fail', gap, key: 'finding.fail.gap', params: { ...shown, gapUnit: unit ?? '', gapValue: gap }, issues: [] };
}

function evaluateValue(
  threshold: Threshold | null,
  value: ParsedValue,
  previous: ParsedValue | null,
  row: IndicatorRow,
  unit: string | null,
  indicator: CatalogIndicator | null,
  region: string | null | undefined,
): Verdict {
  const valueText = describeValue(value, unit);
  switch (value.kind) {
    case 'empty':
      return { status: 'missing', gap: null, key: 'finding.missing', params: {}, issues: [] };
    case 'error':
      return { status: 'invalid', gap: null, key: 'finding.invalid.error', params: { value: value.text }, issues: [] };
    case 'date':
      return { status: 'invalid', gap: null, key: 'finding.invalid.date', params: { value: value.text }, issues: [] };
    case 'na':
      return { status: 'na', gap: null, key: 'finding.na', params: { value: value.text }, issues: [] };
  }
  if (!threshold) return review('review.no-target', { value: valueText });
  const targetText = formatThreshold(threshold);

  if (threshold.kind === 'regional') {
    const applying = resolveRegion(threshold, region);
    if (!applying) return review('review.region', { target: targetText, value: valueText });
    return evaluateValue(applying, value, previous, row, unit, indicator, region);
  }
  if (threshold.kind === 'external') return review('review.external', { target: targetText, value: valueText });

  if (threshold.kind === 'qualitative') {
    if (value.kind === 'answer') {
      if (value.absence && !threshold.absence) return review('review.qualitative', { target: targetText, value: valueText });
      if (value.yes) return { status: 'pass', gap: null, key: 'finding.pass', params: { target: targetText, value: valueText }, issues: [] };
      return { status: 'fail', gap: null, key: 'finding.fail.qualitative', params: { target: targetText, value: valueText }, issues: [] };
    }
    if (value.kind === 'number' && (threshold.absence || asksForAbsence(threshold.text))) {
      // A count of events against a target of none (未发生重大环境事件: 0).
      const pass = value.value === 0;
      return pass
        ? { status: 'pass', gap: null, key: 'finding.pass', params: { target: targetText, value: valueText }, issues: [] }
        : { status: 'fail', gap: null, key: 'finding.fail.qualitative', params: { target: targetText, value: valueText }, issues: [] };
    }
    if (value.kind === 'number') return review('review.number-for-qualitative', { target: targetText, value: valueText });
    return review('review.qualitative', { target: targetText, value: valueText });
  }

  if (threshold.kind === 'trend') {
    if (value.kind === 'answer' && !value.absence) {
      const params = { target: targetText, value: valueText };
      return value.yes
        ? { status: 'pass', gap: null, key: 'finding.pass', params, issues: [] }
        : { status: 'fail', gap: null, key: 'finding.fail.qualitative', params, issues: [] };
    }
    if (value.kind !== 'number') return invalidText(value, targetText);
    if (!previous || previous.kind !== 'number') return review('review.no-previous', { target: targetText, value: valueText });
    const pass = compare(value.value, threshold.op, previous.value);
    const shown = {
      target: `${targetText}(${formatNumber(previous.value)}${isPercentUnit(unit) ? '%' : (unit ?? '')})`,
      value: valueText,
    };
    return verdictOf(pass, pass ? null : gapOf(value.value, threshold.op, previous.value), shown, unit);
  }

  // compare, range, bare: a number is needed.
  if (value.kind === 'number') {
    return evaluateNumeric(threshold, value, unit, directionFor(row.name, indicator));
  }
  if (value.kind === 'answer') return review('review.answer-for-number', { target: describeTarget(threshold, unit), value: valueText });
  return invalidText(value, targetText);
}

function invalidText(value: ParsedValue, targetText: string): Verdict {
  const text = 'text' in value ? value.text : '';
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

export function evaluateRow(row: IndicatorRow, match: CatalogMatch | null, context: EvaluateContext): Finding {
  const indicator = match?.indicator ?? null;
  const rowTarget = row.target?.trim() || null;
  const targetText = rowTarget ?? indicator?.target ?? null;
  const threshold = parseThreshold(targetText);
  const unit = row.unit?.trim() || indicator?.unit || null;
  const property = normalizeProperty(row.property) ?? indicator?.property ?? null;
  const rowLead = splitDepartments(row.lead);
  const lead = rowLead.length > 0 ? rowLead : (indicator?.lead ?? []);
  const rowCoop = splitDepartments(row.coop);
  const coop = rowCoop.length > 0 ? rowCoop : (indicator?.coop ?? []);

  const value = row.valueCol < 0 ? ({ kind: 'empty' } as const) : parseValue(row.value, row.valueFormat);
  const previous = row.previous ? parseValue(row.previous.value, row.previous.format) : null;

  const verdict = evaluateValue(threshold, value, previous, row, unit, indicator, context.region);
  const issues = [...verdict.issues];
  const details: string[] = [];

  if (indicator && rowTarget && targetsDiffer(rowTarget, indicator.target, directionFor(row.name, indicator))) {
    issues.push('target-mismatch');
    details.push(t(context.lang, 'issue.target-mismatch', { catalogTarget: indicator.target }));
  }
  if (match && match.kind === 'fuzzy') {
    issues.push('fuzzy-match');
    details.push(t(context.lang, 'issue.fuzzy-match', { catalogName: match.indicator.name }));
  }
  if (indicator && rowLead.length > 0 && indicator.lead.length > 0 && !rowLead.some((d) => indicator.lead.some((c) => sameDepartment(d, c)))) {
    issues.push('lead-mismatch');
    details.push(t(context.lang, 'issue.lead-mismatch', { catalogLead: indicator.lead.join('、') }));
  }
  const claim = parseClaim(row.status);
  if (claim && (verdict.status === 'pass' || verdict.status === 'fail') && claim !== verdict.status) {
    issues.push('status-mismatch');
    details.push(
      t(context.lang, 'issue.status-mismatch', { claim: row.status!.trim(), status: t(context.lang, `status.${verdict.status}`) }),
    );
  }

  const severity = severityOf(verdict.status, property, context.mode);
  const message = [wordVerdict(verdict, context.lang, unit, property, row), ...details].join(context.lang === 'en' ? '; ' : ';');

  return {
    sheet: row.sheet,
    row: row.row + 1,
    cell: cellAddress(row.row, row.valueCol >= 0 ? row.valueCol : row.nameCol),
    name: row.name,
    indicatorId: indicator?.id ?? null,
    target: targetText,
    value: findingValue(value),
    unit,
    status: verdict.status,
    severity,
    gap: verdict.gap,
    lead,
    coop,
    issues,
    message,
    property,
    category: row.category?.trim() || indicator?.category || null,
    match: match ? { kind: match.kind, confidence: match.confidence, catalogName: match.indicator.name } : null,
    col: row.valueCol >= 0 ? row.valueCol : row.nameCol,
  };
}

function findingValue(value: ParsedValue): number | string | null {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'empty') return null;
  return value.text;
}

function wordVerdict(verdict: Verdict, lang: Lang, unit: string | null, property: string | null, row: IndicatorRow): string {
  const params: Record<string, string | number> = { ...verdict.params };
  if (verdict.key === 'finding.missing') {
    params.column = row.valueYear ? `${row.valueYear}` : lang === 'en' ? 'the value cell' : '现状值';
  }
  if (verdict.key === 'finding.fail.gap') {
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
  return labels[property] ?? property;
}
