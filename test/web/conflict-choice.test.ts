// The conflicts' choices between the page's selects and the merge.
import { KEEP_MASTER } from '../../src/core/returns/merge';
import { KEEP_MASTER_VALUE, mergeChoices, proposedChoices } from '../../src/web/conflict-choice';
import { conflictShown } from '../../src/web/jobs/merge-job';
import type { MergeConflict, MergeSource } from '../../src/core/returns/merge';
import type { ConflictShown } from '../../src/web/jobs/protocol';

const conflicts: ConflictShown[] = [
  { key: 'a', where: 'S!H4', name: '甲', kind: 'master', master: '41', offers: [{ department: '市发展改革委', value: '42' }], locked: null, proposed: '市发展改革委' },
  { key: 'b', where: 'S!H5', name: '乙', kind: 'returns', master: '', offers: [{ department: '市统计局', value: '1' }, { department: '市统计局', value: '2' }, { department: '市林业局', value: '3' }], locked: null, proposed: KEEP_MASTER },
  { key: 'c', where: 'S!H6', name: '丙', kind: 'master', master: '5', offers: [{ department: '市林业局', value: '6' }], locked: 'formula', proposed: KEEP_MASTER },
];

test('the proposed choices as select values, the master as __master__', () => {
  expect(proposedChoices(conflicts)).toEqual({ a: '市发展改革委', b: KEEP_MASTER_VALUE, c: KEEP_MASTER_VALUE });
});

test('the selected values as the merge takes them; a locked cell is left to the merge', () => {
  expect(mergeChoices(conflicts, { a: KEEP_MASTER_VALUE, b: '市林业局', c: '市林业局' })).toEqual({ a: KEEP_MASTER, b: '市林业局' });
  expect(mergeChoices(conflicts, {})).toEqual({ a: KEEP_MASTER, b: KEEP_MASTER });
});

test('each offering department once, with the value the merge takes when it is chosen (its latest return\'s)', () => {
  const offer = (department: string, value: number, date: string): MergeSource => ({ department, file: `${department}-${date}.xlsx`, date, value, sheet: '填报表', cell: 'G5' });
  // The corrected return sorts first by file name but is the later one.
  const offers = [offer('市统计局', 2, '2026-03-09'), offer('市统计局', 1, '2026-03-01'), offer('市林业局', 3, '2026-03-02')];
  const conflict: MergeConflict = { sheet: 'S', row: 4, col: 7, column: 'value', name: '乙', indicatorId: null, lead: [], kind: 'returns', master: null, offers, chosen: null };
  const shown = conflictShown(conflict);
  expect(shown.offers).toEqual([
    { department: '市统计局', value: '2' },
    { department: '市林业局', value: '3' },
  ]);
  expect(shown.proposed).toBe('市统计局');
});
