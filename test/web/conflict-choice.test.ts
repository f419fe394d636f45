// The conflicts' choices between the page's selects and the merge.
import { KEEP_MASTER } from '../../src/core/returns/merge';
import { KEEP_MASTER_VALUE, mergeChoices, offeringDepartments, proposedChoices } from '../../src/web/conflict-choice';
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

test('each offering department once, with the value the merge would take (its last)', () => {
  expect(offeringDepartments(conflicts[1])).toEqual([
    { department: '市统计局', value: '2' },
    { department: '市林业局', value: '3' },
  ]);
});
