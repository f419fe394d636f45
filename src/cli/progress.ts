// A progress bar on a terminal (redrawn in place on stderr), a plain line per 10% anywhere else
// (a pipe, a log file, a test).

export interface Progress {
  /** `done` of the total are finished; `label` names the current item. */
  update(done: number, label: string): void;
  finish(): void;
}

const BAR_WIDTH = 24;

export function terminalProgress(total: number, write: (text: string) => void, title: string): Progress {
  let drawn = false;
  return {
    update(done, label) {
      const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      write(`\r\x1b[2K${title} ${bar} ${done}/${total} ${name}`);
      drawn = true;
    },
    finish() {
      if (drawn) write('\r\x1b[2K');
    },
  };
}

/** One line each time another tenth of the items is done (and at the end). */
export function lineProgress(total: number, line: (text: string) => void, title: string): Progress {
  let lastTenth = -1;
  return {
    update(done) {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth || (tenth === 0 && done < total)) return;
      lastTenth = tenth;
      line(`${title} ${done}/${total} (${tenth * 10}%)`);
    },
    finish() {
      // every line was written as it came
    },
  };
}
