// The built-in catalogs' ids and titles, read from their JSON without the schema (the web page's
// catalog list: the page itself validates nothing, its job worker does).
import hebiBaoshan2019 from './hebi-baoshan-2019.json';
import tangshan2022 from './tangshan-2022.json';
import lishuiLiandu2018 from './lishui-liandu-2018.json';
import baoshan2017 from './baoshan-2017.json';
import pingdingshan2024 from './pingdingshan-2024.json';

export interface CatalogTitle {
  id: string;
  title: string;
}

/** In the order of src/catalogs/index.ts. */
export const builtInCatalogTitles: CatalogTitle[] = [hebiBaoshan2019, tangshan2022, lishuiLiandu2018, baoshan2017, pingdingshan2024].map((c) => ({ id: c.id, title: c.title }));
