import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { freePort, waitForServer } from './preview-server';

const score = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : String(Math.round(value * 100));

/**
 * Lighthouse's default mobile run against the built app (`dist`, as `npm run build` leaves it),
 * in the system Chromium: the performance, accessibility and best-practices scores, and the total
 * blocking time behind the first.
 */
export async function runLighthouseBench(): Promise<string[]> {
  const port = await freePort();
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForServer(url);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) return ['lighthouse: no result'];
    const { categories, audits } = result.lhr;
    const tbt = audits['total-blocking-time']?.numericValue;
    return [
      `lighthouse (mobile): performance ${score(categories['performance']?.score)}, accessibility ${score(categories['accessibility']?.score)}, best practices ${score(categories['best-practices']?.score)}; total blocking time ${tbt === undefined ? '—' : Math.round(tbt)} ms (goal 100 / 100 / 100, ≤ 50 ms)`,
    ];
  } finally {
    await chrome.kill();
    if (server.pid) process.kill(-server.pid);
  }
}
