// The task pane's entry: once Office is ready, the pane in Fluent's theme matching Office's.
import { createRoot } from 'react-dom/client';
import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { createOfficeHost } from '../hosts/office';
import { App, type AppProps } from './App';
import { createOfficeChangeWatcher } from './office-change-watcher';
import { currentOfficeTheme, themeFor } from './theme';

const useStyles = makeStyles({
  // The provider paints the theme's background; it fills the pane so that no light edge shows in dark mode.
  provider: { minHeight: '100vh' },
});

function Pane({ host, watcher }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={themeFor(currentOfficeTheme())} className={styles.provider}>
      <App host={host} watcher={watcher} />
    </FluentProvider>
  );
}

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(<Pane host={createOfficeHost()} watcher={createOfficeChangeWatcher()} />);
});
