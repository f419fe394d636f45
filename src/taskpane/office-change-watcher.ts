// ChangeWatcher over Excel's worksheet onChanged events.
import type { ChangeWatcher } from './change-watcher';

/**
 * onChanged arrived in ExcelApi 1.7, but the host can silence events during its own writes only from
 * 1.8 (runtime.enableEvents); without that each re-check's marks would trigger the next re-check.
 */
function eventsSupported(): boolean {
  return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', '1.8');
}

export function createOfficeChangeWatcher(): ChangeWatcher {
  return {
    async watch(sheets, onChange) {
      if (!eventsSupported() || sheets.length === 0) return async () => {};
      const subscriptions = await Excel.run(async (context) => {
        const added = sheets.map((name) =>
          context.workbook.worksheets.getItem(name).onChanged.add(async (event) => {
            // Our own writes, where Excel says so (ExcelApi 1.14), are not the user's edits.
            if (event.triggerSource === 'ThisLocalAddin') return;
            onChange(name, event.address, event.changeType !== undefined && event.changeType !== 'RangeEdited' && event.changeType !== 'Unknown');
          }),
        );
        await context.sync();
        return added;
      });
      // Handlers are removed in the request context they were added in.
      return () =>
        Excel.run(subscriptions[0].context, async (context) => {
          subscriptions.forEach((subscription) => subscription.remove());
          await context.sync();
        });
    },
  };
}
