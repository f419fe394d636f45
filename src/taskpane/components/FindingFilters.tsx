// The lead-department filter over the findings list (the status filter is the summary row's chips).
import { Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import { UNASSIGNED, type FindingFilter } from '../findings-view';
import type { Translate } from '../strings';

const useStyles = makeStyles({
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
  onChange(filter: FindingFilter): void;
}

export function FindingFilters({ filter, departments, tr, onChange }: FindingFiltersProps) {
  const styles = useStyles();
  const leadLabel = (lead: string) => (lead === UNASSIGNED ? tr('filters.unassigned') : lead);
  const selected = filter.lead === null ? ALL : filter.lead === UNASSIGNED ? NONE : DEPARTMENT + filter.lead;
  return (
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
  );
}
