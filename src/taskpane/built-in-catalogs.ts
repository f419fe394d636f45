// The built-in catalogs for the pane's catalog list, loaded right after the first paint: they bring
// the catalog schema (zod) and the script converter with them, which the first paint does not need
// (matching and checking use them in the planning worker).
import { useEffect, useState } from 'react';
import type { Catalog } from '../core/types';

let loading: Promise<Catalog[]> | null = null;

export function loadBuiltInCatalogs(): Promise<Catalog[]> {
  loading ??= import('../catalogs').then((m) => m.builtInCatalogs);
  return loading;
}

/** Null until loaded. */
export function useBuiltInCatalogs(): Catalog[] | null {
  const [catalogs, setCatalogs] = useState<Catalog[] | null>(null);
  useEffect(() => {
    let current = true;
    loadBuiltInCatalogs().then((loaded) => current && setCatalogs(loaded), () => {});
    return () => {
      current = false;
    };
  }, []);
  return catalogs;
}
