// The choice a merge proposes for each conflict before the user changes it (the web page's list of
// conflicts): the value of the indicator's lead department (牵头单位) when it sent one, else the
// master's value kept. A cell the merge can never write (merged area, formula) keeps the master's.
import type { Catalog } from '../types';
import { nameKey } from '../text';
import { KEEP_MASTER, conflictKey, type ConflictChoices, type MergeConflict } from './merge';

/** The department whose offer goes in by default, or KEEP_MASTER. */
export function defaultConflictChoice(conflict: MergeConflict, lead: string[]): string {
  if (conflict.locked) return KEEP_MASTER;
  const leads = new Set(lead.map(nameKey));
  const fromLead = conflict.offers.filter((o) => leads.has(nameKey(o.department)));
  if (fromLead.length === 0) return KEEP_MASTER;
  // Two lead departments that disagree: the latest dated (as the merge settles them); the last when undated.
  return fromLead.reduce((best, o) => (o.date >= best.date ? o : best)).department;
}

/** The lead departments of a conflict's indicator, from the catalog the merge used. */
export function conflictLead(conflict: Pick<MergeConflict, 'indicatorId'>, catalog: Catalog | null): string[] {
  if (!catalog || conflict.indicatorId === null) return [];
  return catalog.indicators.find((i) => i.id === conflict.indicatorId)?.lead ?? [];
}

/** The default choice of every conflict, by conflictKey. */
export function defaultConflictChoices(conflicts: MergeConflict[], catalog: Catalog | null): ConflictChoices {
  const choices: ConflictChoices = {};
  for (const conflict of conflicts) choices[conflictKey(conflict)] = defaultConflictChoice(conflict, conflictLead(conflict, catalog));
  return choices;
}
