import type { Catalog, WorkbookGrid } from '../../../src/core/types';
import { RETURN_LAYOUT, decodeStamp, type ReturnStamp } from '../../../src/core/returns/format';
import { returnValueHash, stampStateOf } from '../../../src/core/returns/stamp';
import { findBuiltInCatalog } from '../../../src/catalogs';
import { baoshanRows, markerOf, returnGrid, type ReturnFixture } from '../../support/return-check-fixture';

const catalog: Catalog = findBuiltInCatalog('baoshan-2017')!;
const fixture: ReturnFixture = { rows: baoshanRows() };
const marker = markerOf(fixture);

function withCell(grid: WorkbookGrid, row: number, col: number, value: WorkbookGrid['sheets'][0]['values'][0][0]): WorkbookGrid {
  const sheet = grid.sheets[0];
  const values = sheet.values.map((r) => [...r]);
  values[row][col] = value;
  return { sheets: [{ ...sheet, values }] };
}

async function stampFor(grid: WorkbookGrid, overrides: Partial<ReturnStamp> = {}): Promise<ReturnStamp> {
  return {
    version: 1,
    sheet: marker.sheet,
    catalogId: catalog.id,
    catalogVersion: catalog.version ?? null,
    department: marker.department,
    checkedAt: '2026-03-02T08:00:00.000Z',
    counts: { indicators: 5, pass: 5, fail: 0, review: 0, explained: 0 },
    valueHash: await returnValueHash(grid, marker),
    ...overrides,
  };
}

const { columns, firstDataRow, fieldRow, fields } = RETURN_LAYOUT;

describe('returnValueHash', () => {
  it('is a stable SHA-256 of what the department entered', async () => {
    const a = await returnValueHash(returnGrid(fixture), marker);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await returnValueHash(returnGrid(fixture), marker)).toBe(a);
  });

  it('says so in the user\'s language where the browser gives the page no Web Crypto (a page served over plain http)', async () => {
    const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      const run = returnValueHash(returnGrid(fixture), marker);
      await expect(run).rejects.toMatchObject({ code: 'bad-input', params: { kind: 'no-web-crypto' } });
      await expect(run).rejects.toThrow('file://');
    } finally {
      if (crypto) Object.defineProperty(globalThis, 'crypto', crypto);
    }
    expect(await returnValueHash(returnGrid(fixture), marker)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a value, a previous-year value, a note or a field changes', async () => {
    const grid = returnGrid(fixture);
    const base = await returnValueHash(grid, marker);
    const changed = await Promise.all([
      returnValueHash(withCell(grid, firstDataRow, columns.value, 7201), marker),
      returnValueHash(withCell(grid, firstDataRow + 1, columns.previous, 40), marker),
      returnValueHash(withCell(grid, firstDataRow + 2, columns.note, '说明'), marker),
      returnValueHash(withCell(grid, fieldRow, fields.person.input, '王五'), marker),
    ]);
    for (const hash of changed) expect(hash).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('takes blank text for an empty cell, and ignores cells outside the entries', async () => {
    const grid = returnGrid(fixture);
    const base = await returnValueHash(grid, marker);
    expect(await returnValueHash(withCell(grid, firstDataRow, columns.note, '   '), marker)).toBe(base);
    expect(await returnValueHash(withCell(grid, firstDataRow, columns.coop, '别的单位'), marker)).toBe(base);
    expect(await returnValueHash(withCell(grid, firstDataRow, columns.value, ' 7200'), marker)).not.toBe(base); // text, not the number
  });
});

describe('stampStateOf', () => {
  it('tells valid, changed, outdated-catalog and unchecked apart', async () => {
    const grid = returnGrid(fixture);
    const stamp = await stampFor(grid);
    expect(await stampStateOf(stamp, grid, marker, catalog)).toBe('valid');
    expect(await stampStateOf(stamp, withCell(grid, firstDataRow + 3, columns.value, 19), marker, catalog)).toBe('changed');
    expect(await stampStateOf({ ...stamp, catalogVersion: '0' }, grid, marker, catalog)).toBe('outdated-catalog');
    expect(await stampStateOf({ ...stamp, catalogId: 'tangshan-2022' }, grid, marker, catalog)).toBe('outdated-catalog');
    expect(await stampStateOf(null, grid, marker, catalog)).toBe('unchecked');
  });

  it('reads a stamp back from its property text, and nothing from a damaged one', async () => {
    const stamp = await stampFor(returnGrid(fixture));
    expect(decodeStamp(JSON.stringify(stamp))).toEqual(stamp);
    expect(decodeStamp(JSON.stringify({ ...stamp, valueHash: 'x' }))).toBeNull();
    expect(decodeStamp('{')).toBeNull();
    expect(decodeStamp(undefined)).toBeNull();
  });
});
