// The function file's entry: associates the ribbon's ExecuteFunction buttons with their handlers.
import { createOfficeHost } from '../hosts/office';
import { readCatalogSetting, readRegionSetting } from '../addin/document-settings';
import { createLocalLanguageStore, initialLanguage } from '../taskpane/language-store';
import { commandHandlers } from './handlers';
import { notifyWithDialog } from './notify';

Office.onReady(() => {
  const handlers = commandHandlers({
    host: createOfficeHost(),
    // The language chosen in the task pane (remembered on this computer), else Office's.
    lang: () => initialLanguage(createLocalLanguageStore()),
    catalog: readCatalogSetting,
    region: readRegionSetting,
    notify: notifyWithDialog,
  });
  for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
});
