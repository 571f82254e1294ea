import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIRequestContext } from '@playwright/test';

export type AppFiles = Map<string, { body: Buffer; type: string }>;

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  html: 'text/html',
  svg: 'image/svg+xml',
  webmanifest: 'application/manifest+json',
};

/**
 * The built app, file by file, as the test's server serves it: the service worker, the runtime
 * it loads, and every file it precaches. Read over HTTP so it is whatever build is being tested.
 */
export async function copyOfBuiltApp(request: APIRequestContext): Promise<AppFiles> {
  const worker = await (await request.get('/sw.js')).text();
  const runtime = /"\.\/(workbox-[\w-]+)"/.exec(worker)?.[1];
  const listed = [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => `/${m[1] ?? ''}`);
  const paths = ['/sw.js', ...(runtime ? [`/${runtime}.js`] : []), ...listed];
  const files: AppFiles = new Map();
  for (const path of paths) {
    const response = await request.get(path);
    if (!response.ok()) throw new Error(`${path}: ${response.status()}`);
    const type = TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
    files.set(path, { body: await response.body(), type });
  }
  return files;
}

export type AppServer = { origin: string; files: AppFiles; close: () => Promise<void> };

/**
 * Serves `files` on an origin of its own, so a test can put a new version in place between two
 * visits without touching the build other tests are using. Nothing is cached by HTTP.
 */
export async function serveApp(files: AppFiles): Promise<AppServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache' });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    files,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
