// The pane's page takes the theme's background, so that no light edge shows under a short pane in dark
// mode. Painted on <html>, not on the FluentProvider: Fluent copies the provider's class onto every
// portal layer (dropdown lists, tooltips), and a full-height provider class made each layer a white
// sheet over the whole pane.
import type { Theme } from '@fluentui/react-components';
import { isDarkColor } from './theme';

export function paintPageBackground(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.style.backgroundColor = theme.colorNeutralBackground1;
  root.style.colorScheme = isDarkColor(theme.colorNeutralBackground1) ? 'dark' : 'light';
  root.style.minHeight = '100%';
}
