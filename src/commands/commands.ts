// The function file's entry: associates the ribbon's ExecuteFunction buttons with their handlers.
import { createOfficeHost } from '../hosts/office';
import { officeLanguage, readCatalogSetting } from '../addin/document-settings';
import { commandHandlers } from './handlers';
import { notifyWithDialog } from './notify';

Office.onReady(() => {
  const handlers = commandHandlers({
    host: createOfficeHost(),
    lang: officeLanguage,
    catalog: readCatalogSetting,
    notify: notifyWithDialog,
  });
  for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
});
