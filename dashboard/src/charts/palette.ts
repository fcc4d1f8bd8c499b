/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. Yellow is left
 * out: on a white background it is too faint for a thin line.
 * https://jfly.uni-koeln.de/color/
 */
export const SERIES_COLOURS = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermilion
  '#000000', // black
] as const;

/** Colour of the series at `index` in a stable order; wraps when there are more series. */
export function seriesColour(index: number): string {
  const colours = SERIES_COLOURS;
  return colours[((index % colours.length) + colours.length) % colours.length] ?? colours[0];
}

/** Status colours: up and down differ in hue and lightness, and the UI always adds a word. */
export const STATUS_COLOURS = { up: '#009E73', down: '#D55E00', unknown: '#6b7280' } as const;

/** Colours a canvas chart draws with in one theme (canvas cannot read CSS custom properties cheaply). */
export interface ChartColours {
  /** The median latency line. */
  median: string;
  /** The min–max band (translucent). */
  band: string;
  /** Loss marks by level: taller marks for worse levels say the same without colour. */
  loss: { low: string; medium: string; high: string; down: string };
  /** The hatching of a stretch with no connection. */
  downHatch: string;
}

/**
 * Chart colours of each theme, all at least 3:1 against their card (WCAG 1.4.11): the loss ramp
 * runs from dark yellow through vermilion to reddish purple (Okabe–Ito hues, ordered by
 * lightness), and "no connection" is red with a hatch, a shape as well as a colour.
 */
export const CHART_COLOURS: Record<'light' | 'dark', ChartColours> = {
  light: {
    median: '#1b1f24',
    band: 'rgba(0, 114, 178, 0.3)',
    loss: { low: '#a66f00', medium: '#d55e00', high: '#7a1f5c', down: '#c00000' },
    downHatch: 'rgba(192, 0, 0, 0.22)',
  },
  dark: {
    median: '#f3f4f6',
    band: 'rgba(86, 180, 233, 0.38)',
    loss: { low: '#f0b400', medium: '#ff8c42', high: '#e58fcb', down: '#ff5c5c' },
    downHatch: 'rgba(255, 92, 92, 0.3)',
  },
};
