import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { HostTheme } from '../host/detect-host';

// Teams' own Fluent themes, so the tab looks native in light, dark and high contrast.
export const fluentThemes: Record<HostTheme, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export const themeLabels: Record<HostTheme, string> = {
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};
