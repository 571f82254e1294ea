/**
 * Sizes and colours shared by the charts. Colours are the theme's CSS variables, so a chart
 * follows the light or dark theme without reading styles in script; SVG fills accept var().
 */
export const CHART_HEIGHT = 300;
export const TICK_FONT_PX = 16;
export const LABEL_FONT_PX = 16;

/**
 * One meaning per colour in every chart and drawing, so a room reading one chart can read the
 * next: each node role has its own, and what is needed, what is installed and what binds a count
 * have theirs. Networks take the colour of the role they serve.
 */
export const ROLE_COLOURS = {
  controller: 'var(--chart-1)',
  network: 'var(--chart-4)',
  compute: 'var(--chart-3)',
  storage: 'var(--chart-7)',
} as const;
export const NEEDED = 'var(--chart-6)';
// Dark enough on light paper for white text on a filled mark (the memory slot map).
export const INSTALLED = 'var(--chart-2)';
export const BINDING = 'var(--chart-5)';

export const CHART_COLOURS = {
  bar: NEEDED,
  emphasis: BINDING,
  installed: INSTALLED,
  // A second series of what is needed (write beside read IOPS) parts from the first by texture.
  second: NEEDED,
  text: 'var(--fg)',
  muted: 'var(--muted)',
  grid: 'var(--border)',
} as const;

export const AXIS_TICK = { fill: CHART_COLOURS.text, fontSize: TICK_FONT_PX } as const;
export const CHART_MARGIN = { top: 28, right: 16, bottom: 8, left: 8 } as const;

/**
 * On screen a chart fills its container; for paper it draws at a fixed width, because recharts'
 * responsive sizing prints blank or clipped.
 */
export function chartSize(width: number | undefined, height: number) {
  return width === undefined
    ? { responsive: true, style: { width: '100%', height } }
    : { width, height };
}
