// The built-in catalogs (DESIGN §5), one per plan in the seeds, validated by the schema when loaded.
import type { Catalog } from '../core/types';
import { parseCatalog } from '../core/catalog/load';
import hebiBaoshan2019 from './hebi-baoshan-2019.json';
import tangshan2022 from './tangshan-2022.json';
import lishuiLiandu2018 from './lishui-liandu-2018.json';
import baoshan2017 from './baoshan-2017.json';
import pingdingshan2024 from './pingdingshan-2024.json';

const sources: [string, unknown][] = [
  ['hebi-baoshan-2019.json', hebiBaoshan2019],
  ['tangshan-2022.json', tangshan2022],
  ['lishui-liandu-2018.json', lishuiLiandu2018],
  ['baoshan-2017.json', baoshan2017],
  ['pingdingshan-2024.json', pingdingshan2024],
];

export const builtInCatalogs: Catalog[] = sources.map(([file, json]) => parseCatalog(json, file));

export function findBuiltInCatalog(id: string): Catalog | undefined {
  return builtInCatalogs.find((c) => c.id === id.trim().toLowerCase());
}
