// `catalogs [--lint] [catalog.json…]`: lists the built-in catalogs (and any given files), with their doubts.
import type { Catalog, Lang } from '../core/types';
import { lintCatalog } from '../core/catalog/lint';
import { builtInCatalogs } from '../catalogs';
import { resolveCatalogOption } from './catalog-option';
import { EXIT_ERRORS_FOUND, EXIT_OK, EXIT_UNUSABLE, errorLine, type CliIO } from './io';
import { say } from './text';

export interface CatalogsCommandOptions {
  lint: boolean;
  lang: Lang;
}

function describe(catalog: Catalog, lang: Lang): string {
  const issued = catalog.issued ? say(lang, 'catalogIssued', { issued: catalog.issued }) : '';
  return say(lang, 'catalogLine', { id: catalog.id, title: catalog.title, count: catalog.indicators.length, issued });
}

/** Prints the lint findings of one catalog; returns how many there were. */
function printLint(catalog: Catalog, lang: Lang, io: CliIO): number {
  const findings = lintCatalog(catalog);
  if (findings.length === 0) io.stdout(say(lang, 'lintClean'));
  for (const f of findings) io.stdout(say(lang, 'lintLine', { indicator: f.indicatorId, kind: f.kind, message: f.message }));
  return findings.length;
}

/** Exit 0; with --lint, 1 when any catalog has doubts; 2 when a given file cannot be loaded. */
export async function runCatalogs(files: string[], options: CatalogsCommandOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  const catalogs: Catalog[] = [...builtInCatalogs];
  for (const file of files) {
    try {
      const option = await resolveCatalogOption(file, io.cwd);
      if (option.kind === 'given') catalogs.push(option.catalog);
    } catch (e) {
      io.stderr(errorLine(e, file, lang));
      return EXIT_UNUSABLE;
    }
  }
  io.stdout(say(lang, 'catalogsTitle'));
  let doubts = 0;
  for (const catalog of catalogs) {
    io.stdout(describe(catalog, lang));
    if (options.lint) doubts += printLint(catalog, lang, io);
  }
  return doubts > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}
