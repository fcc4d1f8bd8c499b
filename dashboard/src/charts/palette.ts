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
