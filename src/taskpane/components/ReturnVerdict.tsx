// The verdict of a departmental return's check: 可以报送, or what to fix in order (blocking items
// first, then hints to fix or explain), each a button that goes to its cell.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { t } from '../../core/messages';
import type { ReturnCounts, ReturnItem } from '../../core/returns/check-return';
import type { ReturnJobOutcome } from '../../addin/return-job';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', minWidth: 0, overflowWrap: 'anywhere' },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  blocking: { color: tokens.colorStatusDangerForeground1, marginRight: tokens.spacingHorizontalXS },
  hint: { color: tokens.colorStatusWarningForeground1, marginRight: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

const COUNTED = ['pass', 'fail', 'review', 'missing', 'invalid', 'na'] as const;

/** The counts of a return in one line, leaving out the statuses at 0; full-width punctuation in Chinese. */
export function returnCountsLine(counts: ReturnCounts, lang: Lang): string {
  const present = COUNTED.filter((status) => counts[status] > 0);
  if (lang === 'en') {
    const parts = present.map((status) => `${counts[status]} ${t(lang, `status.${status}`).toLowerCase()}`);
    if (counts.hints > 0) parts.push(`${counts.hints} to fix or explain, ${counts.explained} explained`);
    return `${counts.indicators} indicators: ${parts.join(', ')}.`;
  }
  const parts = present.map((status) => `${t(lang, `status.${status}`)}${counts[status]}项`);
  if (counts.hints > 0) parts.push(`提示性问题${counts.hints}项，已说明${counts.explained}项`);
  return `共${counts.indicators}项指标：${parts.join('，')}。`;
}

export interface ReturnVerdictProps {
  outcome: ReturnJobOutcome;
  lang: Lang;
  onSelect(item: ReturnItem): void;
}

export function ReturnVerdict({ outcome, lang, onSelect }: ReturnVerdictProps) {
  const styles = useStyles();
  const several = outcome.checks.length > 1;
  return (
    <section className={styles.root} aria-label={t(lang, 'return.pane.title')}>
      {outcome.markError && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(lang, 'return.marks.protected')}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.checks.map((check) => {
        const toFix = check.items.filter((i) => i.blocks);
        const blocking = toFix.filter((i) => i.tier === 'blocking').length;
        const heading = several ? `${check.sheet}(${check.marker.department}):` : '';
        return (
          <div key={check.sheet} className={styles.root}>
            {toFix.length === 0 ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{heading + t(lang, 'return.ready')}</MessageBarTitle>
                  {outcome.stamped === true && !several && t(lang, 'return.stamp.written')}
                  {outcome.stamped === false && t(lang, 'return.stamp.unsupported')}
                </MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{heading + t(lang, 'return.blocked', { blocking, hints: toFix.length - blocking })}</MessageBarTitle>
                  </MessageBarBody>
                </MessageBar>
                <ol className={styles.list} aria-label={t(lang, 'cli.return.fix')}>
                  {toFix.map((item) => (
                    <li key={`${item.kind}:${item.row}:${item.col}`}>
                      <Button appearance="subtle" className={styles.item} onClick={() => onSelect(item)}>
                        <span>
                          <span className={styles.cell}>{item.cell}</span>
                          <span className={item.tier === 'blocking' ? styles.blocking : styles.hint}>[{t(lang, `return.tier.${item.tier}`)}]</span>
                          {item.message}
                        </span>
                      </Button>
                    </li>
                  ))}
                </ol>
              </>
            )}
            <Text size={200} className={styles.muted}>
              {returnCountsLine(check.counts, lang)}
            </Text>
          </div>
        );
      })}
    </section>
  );
}
