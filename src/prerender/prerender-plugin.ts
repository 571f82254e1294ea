import { createServer, type Plugin, type ViteDevServer } from 'vite';
import {
  DEFAULT_SIZING_MODULE,
  isDefaultSizingModule,
  prerenderedSizingModule,
  scriptsAfterStyles,
  withFirstScreen,
} from './built-page.js';

const FIRST_SCREEN_MODULE = '/src/prerender/first-screen.tsx';

/** The app's own modules run in Node, as written (no build plugins), to work out the page. */
function nodeRunner(root: string): Promise<ViteDevServer> {
  return createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false },
  });
}

async function exported(runner: ViteDevServer, path: string, name: string): Promise<unknown> {
  const module: Record<string, unknown> = await runner.ssrLoadModule(path);
  if (!(name in module)) throw new Error(`${path} exports no ${name}`);
  return module[name];
}

/**
 * In a build, the page arrives drawn and sized: the engine's sizing of the book's example
 * replaces the module that would work it out in the browser, and the first screen (the example
 * on its first step) is rendered into index.html, so it shows before any script has run; the
 * script then hydrates it. While developing and testing nothing changes: the page starts empty,
 * and the example is sized when the store loads, so an edit to the engine shows at once.
 */
export function prerender(): Plugin {
  let root = process.cwd();
  let built = false;
  let runner: Promise<ViteDevServer> | null = null;
  const run = () => (runner ??= nodeRunner(root));
  return {
    name: 'prerender',
    configResolved(config) {
      root = config.root;
      built = config.command === 'build';
    },
    async load(id) {
      if (!built || !isDefaultSizingModule(id)) return null;
      return prerenderedSizingModule(
        await exported(await run(), DEFAULT_SIZING_MODULE, 'DEFAULT_SIZING'),
      );
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!built) return html;
        const render = await exported(await run(), FIRST_SCREEN_MODULE, 'renderFirstScreen');
        if (typeof render !== 'function') throw new Error('renderFirstScreen is not a function');
        const screen: unknown = await render();
        if (typeof screen !== 'string') throw new Error('the first screen did not render as text');
        return scriptsAfterStyles(withFirstScreen(html, screen));
      },
    },
    async closeBundle() {
      const started = runner;
      runner = null;
      if (started) await (await started).close();
    },
  };
}
