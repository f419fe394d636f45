// Writing in as few requests as the payload limit allows: operations are queued with an estimate of
// their size, and the open request is sent before one would take it over the budget. Every request
// starts by suspending screen updating (it lasts until the next sync) and the first one silences
// events, which the last one turns back on.
import { PAYLOAD_BUDGET } from './payload';
import type { OfficeSession } from './session';

export class RequestWriter {
  private used = 0;
  private open = false;
  private eventsSilenced = false;

  constructor(
    private readonly session: OfficeSession,
    private readonly budget = PAYLOAD_BUDGET,
  ) {}

  get context(): Excel.RequestContext {
    return this.session.context;
  }

  /** Makes room for operations of about `bytes`, sending the open request first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.open && this.used + bytes > this.budget) await this.flush();
    if (!this.open) this.start();
    this.used += bytes;
  }

  private start(): void {
    this.open = true;
    if (this.session.supports('1.9')) this.context.application.suspendScreenUpdatingUntilNextSync();
    if (!this.eventsSilenced && this.session.supports('1.8')) {
      this.context.runtime.enableEvents = false;
      this.eventsSilenced = true;
    }
  }

  async flush(): Promise<void> {
    if (!this.open) return;
    const estimate = this.used;
    this.open = false;
    this.used = 0;
    await this.session.sync(estimate);
  }

  /** Turns events back to `enableEvents` (as they were) and sends what is left. */
  async finish(enableEvents: boolean | null): Promise<void> {
    if (this.eventsSilenced && enableEvents !== null) {
      await this.reserve(0);
      this.context.runtime.enableEvents = enableEvents;
      this.eventsSilenced = false;
    }
    await this.flush();
  }

  /** After a failed request: best effort to give events back, in a request of its own. */
  async recover(enableEvents: boolean | null): Promise<void> {
    if (!this.eventsSilenced || enableEvents === null) return;
    try {
      this.context.runtime.enableEvents = enableEvents;
      await this.session.sync();
      this.eventsSilenced = false;
    } catch {
      // Excel refused again (cell-edit mode, a closed workbook): nothing more can be done from here.
    }
  }
}
