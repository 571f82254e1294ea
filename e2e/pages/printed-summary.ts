import { execFileSync } from 'node:child_process';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The page's window with the stub's counter. */
type CountingWindow = Window & { printCalls?: number };

/** Counts window.print() calls instead of opening a dialog, which headless Chromium would wait on. */
export async function stubPrintDialog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counting = window as CountingWindow;
    counting.printCalls = 0;
    counting.print = () => {
      counting.printCalls = (counting.printCalls ?? 0) + 1;
    };
  });
}

export async function printCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as CountingWindow).printCalls ?? 0);
}

/** Clicks Print summary and waits until the summary is drawn and the dialog was asked for. */
export async function printSummary(page: Page): Promise<void> {
  const before = await printCalls(page);
  await page.getByRole('button', { name: 'Print summary' }).click();
  await expect.poll(() => printCalls(page)).toBe(before + 1);
  await expect(page.locator('.print-summary[data-print-ready="true"]')).toBeAttached();
}

export type PrintedPdf = {
  /** `pdftotext -layout` of the whole document. */
  text: string;
  /**
   * The same with every run of white space made one space and words broken after a hyphen joined
   * again, so phrases that wrap still match.
   */
  flat: string;
  pages: string[];
};

function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' });
}

/** Prints the page to PDF as Chromium does for paper, and reads it back as text, page by page. */
export async function pdfOf(
  page: Page,
  testInfo: TestInfo,
  format: 'A4' | 'Letter',
  name = 'summary',
): Promise<PrintedPdf> {
  const file = testInfo.outputPath(`${name}-${format.toLowerCase()}.pdf`);
  await page.pdf({ path: file, format, preferCSSPageSize: false });
  const info = run('pdfinfo', [file]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pages = Array.from({ length: count }, (_, i) =>
    run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-']),
  );
  const text = run('pdftotext', ['-layout', file, '-']);
  return { text, flat: text.replace(/-\n\s*/g, '-').replace(/\s+/g, ' '), pages };
}

/** The 1-based number of the first page whose text holds `text`, or 0 when none does. */
export function firstPageWith(pdf: PrintedPdf, text: string): number {
  return pdf.pages.findIndex((page) => page.replace(/\s+/g, ' ').includes(text)) + 1;
}
