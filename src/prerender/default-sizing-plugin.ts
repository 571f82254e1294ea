import type { Plugin } from 'vite';
import { DEFAULT_SIZING } from '../store/default-sizing';

/** The module a build replaces: it sizes the example when it loads. */
const REPLACED = /\/src\/store\/default-sizing\.ts$/;

/**
 * The replacement: the example's sizing as JSON, worked out now by the same engine. Parsing JSON
 * is quicker than running an object literal of the same size, and the page then draws its first
 * step without loading or running the engine.
 */
export function prerenderedSizingModule(): string {
  return `export const DEFAULT_SIZING = JSON.parse(${JSON.stringify(JSON.stringify(DEFAULT_SIZING))});\n`;
}

/** What a module holds in a build (`built`) or while developing and testing: null leaves it. */
export function replacement(id: string, built: boolean): string | null {
  return built && REPLACED.test(id) ? prerenderedSizingModule() : null;
}

/**
 * In a build, `src/store/default-sizing.ts` holds the example's sizing rather than working it
 * out. While developing and testing it is left alone, so an edit to the engine shows at once.
 */
export function defaultSizing(): Plugin {
  let built = false;
  return {
    name: 'default-sizing',
    configResolved(config) {
      built = config.command === 'build';
    },
    load(id) {
      return replacement(id, built);
    },
  };
}
