import fc from 'fast-check';
import { CoreError } from '../../src/core/errors';
import {
  CHUNK_PREFIX,
  JOURNAL_MARKER,
  MAX_CELL_CHARS,
  decodeJournal,
  encodeJournal,
  splitText,
  type Journal,
  type JournalEntry,
} from '../../src/core/journal';

function entry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return { sheet: '自评表', row: 4, col: 7, fill: null, fontColor: null, value: 72, note: null, ...overrides };
}

function journal(entries: JournalEntry[], summarySheet: string | null = '指标汇总'): Journal {
  return { version: 1, createdAt: '2024-05-01T08:00:00.000Z', summarySheet, entries };
}

function expectBadJournal(rows: unknown[][]): void {
  let thrown: unknown;
  try {
    decodeJournal(rows as never, 'x.xlsx');
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(CoreError);
  expect((thrown as CoreError).code).toBe('bad-journal');
  expect((thrown as CoreError).localized('zh-CN')).toContain('x.xlsx');
}

describe('journal encoding', () => {
  it('round-trips every kind of previous value, fill, colour and note', () => {
    const original = journal([
      entry({ value: 'text =SUM(A1)', fill: '#FFFF00', fontColor: '#FF0000', note: '原有批注' }),
      entry({ row: 5, value: { formula: 'SUM(A1:A3)' } }),
      entry({ row: 6, value: { error: '#N/A' } }),
      entry({ row: 7, value: { date: '2023-01-05T00:00:00.000Z' } }),
      entry({ row: 8, value: true }),
      entry({ row: 9, value: null, written: '市生态环境局', hostRecord: '{"fill":{"type":"pattern"}}' }),
    ]);
    expect(decodeJournal(encodeJournal(original))).toEqual(original);
  });

  it('starts with the marker row and packs many entries into each further cell', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => entry({ row: i, value: '=SUM(A1)', note: '-1' }));
    const rows = encodeJournal(journal(entries, null));
    expect(rows[0][0]).toBe(JOURNAL_MARKER);
    expect(rows.length).toBeLessThan(10);
    for (const row of rows.slice(1)) expect(row).toHaveLength(1);
  });

  it('starts every packed cell with the prefix, so none reads as a formula or a number', () => {
    const rows = encodeJournal(journal([entry({ value: '-'.repeat(70000) })]));
    for (const cell of [...rows[0].slice(1), ...rows.slice(1).flat()]) expect(cell.startsWith(CHUNK_PREFIX)).toBe(true);
  });

  it('splits long text over several cells, none above the limit, and reads it back', () => {
    const longNote = '很长的批注'.repeat(20000); // 100,000 characters
    const original = journal([entry({ note: longNote, value: 'x'.repeat(70000) })]);
    const rows = encodeJournal(original);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) for (const cell of row) expect(cell.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(decodeJournal(rows)).toEqual(original);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = 'a' + '😀'.repeat(10);
    const pieces = splitText(text, 4);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      const last = piece.charCodeAt(piece.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });

  it('round-trips arbitrary entries', () => {
    const rawValue = fc.oneof(
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
      fc.constant(null),
      fc.record({ error: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!') }),
      fc.record({ formula: fc.string() }),
    );
    const arbitraryEntry = fc.record({
      sheet: fc.string({ minLength: 1, maxLength: 31 }),
      row: fc.nat(1048575),
      col: fc.nat(16383),
      fill: fc.option(fc.string()),
      fontColor: fc.option(fc.string()),
      value: rawValue,
      note: fc.option(fc.string()),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 20 }), fc.option(fc.string()), (entries, summary) => {
        const original = journal(entries as JournalEntry[], summary);
        expect(decodeJournal(encodeJournal(original))).toEqual(original);
      }),
      { numRuns: 200 },
    );
  });
});

describe('journal decoding rejects damage', () => {
  const good = encodeJournal(journal([entry()]));
  const packed = (text: string) => [CHUNK_PREFIX + text];

  it('a sheet without the marker', () => expectBadJournal([['something else', good[0][1]]]));
  it('an empty sheet', () => expectBadJournal([]));
  it('a header that is not JSON', () => expectBadJournal([[JOURNAL_MARKER, CHUNK_PREFIX + '{oops']]));
  it('an unknown version', () =>
    expectBadJournal([[JOURNAL_MARKER, CHUNK_PREFIX + JSON.stringify({ version: 2, createdAt: '', summarySheet: null })]]));
  it('an entry with a negative row', () => expectBadJournal([good[0], packed(JSON.stringify(['自评表', -1, 7, null, null, 72, null]))]));
  it('an entry missing its value', () => expectBadJournal([good[0], packed(JSON.stringify(['自评表', 4, 7, null, null]))]));
  it('an entry that is not an array of fields', () => expectBadJournal([good[0], packed(JSON.stringify(entry()))]));
  it('an entry cut short', () => expectBadJournal([good[0], [good[1][0].slice(0, 20)]]));
  it('a cell without the prefix', () => expectBadJournal([good[0], [good[1][0].slice(CHUNK_PREFIX.length)]]));
  it('a number where text belongs', () => expectBadJournal([good[0], [42]]));

  it('skips empty rows and cells between packed cells', () => {
    const rows = [good[0], [], [null], good[1]];
    expect(decodeJournal(rows).entries).toEqual([entry()]);
  });

  it('reads a journal without entries', () => {
    const rows = encodeJournal(journal([], null));
    expect(rows).toHaveLength(1);
    expect(decodeJournal(rows)).toEqual(journal([], null));
  });
});
