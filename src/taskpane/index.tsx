// The task pane's entry: once Office is ready, the pane in Fluent's theme matching Office's.
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { createOfficeHost } from '../hosts/office';
import { App, type AppProps } from './App';
import { createOfficeChangeWatcher } from './office-change-watcher';
import { currentOfficeTheme, themeFor } from './theme';
import { paintPageBackground } from './page-background';
import { createLocalLanguageStore, initialLanguage } from './language-store';

const languageStore = createLocalLanguageStore();

function Pane({ host, watcher }: AppProps) {
  const theme = themeFor(currentOfficeTheme());
  paintPageBackground(theme);
  // No class on the provider: Fluent would copy it onto every dropdown's layer (see page-background.ts).
  return (
    <FluentProvider theme={theme}>
      <App host={host} watcher={watcher} initialLang={initialLanguage(languageStore)} languageStore={languageStore} />
    </FluentProvider>
  );
}

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(<Pane host={createOfficeHost()} watcher={createOfficeChangeWatcher()} />);
});
