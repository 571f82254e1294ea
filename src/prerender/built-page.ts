/*
 * How the built page is put together from what the app's own code works out at build time
 * (see prerender-plugin.ts): pure text functions, so they are tested without a build.
 */

/** The module that sizes the example when it loads; a build replaces it with the sizing. */
export const DEFAULT_SIZING_MODULE = '/src/store/default-sizing.ts';
const DEFAULT_SIZING_ID = /\/src\/store\/default-sizing\.ts$/;

export function isDefaultSizingModule(id: string): boolean {
  return DEFAULT_SIZING_ID.test(id);
}

/**
 * The replacement: the sizing as JSON. Parsing JSON is quicker than running an object literal of
 * the same size, and the page then draws its first step without loading or running the engine.
 */
export function prerenderedSizingModule(sizing: unknown): string {
  return `export const DEFAULT_SIZING = JSON.parse(${JSON.stringify(JSON.stringify(sizing))});\n`;
}

const EMPTY_ROOT = '<div id="root"></div>';

/** The app's root with the first screen in it, for the page the browser receives. */
export function withFirstScreen(html: string, screen: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error('index.html has no empty root to fill');
  return html.replace(EMPTY_ROOT, () => `<div id="root">${screen}</div>`);
}

/**
 * The page's scripts asked for after what draws it: the HTML arrives drawn, so its stylesheet
 * comes first and the scripts, which only make it interactive, must not share its bandwidth.
 */
export function scriptsAfterStyles(html: string): string {
  return html
    .replace(
      /<script type="module"(?![^>]*fetchpriority)/g,
      '<script type="module" fetchpriority="low"',
    )
    .replace(
      /<link rel="modulepreload"(?![^>]*fetchpriority)/g,
      '<link rel="modulepreload" fetchpriority="low"',
    );
}
