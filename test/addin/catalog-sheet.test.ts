// Writing a draft as the 指标库 sheet on the in-memory Excel: two requests, text cells, doubtful rows
// filled, an existing sheet kept unless replacing is asked for, and the check reading it back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCatalogSheet } from '../../src/addin/catalog-sheet';
import { extractCatalog } from '../../src/core/extract/extract';
import { catalogFromSheet, findCatalogSheet } from '../../src/core/catalog/sheet';
import { createOfficeHost } from '../../src/hosts/office';
import { FakeExcel } from '../support/fake-excel';
import { chooseCatalog } from '../../src/core/catalog/choose';
import { builtInCatalogs } from '../../src/catalogs';

const plan = readFileSync(join(__dirname, '../fixtures/seeds/000_186cd92d9a7c59ec.txt'), 'utf8');
const draft = extractCatalog([{ name: 'hebi.txt', text: plan }], { id: 'hebi' });

describe('writeCatalogSheet', () => {
  test('adds 指标库 in two requests; the check reads the draft back from it', async () => {
    const fake = new FakeExcel({ sheets: [{ name: '自评表' }] });
    const result = await writeCatalogSheet((b) => fake.run(b), draft);
    const doubtful = draft.confidence.filter((c) => c.level !== 'high').length;
    expect(doubtful).toBeGreaterThan(0);
    expect(result).toEqual({ kind: 'written', sheet: '指标库', indicators: draft.catalog.indicators.length, doubtful, replaced: false });
    expect(fake.stats.syncs).toBe(2);
    const read = await createOfficeHost({ run: (b) => fake.run(b), isSetSupported: fake.isSetSupported }).readGrid();
    const sheet = findCatalogSheet(read.grid.sheets)!;
    expect(catalogFromSheet(sheet, 'hebi').indicators).toEqual(draft.catalog.indicators);
    // The check, left to choose, takes the workbook's own 指标库 over any built-in catalog.
    const chosen = chooseCatalog({ kind: 'auto' }, read.grid, builtInCatalogs);
    expect(chosen.how).toBe('workbook');
    expect(chosen.catalog?.indicators.map((i) => i.name)).toEqual(draft.catalog.indicators.map((i) => i.name));
  });

  test('writes 100% as text, and fills the doubtful rows', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const doubtful = extractCatalog([{ name: 'p.txt', text: '1.危险废物安全处置率100%。\n2.占比提升到55%。' }]);
    await writeCatalogSheet((b) => fake.run(b), doubtful);
    expect(fake.observe('指标库', 'E2').value).toBe('100%');
    expect(fake.observe('指标库', 'A3').fill).toBe('#FFC7CE');
    expect(fake.observe('指标库', 'A2').fill).toBeNull();
  });

  test('keeps an existing 指标库 sheet unless asked to replace it', async () => {
    const fake = new FakeExcel({ sheets: [{ name: '指标库', cells: { A1: { value: '指标名称' }, B1: { value: '目标值' }, A2: { value: '自己改过的' }, B2: { value: '≥1' } } }] });
    expect(await writeCatalogSheet((b) => fake.run(b), draft)).toEqual({ kind: 'exists', sheet: '指标库' });
    expect(fake.observe('指标库', 'A2').value).toBe('自己改过的');
    const replaced = await writeCatalogSheet((b) => fake.run(b), draft, { replace: true });
    expect(replaced).toMatchObject({ kind: 'written', replaced: true });
    expect(fake.observe('指标库', 'B2').value).toBe(draft.catalog.indicators[0].name);
  });
});
