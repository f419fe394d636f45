// The pane's two tabs (核查, 部门填报表) as an ARIA tab list: one tab stop, the arrow keys move
// between the tabs and choose them. Plain buttons: lighter than Fluent's TabList, whose focus
// sentinels axe reports as focusable hidden elements.
import type { KeyboardEvent } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { display: 'flex', gap: tokens.spacingHorizontalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tab: {
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    marginBottom: `calc(-1 * ${tokens.strokeWidthThin})`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1 },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px', borderRadius: tokens.borderRadiusMedium },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorCompoundBrandStroke },
});

export interface PaneTab<T extends string> {
  value: T;
  label: string;
  /** data-testid of the tab's button (the web page's tabs have one). */
  testId?: string;
}

export interface PaneTabsProps<T extends string> {
  idPrefix: string;
  label: string;
  tabs: PaneTab<T>[];
  selected: T;
  onSelect(value: T): void;
}

export const tabId = (prefix: string, value: string) => `${prefix}-${value}-tab`;
export const panelId = (prefix: string, value: string) => `${prefix}-${value}-panel`;

export function PaneTabs<T extends string>({ idPrefix, label, tabs, selected, onSelect }: PaneTabsProps<T>) {
  const styles = useStyles();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.value === selected);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const index = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : step ? (at + step + tabs.length) % tabs.length : -1;
    if (index < 0) return;
    event.preventDefault();
    onSelect(tabs[index].value);
    document.getElementById(tabId(idPrefix, tabs[index].value))?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            id={tabId(idPrefix, tab.value)}
            type="button"
            role="tab"
            data-testid={tab.testId}
            aria-selected={isSelected}
            aria-controls={panelId(idPrefix, tab.value)}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.value)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
