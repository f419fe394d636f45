// Placeholder entry so that the build works; the task pane proper replaces this file.
import { createRoot } from 'react-dom/client';
import { FluentProvider, Title3, webLightTheme } from '@fluentui/react-components';

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">指标核查助手</Title3>
    </FluentProvider>,
  );
});
