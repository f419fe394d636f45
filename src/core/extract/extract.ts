// `extract`'s core entry: the text of one or more plans → one catalog draft, valid against the
// catalog schema (parseCatalog validates it before it is handed out).
import { parseCatalog } from '../catalog/load';
import { extractDraft, type ExtractOptions, type ExtractResult, type IndicatorConfidence } from './draft';
import type { CatalogIndicator } from '../types';

export type { ExtractOptions, ExtractResult, IndicatorConfidence } from './draft';
export type { Confidence } from './draft';
export { doubtText } from './doubts';

export interface PlanText {
  /** The file name, for the catalog's `source`. */
  name: string;
  text: string;
}

/** A catalog id made from a file name: `003_1ebf.txt` → `003-1ebf`; `draft` when nothing is left. */
export function catalogIdFrom(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const id = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id || 'draft';
}

/** One catalog from the plans given (a plan and its annex read as one), ids numbered through. */
export function extractCatalog(plans: PlanText[], options: ExtractOptions = {}): ExtractResult {
  const id = options.id ?? catalogIdFrom(plans[0]?.name ?? '');
  const indicators: CatalogIndicator[] = [];
  const confidence: IndicatorConfidence[] = [];
  let title = '';
  let issued: string | null = null;
  for (const plan of plans) {
    const draft = extractDraft(plan.text, { id });
    title ||= draft.title;
    issued ??= draft.issued;
    for (const [i, indicator] of draft.indicators.entries()) {
      const newId = `${id}-${String(indicators.length + 1).padStart(2, '0')}`;
      indicators.push({ ...indicator, id: newId });
      confidence.push({ ...draft.confidence[i], id: newId });
    }
  }
  const json = {
    id,
    title: title || plans[0]?.name || id,
    issued,
    source: plans.map((p) => p.name).join(', ') || null,
    version: 'draft',
    indicators,
  };
  if (indicators.length === 0) return { catalog: { ...json, indicators: [] }, confidence };
  return { catalog: parseCatalog(json, json.source ?? id), confidence };
}
