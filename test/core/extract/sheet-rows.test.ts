// The draft as a 指标库 sheet: the check's own sheet reader reads back what was extracted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogFromSheet } from '../../../src/core/catalog/sheet';
import { extractCatalog } from '../../../src/core/extract/extract';
import { catalogSheetRows } from '../../../src/core/extract/sheet-rows';

const SEEDS = join(__dirname, '../../fixtures/seeds');

describe('catalogSheetRows', () => {
  test.each(['000_186cd92d9a7c59ec.txt', '001_72ac9cf26d93c402.txt', '002_6b9292b81aacdb14.txt', '004_e2055a4ddb3d5305.txt'])(
    '%s: the sheet reads back as the draft',
    (plan) => {
      const draft = extractCatalog([{ name: plan, text: readFileSync(join(SEEDS, plan), 'utf8') }]);
      const { header, rows } = catalogSheetRows(draft.catalog, draft.confidence);
      const back = catalogFromSheet({ name: '指标库', top: 0, left: 0, values: [header, ...rows] }, draft.catalog.id);
      expect(back.indicators).toEqual(draft.catalog.indicators);
    },
  );

  test('every cell is text and the doubtful rows are listed with their level', () => {
    const draft = extractCatalog([{ name: 'p.txt', text: '1.危险废物安全处置率100%。\n2.占比提升到55%。\n3.森林覆盖率≥60%。' }]);
    const sheet = catalogSheetRows(draft.catalog, draft.confidence);
    expect(sheet.rows.flat().every((v) => typeof v === 'string')).toBe(true);
    expect(sheet.rows[0][4]).toBe('100%');
    expect(sheet.doubtful).toEqual([{ row: 1, level: 'low' }]);
    expect(sheet.rows[1][11]).toMatch(/^置信度低:/);
  });

});
