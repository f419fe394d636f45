// Any text gives a draft: never an exception, every sourceText a piece of the text as written, the
// catalog valid against the schema, and the same text the same draft.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCatalog } from '../../../src/core/extract/extract';
import { catalogSchema } from '../../../src/core/catalog/schema';

const seed = readFileSync(join(__dirname, '../../fixtures/seeds/001_72ac9cf26d93c402.txt'), 'utf8');
const pieces = seed.split(/(?<=[。;,\n])/);

const planLike = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: fc.constantFrom(...'≥≤%()、,;。0123456789.到年以上以下分别均达到不低于牵头单位:责任单位市局和\n') })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('extract on any text', () => {
  test('never throws; sourceText is the text as written; the catalog is valid', () => {
    fc.assert(
      fc.property(planLike, (text) => {
        const { catalog } = extractCatalog([{ name: 'fuzz.txt', text }]);
        for (const i of catalog.indicators) expect(text).toContain(i.sourceText);
        if (catalog.indicators.length > 0) expect(catalogSchema.safeParse(catalog).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('is deterministic', () => {
    fc.assert(fc.property(planLike, (text) => {
      expect(extractCatalog([{ name: 'a.txt', text }])).toEqual(extractCatalog([{ name: 'a.txt', text }]));
    }), { numRuns: 50 });
  });

  test('a long line of numbers and comparators is read in linear time (no runaway pattern)', () => {
    const text = '优良天数比例≥80%,'.repeat(3000) + '(' + '市局、'.repeat(2000);
    const { catalog } = extractCatalog([{ name: 'long.txt', text }]);
    // Restated 3000 times: one indicator.
    expect(catalog.indicators).toHaveLength(1);
  });
});
