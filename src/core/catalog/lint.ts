// Catalog lint: doubts a person should look at before a catalog is trusted (direction, duplicates, units).
import type { Catalog, CatalogIndicator, Threshold } from '../types';
import { nameKey } from '../text';
import { parseThreshold } from '../parse/threshold';
import { directionFromName } from '../parse/direction';
import { cleanIndicatorName } from './match';

export type LintKind = 'direction' | 'duplicate' | 'missing-unit' | 'unit-denominator' | 'unparsed-target';

export interface LintFinding {
  indicatorId: string;
  kind: LintKind;
  message: string;
}

const NUMERIC_KINDS = new Set<Threshold['kind']>(['compare', 'range', 'bare']);

/** Which way a comparator says "better": ≥ and > for higher-is-better, ≤ and < for lower-is-better. */
function comparatorDirection(threshold: Threshold): 'higher' | 'lower' | null {
  if (threshold.kind !== 'compare' && threshold.kind !== 'trend') return null;
  if (threshold.op === '>=' || threshold.op === '>') return 'higher';
  if (threshold.op === '<=' || threshold.op === '<') return 'lower';
  return null;
}

function lintIndicator(indicator: CatalogIndicator): LintFinding[] {
  const out: LintFinding[] = [];
  const say = (kind: LintKind, message: string) => out.push({ indicatorId: indicator.id, kind, message });
  const threshold = parseThreshold(indicator.target);
  const fromName = directionFromName(indicator.name);
  const declared = indicator.direction ?? null;

  if (threshold) {
    const fromComparator = comparatorDirection(threshold);
    if (fromComparator && declared && fromComparator !== declared) {
      say('direction', `目标 ${indicator.target} 的比较方向与 direction=${declared} 相反`);
    } else if (fromComparator && fromName && fromComparator !== fromName && !declared) {
      say('direction', `目标 ${indicator.target} 的比较方向与指标名称(${fromName === 'lower' ? '越低越好' : '越高越好'})相反`);
    }
    if (declared && fromName && declared !== fromName) {
      say('direction', `direction=${declared},但指标名称看来${fromName === 'lower' ? '越低越好' : '越高越好'}`);
    }
    if (threshold.kind === 'bare' && !declared && !fromName) {
      say('direction', `目标 ${indicator.target} 只有数值,方向未知:请填写 direction`);
    }
    const unitless = /系数|指数|比值|倍数/.test(indicator.name);
    if (NUMERIC_KINDS.has(threshold.kind) && !unitless && !indicator.unit && !('unit' in threshold && threshold.unit)) {
      say('missing-unit', `数值目标 ${indicator.target} 没有单位`);
    }
    if (threshold.kind === 'qualitative' && /\d/.test(indicator.target)) {
      say('unparsed-target', `目标 ${indicator.target} 含数字,却没有读出数值比较`);
    }
  }
  const unit = indicator.unit ?? '';
  const isRate = /率|比例|比重|占比/.test(indicator.name) || unit === '%';
  if (!isRate && /(单位|万元|每)/.test(indicator.name) && /(能耗|水耗|用水量|排放|用地)/.test(indicator.name) && unit && !unit.includes('/')) {
    say('unit-denominator', `强度指标的单位 ${unit} 缺少分母(如 /万元)`);
  }
  return out;
}

export function lintCatalog(catalog: Catalog): LintFinding[] {
  const findings = catalog.indicators.flatMap(lintIndicator);
  const seen = new Map<string, string>();
  for (const indicator of catalog.indicators) {
    const key = `${nameKey(cleanIndicatorName(indicator.name))}|${indicator.year ?? ''}`;
    const first = seen.get(key);
    if (first) {
      findings.push({ indicatorId: indicator.id, kind: 'duplicate', message: `与 ${first} 同名(${indicator.name})` });
    } else {
      seen.set(key, indicator.id);
    }
  }
  return findings;
}
