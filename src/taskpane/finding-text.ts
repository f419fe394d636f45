// A finding's parts as the pane shows them: target and value with their unit, the gap, and the
// message without the fuzzy-match question (the pane asks that on its own line).
import type { Finding, Lang } from '../core/types';
import { t } from '../core/messages';
import { formatNumber } from '../core/format';
import { isPercentUnit } from '../core/parse/units';
import type { Translate } from './strings';

/** Units that are placeholders, not units: `-`, `—`, `/`. */
function realUnit(unit: string | null): string {
  const u = unit?.trim() ?? '';
  return /^[-—–/\\]*$/.test(u) ? '' : u;
}

/** `≥40%`: the unit is added when the target ends with a number. */
export function targetText(finding: Finding): string | null {
  if (!finding.target) return null;
  return /\d$/.test(finding.target) ? `${finding.target}${realUnit(finding.unit)}` : finding.target;
}

export function valueText(finding: Finding, tr: Translate): string {
  if (finding.value === null || finding.value === '') return tr('finding.empty');
  if (typeof finding.value === 'number') return `${formatNumber(finding.value)}${realUnit(finding.unit)}`;
  return finding.value;
}

export function gapText(finding: Finding, tr: Translate, lang: Lang): string | null {
  if (finding.gap === null) return null;
  const gap = formatNumber(finding.gap);
  if (isPercentUnit(finding.unit)) return tr('finding.gapPoints', { gap });
  const unit = realUnit(finding.unit);
  return lang === 'en' && unit ? `${gap} ${unit}` : `${gap}${unit}`;
}

/**
 * The message with the core's fuzzy-match sentence taken out. `messageLang` is the language the
 * check ran in, which is the language of the message.
 */
export function messageWithoutFuzzy(finding: Finding, messageLang: Lang): string {
  if (!finding.match || !finding.issues.includes('fuzzy-match')) return finding.message;
  const sentence = t(messageLang, 'issue.fuzzy-match', { catalogName: finding.match.catalogName });
  const separator = messageLang === 'en' ? '; ' : ';';
  return finding.message.replace(separator + sentence, '').replace(sentence, '');
}

/** The catalog name to ask about, for a finding matched by a similar name. */
export function fuzzyCatalogName(finding: Finding): string | null {
  return finding.issues.includes('fuzzy-match') && finding.match ? finding.match.catalogName : null;
}
