// One finding as a focusable row: the indicator, target against value, the gap, the lead department
// and what to do. Activating it (click, Enter, Space) selects the finding's cell.
import { useId } from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Lang } from '../../core/types';
import { t } from '../../core/messages';
import type { Translate } from '../strings';
import { STATUS_COLOR } from '../status-style';
import { fuzzyCatalogName, gapText, messageWithoutFuzzy, targetText, valueText } from '../finding-text';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: 'start',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  heading: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  name: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  badge: { flexShrink: 0 },
  line: { display: 'block' },
  muted: { display: 'block', color: tokens.colorNeutralForeground3 },
  question: { display: 'block', color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface FindingItemProps {
  finding: Finding;
  tr: Translate;
  lang: Lang;
  /** The language the check ran in: its messages are in that language. */
  messageLang: Lang;
  onSelect(finding: Finding): void;
}

export function FindingItem({ finding, tr, lang, messageLang, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const detailsId = useId();
  const status = t(lang, `status.${finding.status}`);
  const target = targetText(finding);
  const gap = gapText(finding, tr, lang);
  const fuzzy = fuzzyCatalogName(finding);
  const facts = [
    target !== null ? `${tr('finding.target')} ${target}` : null,
    `${tr('finding.value')} ${valueText(finding, tr)}`,
    gap !== null ? `${tr('finding.gap')} ${gap}` : null,
  ].filter((part) => part !== null);
  const lead = finding.lead.length > 0 ? finding.lead.join('、') : tr('finding.unassigned');
  return (
    <button
      type="button"
      data-finding={finding.cell}
      className={styles.item}
      onClick={() => onSelect(finding)}
      aria-label={tr('finding.goTo', { name: finding.name, status, sheet: finding.sheet, cell: finding.cell })}
      aria-describedby={detailsId}
    >
      <span className={styles.heading}>
        <span className={styles.name}>{finding.name}</span>
        <Badge className={styles.badge} size="small" appearance="outline" color={STATUS_COLOR[finding.status]}>
          {status}
        </Badge>
      </span>
      <span id={detailsId}>
        <span className={styles.line}>{facts.join(' · ')}</span>
        <span className={styles.muted}>
          {`${tr('finding.leadLine', { lead })} · ${tr('finding.where', { sheet: finding.sheet, cell: finding.cell })}`}
        </span>
        <span className={styles.line}>{messageWithoutFuzzy(finding, messageLang)}</span>
        {fuzzy !== null && <span className={styles.question}>{tr('finding.didYouMean', { name: fuzzy })}</span>}
      </span>
    </button>
  );
}
