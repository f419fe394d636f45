// A built-in catalog's JSON file, read and checked against the schema, for the per-catalog tests.
import { readFileSync } from 'fs';
import { join } from 'path';
import { catalogSchema } from '../../src/core/catalog/schema';

export function catalogFile(id: string) {
  const parsed = catalogSchema.safeParse(JSON.parse(readFileSync(join(__dirname, '../../src/catalogs', `${id}.json`), 'utf8')));
  /** The parsed catalog; throws with the schema's issues when it does not pass. */
  const catalog = () => {
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
    return parsed.data;
  };
  const indicator = (indicatorId: string) => {
    const found = parsed.success ? parsed.data.indicators.find((i) => i.id === indicatorId) : undefined;
    if (!found) throw new Error(`no indicator ${indicatorId}`);
    return found;
  };
  return { parsed, catalog, indicator };
}
