// The counts of a check in one compact row, one chip per status that occurs (none at 0), each in its
// status's colour — the legend of the marks in the workbook. The chips of the listed statuses are
// toggles that narrow the list to them; pass and n/a are only counted.
import { Caption1, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Status, Summary } from '../../core/types';
import { t } from '../../core/messages';
import type { Translate } from '../strings';
import { STATUS_ORDER } from '../status-style';
import { LISTED_STATUSES } from '../findings-view';
import { StatusSwatch } from './StatusSwatch';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center', margin: 0, padding: 0, listStyleType: 'none' },
  chip: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  counted: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    minHeight: '24px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  toggle: { minWidth: 0, gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface SummaryRowProps {
  summary: Summary;
  /** The statuses the list is narrowed to (none: all). */
  selected: Status[];
  lang: Lang;
  tr: Translate;
  onToggle(status: Status): void;
}

export function SummaryRow({ summary, selected, lang, tr, onToggle }: SummaryRowProps) {
  const styles = useStyles();
  const present = STATUS_ORDER.filter((status) => summary.totals[status] > 0);
  const rate = summary.passRate === null ? tr('counts.noRate', { total: summary.total }) : tr('counts.rate', { total: summary.total, rate: Math.round(summary.passRate * 1000) / 10 });
  return (
    <section className={styles.root} aria-label={tr('counts.label')}>
      <ul className={styles.chips} aria-label={tr('filters.status')}>
        {present.map((status) => {
          const text = `${t(lang, `status.${status}`)} ${summary.totals[status]}`;
          return (
            <li key={status} className={styles.chip}>
              {LISTED_STATUSES.includes(status) ? (
                <ToggleButton
                  className={styles.toggle}
                  size="small"
                  shape="circular"
                  title={tr('counts.filterHint')}
                  checked={selected.includes(status)}
                  icon={<StatusSwatch status={status} />}
                  onClick={() => onToggle(status)}
                >
                  {text}
                </ToggleButton>
              ) : (
                <span className={styles.counted}>
                  <StatusSwatch status={status} />
                  {text}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <Caption1 className={styles.muted}>{`${rate}${lang === 'en' ? '. ' : '。'}${tr('counts.legend')}`}</Caption1>
    </section>
  );
}
