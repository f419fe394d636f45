// What the pane needs to hear about edits in the workbook, behind an interface so that tests can
// drive it without Office (the Office implementation is in office-change-watcher.ts).

/**
 * `address` is the changed range on `sheet`, as Excel reports it (`E4`, `B3:E9`, `5:5`); `reshaped`:
 * cells, rows or columns were inserted or deleted there, so the cells below or beside moved.
 */
export type ChangeHandler = (sheet: string, address: string, reshaped?: boolean) => void;

export interface ChangeWatcher {
  /** Starts telling `onChange` about edits on `sheets`; resolves to the function that stops it. */
  watch(sheets: string[], onChange: ChangeHandler): Promise<() => Promise<void>>;
}

/** For hosts without change events: nothing is ever reported. */
export const silentWatcher: ChangeWatcher = {
  watch: async () => async () => {},
};
