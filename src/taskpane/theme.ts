// The pane follows Office's theme: Fluent's dark theme when Office paints the pane dark.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** True for a dark '#RRGGBB' (or '#RGB') colour; false for anything else. */
export function isDarkColor(color: string | null | undefined): boolean {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '')?.[1];
  if (!hex) return false;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  // Relative luminance (sRGB, WCAG); below the midpoint between black and white text contrast.
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return luminance < 0.179;
}

export function themeFor(officeTheme: { bodyBackgroundColor?: string } | null | undefined): Theme {
  return isDarkColor(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}

/** Office.context.officeTheme where the host has one (not every platform does). */
export function currentOfficeTheme(): { bodyBackgroundColor?: string } | null {
  if (typeof Office === 'undefined') return null;
  try {
    return Office.context?.officeTheme ?? null;
  } catch {
    return null;
  }
}
