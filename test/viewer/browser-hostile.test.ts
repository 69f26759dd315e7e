// Document text is untrusted: actor names, evidence, titles and URLs that carry <script>, <img onerror>
// and javascript: must show as text and run nothing, served or exported.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { viewerAssetsDir } from '../../src/server/assets.js';
import { viewerHtml } from '../../src/server/export-html.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { fixedSource } from '../../src/server/source.js';
import {
  clickEdge,
  describeInBrowser,
  ensureViewerBuilt,
  launchBrowser,
  openViewer,
  type PageEvents,
} from './browser.js';
import { fixtureGraph } from './fixtures.js';

const hostile = fixtureGraph('hostile-graph');
const [claim] = hostile.claims;
const scriptGroup = hostile.actors.find((actor) => actor.id === 'evil-script');
const EDGE = 'accusation:evil-img->evil-script';

describeInBrowser('viewer with hostile document text (headless Chromium)', () => {
  let server: RunningServer;
  let context: BrowserContext;
  let exported: string;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await startServer({ source: fixedSource(hostile), assetsDir: viewerAssetsDir(), port: 0 });
    exported = join(mkdtempSync(join(tmpdir(), 'claimgraph-hostile-')), 'hostile.html');
    writeFileSync(exported, viewerHtml(hostile));
    context = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  async function exercise(page: Page, events: PageEvents, scripts: number): Promise<void> {
    await page.fill('#search', 'Script Group');
    await page.waitForSelector('#search-results button');
    expect(await page.textContent('#search-results')).toContain(scriptGroup?.name);
    await page.click('#search-results button');
    await page.waitForSelector('#details[data-actor="evil-script"]');
    expect(await page.textContent('#details .actor-name')).toBe(scriptGroup?.name);
    expect(await page.locator('#details .aliases li').allTextContents()).toEqual(scriptGroup?.aliases);

    await clickEdge(page, EDGE);
    expect(await page.textContent('#details .evidence')).toBe(claim?.text);
    expect(await page.textContent('#details .document')).toContain(hostile.documents[0]?.title);
    // The javascript: URL is not a link; the title is text inside a span.
    expect(await page.locator('#details a').count()).toBe(0);
    // Only elements the page made itself: no <img> or <script> came out of the data.
    expect(
      await page
        .locator('#details img, #details script, #search-results img, #search-results script, #document img')
        .count(),
    ).toBe(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(scripts);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(events.dialogs).toEqual([]);
    expect(events.errors).toEqual([]);
  }

  it('served: shows every hostile string as text and runs none of it', async () => {
    const { page, events } = await openViewer(context, server.url);
    await exercise(page, events, 1);
  });

  it('exported to one file: the embedded JSON cannot break out of its element', async () => {
    const { page, events } = await openViewer(context, pathToFileURL(exported).href);
    // The module script and the JSON data element, nothing else.
    await exercise(page, events, 2);
  });
});
