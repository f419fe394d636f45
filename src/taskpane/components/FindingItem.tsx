// One finding: a button whose text is its name, target, value and gap on one line, then its lead
// department and cell. Activating it (click, Enter, Space) selects the cell and opens the full message
// below it. Its tabIndex comes from the list, which keeps one tab stop and moves with the arrow keys.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Lang } from '../../core/types';
import type { Translate } from '../strings';
import { PALETTE, markStyleOf } from '../../core/mark-style';
import { STATUS_SWATCH } from '../status-style';
import { fuzzyCatalogName, gapText, messageWithoutFuzzy, targetText, valueText } from '../finding-text';

/** The colour of the finding's mark in its cell: a guiding indicator that fails is marked Neutral, as in the workbook. */
function markColour(finding: Finding): string {
  const mark = markStyleOf(finding);
  return mark ? PALETTE[mark].font : STATUS_SWATCH[finding.status].font;
}

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderRadius: tokens.borderRadiusSmall,
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
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} calc(${tokens.spacingHorizontalS} + 3px)`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  question: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface FindingItemProps {
  finding: Finding;
  tr: Translate;
  lang: Lang;
  /** The language the check ran in: its messages are in that language. */
  messageLang: Lang;
  expanded: boolean;
  tabIndex: 0 | -1;
  detailsId: string;
  onActivate(finding: Finding): void;
  onFocus(finding: Finding): void;
}

export function FindingItem({ finding, tr, lang, messageLang, expanded, tabIndex, detailsId, onActivate, onFocus }: FindingItemProps) {
  const styles = useStyles();
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
    <li>
      <button
        type="button"
        data-finding={`${finding.sheet}!${finding.cell}`}
        className={styles.item}
        style={{ borderLeftColor: markColour(finding) }}
        tabIndex={tabIndex}
        aria-expanded={expanded}
        aria-controls={expanded ? detailsId : undefined}
        onClick={() => onActivate(finding)}
        onFocus={() => onFocus(finding)}
      >
        <span>
          <span className={styles.name}>{finding.name}</span>
          {` · ${facts.join(' · ')}`}
        </span>
        <span className={styles.muted}>{`${lead} · ${tr('finding.where', { sheet: finding.sheet, cell: finding.cell })}`}</span>
      </button>
      {expanded && (
        <div id={detailsId} className={styles.details}>
          <span>{messageWithoutFuzzy(finding, messageLang)}</span>
          {fuzzy !== null && <span className={styles.question}>{tr('finding.didYouMean', { name: fuzzy })}</span>}
        </div>
      )}
    </li>
  );
}
