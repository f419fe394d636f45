// The choice a merge proposes for each conflict before the user changes it (the web page's list of
// conflicts). A value the master holds is kept (DESIGN §6: nothing the user typed is overwritten
// without an explicit choice), and so is a cell the merge can never write (merged area, formula).
// Into an empty master cell goes the value of the indicator's lead department (牵头单位: the catalog's,
// else the master row's) when it sent one, else the latest dated return's (as --overwrite settles it).
import { nameKey } from '../text';
import { KEEP_MASTER, latestOffer, type MergeConflict } from './merge';
import { isEmptyValue } from './merge-values';

/** The department whose offer goes in by default, or KEEP_MASTER. */
export function defaultConflictChoice(conflict: Pick<MergeConflict, 'locked' | 'lead' | 'offers' | 'master'>): string {
  if (conflict.locked || conflict.offers.length === 0 || !isEmptyValue(conflict.master)) return KEEP_MASTER;
  const leads = new Set(conflict.lead.map(nameKey));
  const fromLead = conflict.offers.filter((o) => leads.has(nameKey(o.department)));
  return latestOffer(fromLead.length > 0 ? fromLead : conflict.offers).department;
}
