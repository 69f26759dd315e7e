// The self-contained HTML export, opened from disk: same viewer, no server, no network.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { viewerHtml } from '../../src/server/export-html.js';
import {
  RESULTS_DIR,
  clickEdge,
  describeInBrowser,
  ensureViewerBuilt,
  launchBrowser,
  openViewer,
  type PageEvents,
} from './browser.js';
import { fixtureGraph } from './fixtures.js';

describeInBrowser('viewer exported as one HTML file (headless Chromium)', () => {
  let context: BrowserContext;
  let page: Page;
  let events: PageEvents;
  const requests: string[] = [];

  beforeAll(async () => {
    await ensureViewerBuilt();
    const file = join(mkdtempSync(join(tmpdir(), 'claimgraph-export-')), 'graph.html');
    writeFileSync(file, viewerHtml(fixtureGraph('small-graph')));
    context = await launchBrowser();
    context.on('request', (request) => requests.push(request.url()));
    ({ page, events } = await openViewer(context, pathToFileURL(file).href));
  });

  afterAll(() => context?.close());

  it('shows the embedded graph', async () => {
    expect(await page.textContent('#stats')).toBe('6 of 7 actors · 6 edges · 7 claims · 3 documents');
    expect(await page.locator('#document option').allTextContents()).toContain(
      '2022-06-15 · Delta Lab report on Cobalt Unit',
    );
  });

  it('searches by alias, opens profiles and edges with their evidence', async () => {
    await page.fill('#search', 'bsa');
    await page.click('#search-results button');
    await page.waitForSelector('#details[data-actor="agency-b"]');
    expect(await page.locator('#details .aliases li').allTextContents()).toEqual(['BSA', 'Signals Agency']);
    await clickEdge(page, 'accusation:lab-d->agency-b');
    expect(await page.textContent('#details .evidence')).toBe(
      'Delta Lab attributed the intrusion to the Signals Agency and its Cobalt Unit.',
    );
    expect(await page.locator('#details .evidence mark').allTextContents()).toEqual([
      'Delta Lab',
      'Signals Agency',
    ]);
    expect(await page.getAttribute('#details .document a', 'href')).toBe('https://example.org/b');
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-export.png') });
  });

  it('filters by document date without a server', async () => {
    await page.fill('#since', '2022-01-01');
    await page.waitForFunction(() => document.querySelector('#stats')?.getAttribute('data-edges') === '3');
    expect(await page.textContent('#stats')).toContain('3 of 7 actors · 3 of 6 edges');
    await page.fill('#since', '');
    await page.waitForFunction(() => document.querySelector('#stats')?.getAttribute('data-edges') === '6');
  });

  it('fetched nothing but the file itself and ran within its CSP', () => {
    expect(
      requests.filter(
        (url) => !url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(events).toEqual({ dialogs: [], errors: [], cspViolations: [] });
  });
});
