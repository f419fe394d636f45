// The findings grouped by status, each group under a heading in its status's colour that opens and
// closes it, shown a page at a time (a sheet of thousands of rows stays quick), with one tab stop for
// the whole list and the arrow keys moving through it.
import { useId, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { Finding, Lang, Status } from '../../core/types';
import { t } from '../../core/messages';
import { findingKey, type FindingGroup } from '../findings-view';
import type { Translate } from '../strings';
import { rovingKeyDown } from '../roving-focus';
import { FindingItem } from './FindingItem';
import { StatusSwatch } from './StatusSwatch';

/** Findings shown per group before "show more". */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    textAlign: 'start',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  more: { alignSelf: 'flex-start' },
  empty: { color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface FindingListProps {
  groups: FindingGroup[];
  /** Indicator rows checked: none means the tables had no rows, not that nothing needs fixing. */
  total: number;
  /** Whether filters hide everything (as opposed to there being nothing to list). */
  filtered: boolean;
  tr: Translate;
  lang: Lang;
  messageLang: Lang;
  onSelect(finding: Finding): void;
}

export function FindingList({ groups, total, filtered, tr, lang, messageLang, onSelect }: FindingListProps) {
  const styles = useStyles();
  const baseId = useId();
  const [closed, setClosed] = useState<Status[]>([]);
  const [shown, setShown] = useState<Partial<Record<Status, number>>>({});
  const [active, setActive] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);

  if (groups.length === 0) {
    const text = total === 0 ? tr('findings.noRows') : filtered ? tr('findings.noneFiltered') : tr('findings.none', { total });
    return <Text className={styles.empty}>{text}</Text>;
  }

  const visible = groups.map((group) => ({
    ...group,
    open: !closed.includes(group.status),
    page: group.findings.slice(0, shown[group.status] ?? PAGE_SIZE),
  }));
  const reachable = visible.flatMap((g) => (g.open ? g.page.map(findingKey) : []));
  const tabStop = active !== null && reachable.includes(active) ? active : reachable[0];

  const activate = (finding: Finding) => {
    const key = findingKey(finding);
    setActive(key);
    setExpanded(key);
    onSelect(finding);
  };

  return (
    <section className={styles.root} aria-label={tr('findings.label')} onKeyDown={rovingKeyDown('[data-finding]')}>
      <Text size={200} className={styles.hint} id={`${baseId}-keys`}>
        {tr('findings.keys')}
      </Text>
      {visible.map((group) => {
        const word = t(lang, `status.${group.status}`);
        const listId = `${baseId}-${group.status}`;
        const rest = group.findings.length - group.page.length;
        return (
          <div key={group.status}>
            <h2 className={styles.heading}>
              <button
                type="button"
                className={styles.toggle}
                aria-expanded={group.open}
                aria-controls={listId}
                onClick={() => setClosed((was) => (was.includes(group.status) ? was.filter((s) => s !== group.status) : [...was, group.status]))}
              >
                {group.open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
                <StatusSwatch status={group.status} />
                {word}
              </button>
            </h2>
            {group.open && (
              <>
                <ul id={listId} className={styles.list} aria-label={word} aria-describedby={`${baseId}-keys`}>
                  {group.page.map((finding) => {
                    const key = findingKey(finding);
                    return (
                      <FindingItem
                        key={key}
                        finding={finding}
                        tr={tr}
                        lang={lang}
                        messageLang={messageLang}
                        expanded={expanded === key}
                        tabIndex={key === tabStop ? 0 : -1}
                        detailsId={`${baseId}-details`}
                        onActivate={activate}
                        onFocus={() => setActive(key)}
                      />
                    );
                  })}
                </ul>
                {rest > 0 && (
                  <Button
                    className={styles.more}
                    size="small"
                    appearance="subtle"
                    onClick={() => setShown((was) => ({ ...was, [group.status]: group.page.length + PAGE_SIZE }))}
                  >
                    {tr('findings.more', { count: Math.min(rest, PAGE_SIZE), total: group.findings.length })}
                  </Button>
                )}
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
