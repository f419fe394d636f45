// The return check on workbook bytes: a department checks its return (部门填报表) before sending it.
// The cells to fix are marked; a ready return (one return sheet) gets the check stamp in its custom
// document property IndicatorCheckStamp.
import type { Catalog, Lang } from '../../../core/types';
import { CoreError } from '../../../core/errors';
import { STAMP_PROPERTY, findReturnMarkers } from '../../../core/returns/format';
import { checkReturn, makeStamp, DEFAULT_CHANGE_FACTOR, type ReturnCheck } from '../../../core/returns/check-return';
import { planReturnMarks } from '../../../core/returns/return-marks';
import { setPackageProperties } from '../package/custom-properties';
import { applyPlan } from '../apply';
import { readWorkbookBytes } from '../open';

export interface ReturnCheckOptions {
  /** The catalog to check against; null: the built-in catalog each return was made from. */
  catalog: Catalog | null;
  findBuiltIn: (id: string) => Catalog | undefined;
  lang: Lang;
  changeFactor?: number;
  region?: string | null;
  now: Date;
}

export interface CheckedReturnFile {
  bytes: Uint8Array;
  checks: ReturnCheck[];
  stamped: boolean;
}

function catalogFor(options: ReturnCheckOptions, catalogId: string, file: string): Catalog {
  if (options.catalog) return options.catalog;
  const builtIn = options.findBuiltIn(catalogId);
  if (!builtIn) throw new CoreError('bad-input', { file, kind: 'return-catalog', id: catalogId });
  return builtIn;
}

export async function checkReturnBytes(input: Uint8Array, file: string, options: ReturnCheckOptions): Promise<CheckedReturnFile> {
  const { lang } = options;
  const { workbook, grid } = await readWorkbookBytes(input, file);
  const markers = findReturnMarkers(grid);
  if (markers.length === 0) throw new CoreError('bad-input', { file, kind: 'not-a-return' });
  const checks = markers.map((marker) =>
    checkReturn(grid, marker, catalogFor(options, marker.catalogId, file), {
      lang,
      changeFactor: options.changeFactor ?? DEFAULT_CHANGE_FACTOR,
      region: options.region ?? null,
    }),
  );
  // One plan for all return sheets: each applyPlan replaces the marks of the one before.
  const plans = checks.map((check) => planReturnMarks(check, lang));
  await applyPlan(workbook, { ...plans[0], marks: plans.flatMap((p) => p.marks) }, grid);
  // One stamp per workbook: a return is one department's one sheet.
  const stampable = checks.length === 1 && checks[0].verdict === 'ready';
  const stamp = stampable ? await makeStamp(checks[0], grid, checks[0].marker, checks[0].catalog, options.now) : null;
  if (stamp) await setPackageProperties(workbook.pkg, { [STAMP_PROPERTY]: JSON.stringify(stamp) });
  return { bytes: await workbook.save(), checks, stamped: stamp !== null };
}
