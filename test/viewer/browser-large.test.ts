// The viewer at 5,000 actors: it draws them all and stays usable. No timing is asserted here: speed is
// measured by `npm run bench:viewer` (bench/README.md).
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { viewerAssetsDir } from '../../src/server/assets.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { fixedSource } from '../../src/server/source.js';
import { indexSnapshot } from '../../view/graph-index.js';
import { graphView } from '../../view/graph-view.js';
import { syntheticGraph } from '../../bench/viewer-graph.js';
import { describeInBrowser, ensureViewerBuilt, launchBrowser } from './browser.js';

const graph = syntheticGraph(5000, 2);
const view = graphView(indexSnapshot(graph));
const connected = view.actors.filter((actor) => actor.claims > 0).length;

describeInBrowser('viewer with 5,000 actors (headless Chromium)', () => {
  let server: RunningServer;
  let context: BrowserContext;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await startServer({ source: fixedSource(graph), assetsDir: viewerAssetsDir(), port: 0 });
    context = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('draws every actor with a claim and every edge, filters through the reducers, opens profiles', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
    expect(
      await page.evaluate(() => [window.claimgraphViewer?.order(), window.claimgraphViewer?.size()]),
    ).toEqual([graph.actors.length, view.edges.length]);
    expect(await page.getAttribute('#stats', 'data-actors')).toBe(String(connected));

    // Filtering 10,000 edges hides some of them; the graph itself keeps them all.
    await page.uncheck('input[name="kind"][value="denial"]');
    const withoutDenials = view.edges.filter((edge) => edge.kind !== 'denial').length;
    await page.waitForFunction(
      (n) => document.querySelector('#stats')?.getAttribute('data-edges') === String(n),
      withoutDenials,
      { timeout: 120_000 },
    );
    expect(await page.evaluate(() => window.claimgraphViewer?.size())).toBe(view.edges.length);

    const point = await page.evaluate(() => window.claimgraphViewer?.nodePoint('actor-0'));
    const box = await page.locator('#graph').boundingBox();
    await page.mouse.click((box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0));
    await page.waitForSelector('#details[data-actor] .actor-name', { timeout: 120_000 });
  }, 600_000);
});
