// The catalog the user chose in the pane, remembered for the ribbon commands, and what the automatic
// choice would pick in the open workbook.
import { useCallback, useEffect, useState } from 'react';
import type { CatalogRequest } from '../addin/jobs';
import type { OfficeHost } from '../hosts/office';
import type { Catalog } from '../core/types';
import { useBuiltInCatalogs } from './built-in-catalogs';
import type { ChosenCatalog } from '../core/catalog/choose';
import type { CatalogStore } from './catalog-store';
import type { Translate } from './strings';
import type { Planner } from './planner/planner';

export type CatalogChoice = 'auto' | 'none' | 'file' | `builtin:${string}`;

function choiceOf(request: CatalogRequest | null): CatalogChoice {
  switch (request?.kind) {
    case 'builtin':
      return `builtin:${request.id}`;
    case 'none':
      return 'none';
    default:
      return 'auto';
  }
}

function requestOf(choice: CatalogChoice, fileCatalog: Catalog | null): CatalogRequest {
  if (choice === 'file' && fileCatalog) return { kind: 'given', catalog: fileCatalog };
  if (choice.startsWith('builtin:')) return { kind: 'builtin', id: choice.slice('builtin:'.length) };
  return { kind: choice === 'none' ? 'none' : 'auto' };
}

/** The automatic choice's text: what it picks in this workbook, once that is known. */
export function autoChoiceLabel(chosen: ChosenCatalog | null, tr: Translate): string {
  switch (chosen?.how) {
    case 'workbook':
      return tr('catalog.autoWorkbook', { sheet: chosen.sheet });
    case 'suggested':
      return tr('catalog.autoSuggested', { title: chosen.catalog.title, matched: chosen.matched });
    case 'none':
      return tr('catalog.autoNothing');
    default:
      return tr('catalog.auto');
  }
}

export function useCatalogChoice(host: OfficeHost, store: CatalogStore, planner: Planner) {
  const [choice, setChoice] = useState<CatalogChoice>(() => choiceOf(store.load()));
  const [fileCatalog, setFileCatalog] = useState<Catalog | null>(null);
  const [autoChosen, setAutoChosen] = useState<ChosenCatalog | null>(null);
  const builtIns = useBuiltInCatalogs();

  // A remembered built-in catalog this version does not have: start from automatic rather than fail later.
  useEffect(() => {
    if (builtIns && choice.startsWith('builtin:') && !builtIns.some((c) => `builtin:${c.id}` === choice)) setChoice('auto');
  }, [builtIns, choice]);

  // What "automatic" would pick, from one read of the workbook when the pane opens, matched by the
  // planner (a worker) after the first paint. A failure only leaves the plain label; the first job
  // reports real problems.
  useEffect(() => {
    let current = true;
    host
      .readGrid()
      .then(({ grid }) => planner.chooseAuto(grid))
      .then((chosen) => current && setAutoChosen((known) => known ?? chosen))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [host, planner]);

  const choose = useCallback(
    (next: CatalogChoice) => {
      setChoice(next);
      // A catalog from a file cannot be remembered for the ribbon; the remembered choice stays.
      if (next !== 'file') store.save(requestOf(next, null));
    },
    [store],
  );

  /** Parses the file (a bad one throws the core's bad-catalog error) and chooses it. */
  const loadFile = useCallback(async (file: File): Promise<Catalog> => {
    const { parseCatalogText } = await import('../core/catalog/load');
    const catalog = parseCatalogText(await file.text(), file.name);
    setFileCatalog(catalog);
    setChoice('file');
    return catalog;
  }, []);

  return {
    choice,
    /** The built-in catalogs, once loaded (an empty list before). */
    builtIns: builtIns ?? [],
    fileCatalog,
    autoChosen,
    request: requestOf(choice, fileCatalog),
    choose,
    loadFile,
    /** After a job with the automatic choice: what it chose, now known for sure. */
    noteAutoChoice: setAutoChosen,
  };
}
