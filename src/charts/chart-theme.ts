/**
 * Sizes and colours shared by the charts. Colours are the theme's CSS variables, so a chart
 * follows the light or dark theme without reading styles in script; SVG fills accept var().
 */
export const CHART_HEIGHT = 300;
export const TICK_FONT_PX = 16;
export const LABEL_FONT_PX = 16;

export const CHART_COLOURS = {
  bar: 'var(--chart-1)',
  emphasis: 'var(--chart-5)',
  second: 'var(--chart-3)',
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
