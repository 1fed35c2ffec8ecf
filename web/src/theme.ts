import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
  },
});

/**
 * WCAG AA contrast (4.5:1) for small text: secondary text one shade darker, light variants (badges,
 * active navigation, alerts) on the palest shade behind their shade-9 text (orange and yellow, whose
 * shade 9 is too light, darker still), and field errors in shade 9 of red.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': '#6b7280',
    ...Object.fromEntries(Object.keys(t.colors).map((name) => [`--mantine-color-${name}-light`, `var(--mantine-color-${name}-0)`])),
    '--mantine-color-orange-light-color': '#a33a04',
    '--mantine-color-yellow-light-color': '#7a5200',
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});
