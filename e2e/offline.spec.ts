import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { OFFLINE_NOTICE } from '../src/offline/offline-notice';
import { DRAFT_KEY } from '../src/persistence/draft-store';
import { copyOfBuiltApp, serveApp, type AppFiles } from './pages/app-copy-server';
import { pdfOf, printSummary, stubPrintDialog } from './pages/printed-summary';
import { stepsBetween } from './pages/steps';
import { WizardPage } from './pages/wizard-page';

const TO_WORKLOAD = stepsBetween('Service classes', 'Workload');

/** True once a service worker serves the page: the whole app is then kept in the browser. */
function servedByWorker(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/** Files the service worker keeps, over all its caches. */
function keptFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const files: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys())
        files.push(new URL(request.url).pathname);
    return files;
  });
}

/**
 * Cuts the network: offline as the browser sees it, and every request that still tries to leave
 * (a service worker's own fetches included) refused and written down.
 */
async function goOffline(context: BrowserContext): Promise<string[]> {
  const tried: string[] = [];
  await context.setOffline(true);
  await context.route('**/*', (route) => {
    tried.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return tried;
}

function offlineNotice(page: Page) {
  return page.getByRole('status').filter({ hasText: OFFLINE_NOTICE.title });
}

test('after one visit the wizard opens, sizes and prints offline, and says so once', async ({
  page,
  context,
}, testInfo) => {
  await stubPrintDialog(page);
  const wizard = await new WizardPage(page).open();
  await expect.poll(() => servedByWorker(page), { timeout: 20_000 }).toBe(true);
  await expect(offlineNotice(page)).toHaveCount(0);
  const kept = await keptFiles(page);
  testInfo.annotations.push({ type: 'files kept for offline use', description: `${kept.length}` });
  expect(kept).toContain('/index.html');
  expect(kept.filter((f) => f.startsWith('/assets/') && f.endsWith('.js')).length).toBeGreaterThan(
    20,
  );

  const tried = await goOffline(context);
  await wizard.reload();
  await wizard.expectStep('Service classes');
  await expect(offlineNotice(page)).toBeVisible();
  for (const title of TO_WORKLOAD) await wizard.next(title);
  await wizard.field(/^Virtual machines/).fill('375');
  await wizard.expectFigure('compute.nodes', 15);
  await wizard.jumpTo('Results');
  await wizard.expectStepDrawn();
  await printSummary(page);
  const pdf = await pdfOf(page, testInfo, 'A4', 'offline');
  expect(pdf.flat).toContain('OpenStack design summary');
  expect(pdf.flat).toContain('Compute: 15 nodes');

  // Said once: the next visit, still offline, opens on the design without saying it again.
  await wizard.reload();
  await wizard.expectStep('Results');
  await wizard.expectFigure('compute.nodes', 15);
  await expect(offlineNotice(page)).toHaveCount(0);
  expect(tried).toEqual([]);

  // The network is really cut: a file the wizard never kept is refused, and written down.
  const probe = await page.evaluate(() =>
    fetch('/not-kept.txt').then(
      () => 'served',
      () => 'refused',
    ),
  );
  expect(probe).toBe('refused');
  expect(tried.map((url) => new URL(url).pathname)).toEqual(['/not-kept.txt']);
});

test('a new version is picked up on the next visit and the draft stays', async ({
  page,
  context,
  request,
}) => {
  // Two worker installs, a precache of every file and a reload: about 12 s on a quiet machine,
  // and more than twice that while the other tests load the same two cores.
  test.setTimeout(120_000);
  const files = await copyOfBuiltApp(request);
  const server = await serveApp(files);
  try {
    const wizard = await new WizardPage(page).open(`${server.origin}/#s=workload`);
    await expect.poll(() => servedByWorker(page), { timeout: 45_000 }).toBe(true);
    await wizard.field(/^Virtual machines/).fill('375');
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY))
      .toContain('"vms":375');
    await page.close();

    // A new version is put in place: a page that says so, and a worker that lists it.
    deploy(files, '/index.html', (html) =>
      html.replace('<title>', '<meta name="version" content="next" />\n    <title>'),
    );
    deploy(files, '/sw.js', (worker) =>
      worker.replace(/(url:"index\.html",revision:")[^"]+"/, '$1next"'),
    );

    const next = new WizardPage(await context.newPage());
    await next.open(`${server.origin}/`);
    await expect(next.page.locator('meta[name="version"]')).toHaveAttribute('content', 'next', {
      timeout: 45_000,
    });
    await next.page.getByRole('button', { name: 'Resume draft' }).click();
    await next.expectStep('Workload');
    await next.expectFigure('compute.nodes', 15);
  } finally {
    await server.close();
  }
});

/** Replaces a served file's text, and fails when the change changes nothing. */
function deploy(files: AppFiles, path: string, change: (text: string) => string): void {
  const file = files.get(path);
  if (!file) throw new Error(`${path} is not in the build`);
  const text = file.body.toString('utf8');
  const changed = change(text);
  expect(changed, path).not.toBe(text);
  files.set(path, { ...file, body: Buffer.from(changed) });
}
