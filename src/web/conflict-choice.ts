// The conflicts' choices as the page's selects hold them (a department's name, or KEEP_MASTER_VALUE for
// the master's value) and as the merge takes them (ConflictChoices, KEEP_MASTER = '').
import { KEEP_MASTER, type ConflictChoices } from '../core/returns/merge';
import type { ConflictShown } from './jobs/protocol';

/** The option value that keeps the master's value (a department is never called that). */
export const KEEP_MASTER_VALUE = '__master__';

export type SelectedChoices = Record<string, string>;

export function proposedChoices(conflicts: ConflictShown[]): SelectedChoices {
  const selected: SelectedChoices = {};
  for (const c of conflicts) selected[c.key] = c.proposed === KEEP_MASTER ? KEEP_MASTER_VALUE : c.proposed;
  return selected;
}

/** The choices for the merge: every conflict's, the master's value for a locked cell. */
export function mergeChoices(conflicts: ConflictShown[], selected: SelectedChoices): ConflictChoices {
  const choices: ConflictChoices = {};
  for (const c of conflicts) {
    if (c.locked) continue;
    const value = selected[c.key] ?? KEEP_MASTER_VALUE;
    choices[c.key] = value === KEEP_MASTER_VALUE ? KEEP_MASTER : value;
  }
  return choices;
}
