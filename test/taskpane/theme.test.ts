import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkColor, themeFor } from '../../src/taskpane/theme';

describe('theme', () => {
  it('follows Office\'s background: dark and black themes get the dark theme', () => {
    expect(themeFor({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme); // Office dark grey
    expect(themeFor({ bodyBackgroundColor: '#000000' })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: '#E6E6E6' })).toBe(webLightTheme); // colorful / light grey
    expect(themeFor(null)).toBe(webLightTheme);
    expect(isDarkColor('#333')).toBe(true);
    expect(isDarkColor('not a colour')).toBe(false);
  });
});
