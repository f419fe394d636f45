import { builtInCatalogs, findBuiltInCatalog } from '../../src/catalogs';
import { parseThreshold } from '../../src/core/parse/threshold';
import { lintCatalog } from '../../src/core/catalog/lint';
import { matchIndicator } from '../../src/core/catalog/match';
import { readFileSync } from 'fs';
import { join } from 'path';

/** The plan texts the catalogs were made from (copies of the shared seeds). */
function seedText(source: string): string {
  return readFileSync(join(__dirname, '../fixtures/seeds', source), 'utf8');
}

test('the five built-in catalogs carry the contract ids (DESIGN §5)', () => {
  expect(builtInCatalogs.map((c) => c.id)).toEqual([
    'hebi-baoshan-2019',
    'tangshan-2022',
    'lishui-liandu-2018',
    'baoshan-2017',
    'pingdingshan-2024',
  ]);
  expect(findBuiltInCatalog('baoshan-2017')?.title).toBe('保山市申报创建省级生态文明市工作方案');
  expect(findBuiltInCatalog(' Baoshan-2017 ')?.id).toBe('baoshan-2017');
  expect(findBuiltInCatalog('nowhere')).toBeUndefined();
});

describe.each(builtInCatalogs.map((c) => [c.id, c] as const))('%s', (_id, catalog) => {
  test('every sourceText occurs in the plan text it was made from (whitespace ignored)', () => {
    const squash = (s: string) => s.replace(/\s+/g, '');
    const plan = squash(seedText(catalog.source!));
    const missing = catalog.indicators.filter((i) => !plan.includes(squash(i.sourceText))).map((i) => i.id);
    expect(missing).toEqual([]);
  });

  test('every target parses, and a target with a comparator parses to a number', () => {
    for (const indicator of catalog.indicators) {
      const threshold = parseThreshold(indicator.target);
      expect({ id: indicator.id, parsed: threshold !== null }).toEqual({ id: indicator.id, parsed: true });
      if (/^[≥≤<>]\s*\d/.test(indicator.target)) {
        expect({ id: indicator.id, kind: threshold!.kind }).toEqual({ id: indicator.id, kind: 'compare' });
      }
    }
  });

  test('a bare-number target has a direction, from the catalog or the name', () => {
    for (const indicator of catalog.indicators) {
      if (parseThreshold(indicator.target)?.kind !== 'bare') continue;
      const doubts = lintCatalog(catalog).filter((f) => f.indicatorId === indicator.id && f.kind === 'direction');
      expect({ id: indicator.id, doubts }).toEqual({ id: indicator.id, doubts: [] });
    }
  });

  test('every indicator is found again by its own name', () => {
    for (const indicator of catalog.indicators) {
      const match = matchIndicator(indicator.name, catalog);
      expect(match?.kind).toBe('exact');
      expect(match?.indicator.name).toBe(indicator.name);
    }
  });
});
