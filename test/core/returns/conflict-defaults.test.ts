// The choice the merge proposes for a conflict: a value the master holds kept; into an empty master
// cell the lead department's value when it sent one, else the latest dated return's.
import { KEEP_MASTER, type MergeConflict, type MergeSource } from '../../../src/core/returns/merge';
import { defaultConflictChoice } from '../../../src/core/returns/conflict-defaults';

const offer = (department: string, value: number, date = ''): MergeSource => ({ department, file: `${department}.xlsx`, date, value, sheet: '填报表', cell: 'G5' });

function conflict(over: Partial<MergeConflict>): MergeConflict {
  return { sheet: '指标汇总表', row: 3, col: 7, column: 'value', name: '第三产业占GDP比例', indicatorId: 't-02', lead: ['市发展改革委'], kind: 'master', master: 41, offers: [offer('市发展改革委', 42)], chosen: null, ...over };
}

describe('defaultConflictChoice', () => {
  it("keeps a value the master holds, whoever sent another (nothing the user typed is overwritten unasked)", () => {
    expect(defaultConflictChoice(conflict({}))).toBe(KEEP_MASTER);
    const offers = [offer('市统计局', 43, '2026-03-05'), offer('市发展改革委', 42, '2026-03-01')];
    expect(defaultConflictChoice(conflict({ kind: 'returns', offers }))).toBe(KEEP_MASTER);
  });

  it("into an empty master cell, the lead department's value, matched by name as the merge does (traditional characters, spaces)", () => {
    const offers = [offer('市统计局', 43, '2026-03-05'), offer('市发展改革委', 42, '2026-03-01')];
    expect(defaultConflictChoice(conflict({ kind: 'returns', master: null, offers }))).toBe('市发展改革委');
    expect(defaultConflictChoice(conflict({ kind: 'returns', master: null, offers, lead: ['市發展改革委 '] }))).toBe('市发展改革委');
    // Two lead departments that disagree: the later date.
    expect(defaultConflictChoice(conflict({ kind: 'returns', master: null, offers, lead: ['市发展改革委', '市统计局'] }))).toBe('市统计局');
  });

  it("keeps the master's value of a cell the merge never writes", () => {
    expect(defaultConflictChoice(conflict({ locked: 'formula' }))).toBe(KEEP_MASTER);
  });

  it('over an empty master cell without the lead department\'s value, the latest dated return\'s, as --overwrite takes it', () => {
    const offers = [offer('市统计局', 43, '2026-03-05'), offer('市林业局', 44, '2026-03-01')];
    expect(defaultConflictChoice(conflict({ kind: 'returns', master: null, offers }))).toBe('市统计局');
    expect(defaultConflictChoice(conflict({ kind: 'returns', master: 41, offers }))).toBe(KEEP_MASTER);
    expect(defaultConflictChoice(conflict({ kind: 'returns', master: '', offers, lead: [] }))).toBe('市统计局');
  });
});
