// The choice a merge proposes for each conflict before the user changes it (the web page's list of
// conflicts): the value of the indicator's lead department (牵头单位: the catalog's, else the master
// row's) when it sent one, else the master's value kept. A cell the merge can never write (merged area, formula) keeps the master's.
import { nameKey } from '../text';
import { KEEP_MASTER, conflictKey, type ConflictChoices, type MergeConflict } from './merge';

/** The department whose offer goes in by default, or KEEP_MASTER. */
export function defaultConflictChoice(conflict: Pick<MergeConflict, 'locked' | 'lead' | 'offers'>): string {
  if (conflict.locked) return KEEP_MASTER;
  const leads = new Set(conflict.lead.map(nameKey));
  const fromLead = conflict.offers.filter((o) => leads.has(nameKey(o.department)));
  if (fromLead.length === 0) return KEEP_MASTER;
  // Two lead departments that disagree: the latest dated (as the merge settles them); the last when undated.
  return fromLead.reduce((best, o) => (o.date >= best.date ? o : best)).department;
}

/** The default choice of every conflict, by conflictKey. */
export function defaultConflictChoices(conflicts: MergeConflict[]): ConflictChoices {
  const choices: ConflictChoices = {};
  for (const conflict of conflicts) choices[conflictKey(conflict)] = defaultConflictChoice(conflict);
  return choices;
}
