// The choice the merge proposes for a conflict: the lead department's value when it sent one, else the master's.
import { KEEP_MASTER, type MergeConflict, type MergeSource } from '../../../src/core/returns/merge';
import { defaultConflictChoice, defaultConflictChoices } from '../../../src/core/returns/conflict-defaults';

const offer = (department: string, value: number, date = ''): MergeSource => ({ department, file: `${department}.xlsx`, date, value, sheet: '填报表', cell: 'G5' });

function conflict(over: Partial<MergeConflict>): MergeConflict {
  return { sheet: '指标汇总表', row: 3, col: 7, column: 'value', name: '第三产业占GDP比例', indicatorId: 't-02', lead: ['市发展改革委'], kind: 'master', master: 41, offers: [offer('市发展改革委', 42)], chosen: null, ...over };
}

describe('defaultConflictChoice', () => {
  it("takes the lead department's value", () => {
    expect(defaultConflictChoice(conflict({}))).toBe('市发展改革委');
  });

  it('matches the lead department by name as the merge does (traditional characters, spaces)', () => {
    expect(defaultConflictChoice(conflict({ lead: ['市發展改革委 '] }))).toBe('市发展改革委');
  });

  it("keeps the master's value when the lead department sent none", () => {
    expect(defaultConflictChoice(conflict({ offers: [offer('市统计局', 43)] }))).toBe(KEEP_MASTER);
    expect(defaultConflictChoice(conflict({ lead: [] }))).toBe(KEEP_MASTER);
  });

  it('between returns, the lead department over the others; two lead departments by the later date', () => {
    const offers = [offer('市统计局', 43, '2026-03-05'), offer('市发展改革委', 42, '2026-03-01')];
    expect(defaultConflictChoice(conflict({ kind: 'returns', offers }))).toBe('市发展改革委');
    expect(defaultConflictChoice(conflict({ kind: 'returns', offers, lead: ['市发展改革委', '市统计局'] }))).toBe('市统计局');
  });

  it("keeps the master's value of a cell the merge never writes", () => {
    expect(defaultConflictChoice(conflict({ locked: 'formula' }))).toBe(KEEP_MASTER);
  });

  it('gives every conflict its choice by conflictKey', () => {
    expect(defaultConflictChoices([conflict({}), conflict({ row: 4, offers: [offer('市统计局', 1)] })])).toEqual({ '指标汇总表!3,7': '市发展改革委', '指标汇总表!4,7': KEEP_MASTER });
  });
});
