// Filters over the findings list: status toggles and the lead department.
import { Dropdown, Field, Option, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Status } from '../../core/types';
import { t } from '../../core/messages';
import { LISTED_STATUSES, UNASSIGNED, type FindingFilter } from '../findings-view';
import type { Translate } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toggles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  dropdown: { minWidth: 0, width: '100%' },
  // The list opens in a layer of its own; kept within the pane, long names wrap.
  listbox: { maxWidth: 'calc(100vw - 24px)' },
});

const ALL = 'all';
const NONE = 'none';
const DEPARTMENT = 'dept:';

export interface FindingFiltersProps {
  filter: FindingFilter;
  /** Departments present, UNASSIGNED among them when some findings have none. */
  departments: string[];
  tr: Translate;
  lang: Lang;
  onChange(filter: FindingFilter): void;
}

export function FindingFilters({ filter, departments, tr, lang, onChange }: FindingFiltersProps) {
  const styles = useStyles();
  const toggle = (status: Status) =>
    onChange({
      ...filter,
      statuses: filter.statuses.includes(status) ? filter.statuses.filter((s) => s !== status) : [...filter.statuses, status],
    });
  const leadLabel = (lead: string) => (lead === UNASSIGNED ? tr('filters.unassigned') : lead);
  const selected = filter.lead === null ? ALL : filter.lead === UNASSIGNED ? NONE : DEPARTMENT + filter.lead;
  return (
    <section className={styles.root} aria-label={tr('filters.label')}>
      <div className={styles.toggles} role="group" aria-label={tr('filters.status')}>
        {LISTED_STATUSES.map((status) => (
          <ToggleButton
            key={status}
            size="small"
            shape="circular"
            checked={filter.statuses.includes(status)}
            onClick={() => toggle(status)}
          >
            {t(lang, `status.${status}`)}
          </ToggleButton>
        ))}
      </div>
      <Field label={tr('filters.lead')}>
        <Dropdown
          className={styles.dropdown}
        listbox={{ className: styles.listbox }}
          value={filter.lead === null ? tr('filters.allLeads') : leadLabel(filter.lead)}
          selectedOptions={[selected]}
          onOptionSelect={(_, data) => {
            const value = data.optionValue ?? ALL;
            const lead = value === ALL ? null : value === NONE ? UNASSIGNED : value.slice(DEPARTMENT.length);
            onChange({ ...filter, lead });
          }}
        >
          <Option value={ALL}>{tr('filters.allLeads')}</Option>
          {departments.map((lead) => (
            <Option key={lead} value={lead === UNASSIGNED ? NONE : DEPARTMENT + lead}>
              {leadLabel(lead)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </section>
  );
}
