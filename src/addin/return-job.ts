// The return check in the add-in (task pane and ribbon): a workbook holding a departmental return is
// checked as a return — marked where it must be fixed, stamped when it is ready to submit.
import type { Catalog, EditPlan, Lang } from '../core/types';
import { CoreError, isCoreError } from '../core/errors';
import { t } from '../core/messages';
import { findReturnMarkers, type ReturnMarker } from '../core/returns/format';
// The return check itself is loaded when a workbook holds a return: not part of the pane's first load.
import type { ReturnCheck, ReturnVerdict } from '../core/returns/check-return';
import { PALETTE } from '../core/plan';
import { findBuiltInCatalog } from '../catalogs';
import type { ApplyResult, GridRead, OfficeHost } from '../hosts/office';
import { runJob, type JobOutcome, type JobSettings } from './jobs';

export interface ReturnJobOutcome {
  /** One check per return sheet of the workbook (normally one). */
  checks: ReturnCheck[];
  verdict: ReturnVerdict;
  applied: ApplyResult | null;
  /**
   * Why the marks could not be placed (a protected return sheet or workbook); the list of what to
   * fix is complete all the same. Null when they were placed or none were needed.
   */
  markError: CoreError | null;
  /** True: stamped; false: ready but this Excel cannot write the stamp; null: not stamped (not ready, or several returns). */
  stamped: boolean | null;
}

export type CheckOrReturn = { kind: 'return'; outcome: ReturnJobOutcome } | { kind: 'job'; outcome: JobOutcome };

/** The catalog a return is checked against: the one chosen in the pane, else its marker's built-in one. */
function catalogFor(settings: JobSettings, marker: ReturnMarker): Catalog {
  const request = settings.catalog;
  if (request.kind === 'given') return request.catalog;
  if (request.kind === 'builtin') {
    const chosen = findBuiltInCatalog(request.id);
    if (!chosen) throw new CoreError('unknown-catalog', { id: request.id });
    return chosen;
  }
  const builtIn = findBuiltInCatalog(marker.catalogId);
  if (!builtIn) throw new CoreError('bad-input', { file: marker.sheet, kind: 'return-catalog-addin', id: marker.catalogId });
  return builtIn;
}

const PROTECTION_ERRORS = new Set(['sheet-protected', 'workbook-protected']);

/**
 * Checks the returns in the workbook `read` (host.readGrid()'s result, read now when not given);
 * null when it holds none. Marks what must be fixed (taking earlier marks off), and writes the check
 * stamp when the return is ready, or removes an earlier one when it is not.
 */
export async function runReturnCheck(host: OfficeHost, settings: JobSettings, now: Date = new Date(), given?: GridRead): Promise<ReturnJobOutcome | null> {
  const read = given ?? (await host.readGrid());
  const markers = findReturnMarkers(read.grid);
  if (markers.length === 0) return null;
  const [{ checkReturn, makeStamp }, { planReturnMarks }] = await Promise.all([
    import('../core/returns/check-return'),
    import('../core/returns/return-marks'),
  ]);
  const checks = markers.map((marker) =>
    checkReturn(read.grid, marker, catalogFor(settings, marker), { lang: settings.lang, region: settings.region ?? null }),
  );
  const plan: EditPlan = { marks: checks.flatMap((c) => planReturnMarks(c, settings.lang).marks), writes: [], summary: null, palette: PALETTE };

  let applied: ApplyResult | null = null;
  let markError: CoreError | null = null;
  // Nothing to mark and nothing marked before: the workbook (often a protected return) is left alone.
  if (plan.marks.length > 0 || read.journal) {
    try {
      applied = await host.apply(plan, read, { createdAt: now.toISOString() });
    } catch (e) {
      if (!isCoreError(e) || !PROTECTION_ERRORS.has(e.code)) throw e;
      markError = e;
    }
  }

  const verdict: ReturnVerdict = checks.every((c) => c.verdict === 'ready') ? 'ready' : 'blocked';
  let stamped: boolean | null = null;
  if (verdict === 'ready' && checks.length === 1) {
    stamped = await host.writeStamp(await makeStamp(checks[0], read.grid, checks[0].marker, checks[0].catalog, now));
  } else {
    await host.removeStamp();
  }
  return { checks, verdict, applied, markError, stamped };
}

/** 检查: the return check when the workbook holds a return, else the ordinary check; the workbook is read once. */
export async function runCheckOrReturn(host: OfficeHost, settings: JobSettings, now: Date = new Date()): Promise<CheckOrReturn> {
  const read = await host.readGrid();
  const returned = await runReturnCheck(host, settings, now, read);
  if (returned) return { kind: 'return', outcome: returned };
  return { kind: 'job', outcome: await runJob(host, 'check', settings, now, read) };
}

/** The verdict in words: 可以报送, or what blocks it, item by item (the ribbon's dialog). */
export function describeReturnOutcome(outcome: ReturnJobOutcome, lang: Lang): string {
  const separator = lang === 'en' ? '; ' : ';';
  const lines: string[] = [];
  for (const check of outcome.checks) {
    const toFix = check.items.filter((i) => i.blocks);
    if (toFix.length === 0) {
      lines.push(t(lang, 'return.ready'));
      continue;
    }
    const blocking = toFix.filter((i) => i.tier === 'blocking').length;
    lines.push(t(lang, 'return.blocked', { blocking, hints: toFix.length - blocking }));
    lines.push(...toFix.map((i) => t(lang, 'cli.return.line', { cell: i.cell, tier: t(lang, `return.tier.${i.tier}`), message: i.message })));
  }
  if (outcome.stamped === true) lines.push(t(lang, 'return.stamp.written'));
  if (outcome.stamped === false) lines.push(t(lang, 'return.stamp.unsupported'));
  if (outcome.markError) lines.push(t(lang, 'return.marks.protected'));
  return lines.join(lines.length > 1 ? separator : '');
}
