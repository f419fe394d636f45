// The findings grouped as Excel's Accessibility Checker groups its pane — errors, warnings, things to
// review — each group with its count, and inside a group by sheet.
import { useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, QuestionCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Finding, Lang } from '../../core/types';
import type { FindingGroup, GroupKey } from '../findings-view';
import type { Translate } from '../strings';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalS },
  sheetName: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  review: { color: tokens.colorBrandForeground1 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface FindingListProps {
  groups: FindingGroup[];
  /** Whether filters hide everything (as opposed to there being nothing to list). */
  filtered: boolean;
  tr: Translate;
  lang: Lang;
  messageLang: Lang;
  onSelect(finding: Finding): void;
}

function GroupIcon({ group }: { group: GroupKey }) {
  const styles = useStyles();
  switch (group) {
    case 'error':
      return <ErrorCircle16Filled className={styles.error} />;
    case 'warning':
      return <Warning16Filled className={styles.warning} />;
    case 'review':
      return <QuestionCircle16Filled className={styles.review} />;
  }
}

export function FindingList({ groups, filtered, tr, lang, messageLang, onSelect }: FindingListProps) {
  const styles = useStyles();
  // Groups start open; the ones the user closes stay closed while the list changes under the filters.
  const [closed, setClosed] = useState<GroupKey[]>([]);
  if (groups.length === 0) {
    return <Text className={styles.empty}>{filtered ? tr('findings.noneFiltered') : tr('findings.none')}</Text>;
  }
  const openItems = groups.map((g) => g.key).filter((key) => !closed.includes(key));
  return (
    <section aria-label={tr('findings.label')}>
      <Accordion
        multiple
        collapsible
        openItems={openItems}
        onToggle={(_, data) => {
          const key = data.value as GroupKey;
          setClosed((was) => (was.includes(key) ? was.filter((k) => k !== key) : [...was, key]));
        }}
      >
        {groups.map((group) => {
          const header = tr('group.header', { label: tr(`group.${group.key}`), count: group.count });
          return (
            <AccordionItem key={group.key} value={group.key}>
              <AccordionHeader icon={<GroupIcon group={group.key} />} expandIconPosition="end">
                {header}
              </AccordionHeader>
              <AccordionPanel role="region" aria-label={header}>
                {group.sheets.map(({ sheet, findings }) => (
                  <section key={sheet} className={styles.sheet} aria-label={sheet}>
                    <Text size={200} className={styles.sheetName}>
                      {sheet}
                    </Text>
                    <ul className={styles.list}>
                      {findings.map((finding) => (
                        <li key={`${finding.sheet}!${finding.cell}`}>
                          <FindingItem finding={finding} tr={tr} lang={lang} messageLang={messageLang} onSelect={onSelect} />
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
