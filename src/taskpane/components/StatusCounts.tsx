// A row of badges with the count of each status and the pass rate, after a check.
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Summary } from '../../core/types';
import { t } from '../../core/messages';
import type { Translate } from '../strings';
import { STATUS_COLOR, STATUS_ORDER } from '../status-style';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  rate: { color: tokens.colorNeutralForeground2 },
});

export interface StatusCountsProps {
  summary: Summary;
  lang: Lang;
  tr: Translate;
}

export function StatusCounts({ summary, lang, tr }: StatusCountsProps) {
  const styles = useStyles();
  const rate = summary.passRate === null ? tr('counts.noRate') : tr('counts.rate', { rate: Math.round(summary.passRate * 1000) / 10 });
  return (
    <section className={styles.root} aria-label={tr('counts.label')}>
      <div className={styles.badges} role="list">
        {STATUS_ORDER.map((status) => (
          <Badge key={status} role="listitem" appearance="tint" shape="rounded" color={STATUS_COLOR[status]}>
            {`${t(lang, `status.${status}`)} ${summary.totals[status]}`}
          </Badge>
        ))}
      </div>
      <Text size={200} className={styles.rate}>
        {`${tr('counts.total', { total: summary.total })} · ${rate}`}
      </Text>
    </section>
  );
}
