import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';

function gzipKb(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;
}

/**
 * JavaScript shipped before the first step is usable (the entry script and the chunks it
 * preloads, as index.html names them) and in all, gzip-compressed.
 */
export function runBundleBench(): string[] {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const firstStep = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const all = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const sum = (files: string[]) => files.reduce((kb, f) => kb + gzipKb(f), 0);
  const largest = all
    .map((f): [string, number] => [f, gzipKb(f)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([f, kb]) => `${f.replace(/^assets\//, '')} ${kb.toFixed(1)}`)
    .join(', ');
  return [
    `bundle: first step ${sum(firstStep).toFixed(1)} KB gzip in ${firstStep.length} files (goal < 110 KB)`,
    `bundle: all JavaScript ${sum(all).toFixed(1)} KB gzip in ${all.length} files (goal < 250 KB)`,
    `bundle: largest chunks (KB gzip): ${largest}`,
  ];
}
