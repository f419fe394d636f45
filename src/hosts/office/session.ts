// One host operation's use of a request context: every sync is counted, and what the workbook's
// Excel supports is asked through one injectable function (Office.context.requirements in Office).

export type SupportsSet = (set: string, version: string) => boolean;

export interface SyncStats {
  /** context.sync() calls made, failed ones included. */
  syncs: number;
  /** The largest request the host planned, by its own estimate (bytes). */
  largestRequestEstimate: number;
}

export class OfficeSession {
  readonly stats: SyncStats = { syncs: 0, largestRequestEstimate: 0 };

  constructor(
    readonly context: Excel.RequestContext,
    private readonly supportsSet: SupportsSet,
  ) {}

  supports(version: string): boolean {
    return this.supportsSet('ExcelApi', version);
  }

  /** Syncs; `estimate` is what the host thinks the request weighs, for the statistics. */
  async sync(estimate = 0): Promise<void> {
    this.stats.syncs++;
    this.stats.largestRequestEstimate = Math.max(this.stats.largestRequestEstimate, estimate);
    await this.context.sync();
  }
}

/** Office.context.requirements.isSetSupported when running inside Office; nothing is supported elsewhere. */
export const officeSupports: SupportsSet = (set, version) =>
  typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(set, version);
