import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { freePort, waitForServer } from './preview-server';

const score = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : String(Math.round(value * 100));

/** Lighthouse's score and its main figures differ from run to run on a shared machine. */
const RUNS = 3;

type Run = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbt: number;
  fcp: number;
  lcp: number;
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Lighthouse's default mobile run against the built app (`dist`, as `npm run build` leaves it),
 * in the system Chromium, three times: the median performance, accessibility and best-practices
 * scores and total blocking time, and each run's.
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
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      if (!result) return ['lighthouse: no result'];
      const { categories, audits } = result.lhr;
      runs.push({
        performance: categories['performance']?.score ?? NaN,
        accessibility: categories['accessibility']?.score ?? NaN,
        bestPractices: categories['best-practices']?.score ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
        fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      });
    }
    const each = runs
      .map(
        (r) =>
          `${score(r.performance)}/${score(r.accessibility)}/${score(r.bestPractices)} TBT ${Math.round(r.tbt)} ms FCP ${(r.fcp / 1000).toFixed(1)} s LCP ${(r.lcp / 1000).toFixed(1)} s`,
      )
      .join('; ');
    return [
      `lighthouse (mobile, median of ${RUNS}): performance ${score(median(runs.map((r) => r.performance)))}, accessibility ${score(median(runs.map((r) => r.accessibility)))}, best practices ${score(median(runs.map((r) => r.bestPractices)))}; total blocking time ${Math.round(median(runs.map((r) => r.tbt)))} ms (goal 100 / 100 / 100, ≤ 50 ms)`,
      `lighthouse runs: ${each}`,
    ];
  } finally {
    await chrome.kill();
    if (server.pid) process.kill(-server.pid);
  }
}
