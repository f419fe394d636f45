// ChangeWatcher over Excel's worksheet onChanged events (ExcelApi 1.7).
import type { ChangeWatcher } from './change-watcher';

function eventsSupported(): boolean {
  return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', '1.7');
}

export function createOfficeChangeWatcher(): ChangeWatcher {
  return {
    async watch(sheets, onChange) {
      if (!eventsSupported() || sheets.length === 0) return async () => {};
      const subscriptions = await Excel.run(async (context) => {
        const added = sheets.map((name) =>
          context.workbook.worksheets.getItem(name).onChanged.add(async (event) => onChange(name, event.address)),
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
