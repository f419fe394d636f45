// The offline web page's entry (dist/web/指标核查助手.html): Fluent's light theme painted on <html>
// (not on the provider, whose class Fluent copies onto every dropdown layer), the job client started,
// the page in the remembered or the browser's language.
// First: what old browsers lack, before the libraries' code runs.
import './legacy-browsers';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { paintPageBackground } from '../taskpane/page-background';
import { createJobClient } from './job-client';
import { createPageLanguageStore, initialPageLanguage } from './page-language';
import { WebApp } from './components/WebApp';

const container = document.getElementById('root');
if (container) {
  const theme = webLightTheme;
  paintPageBackground(theme);
  const languageStore = createPageLanguageStore();
  const client = createJobClient();
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <WebApp client={client} initialLang={initialPageLanguage(languageStore)} languageStore={languageStore} />
    </FluentProvider>,
  );
}
