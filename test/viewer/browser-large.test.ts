// The viewer at 5,000 actors: it renders them all and stays usable. No timing is asserted; the frame
// rates observed are printed for the record (headless Chromium here draws WebGL in software).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { viewerAssetsDir } from '../../src/server/assets.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { fixedSource } from '../../src/server/source.js';
import { describeInBrowser, ensureViewerBuilt, launchBrowser } from './browser.js';
import { syntheticGraph } from './synthetic.js';

const graph = syntheticGraph(5000, 2);

/** Frames per second the page painted while `activity` ran. */
async function framesPerSecond(page: Page, activity: () => Promise<void>): Promise<number> {
  const counting = page.evaluate(async () => {
    let frames = 0;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const tick = () => {
        frames++;
        if (performance.now() - started < 2500) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    return (frames * 1000) / (performance.now() - started);
  });
  await activity();
  return counting;
}

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

  it('draws every actor and edge and keeps animating while the layout runs', async () => {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const ready = Date.now() - started;
    expect(
      await page.evaluate(() => [window.claimgraphViewer?.order(), window.claimgraphViewer?.size()]),
    ).toEqual([graph.actors.length, graph.edges.length]);
    expect(await page.getAttribute('#stats', 'data-actors')).toBe('5000');
    const duringLayout = await framesPerSecond(page, () => Promise.resolve());
    await page.evaluate(() => window.claimgraphViewer?.stopLayout());
    await page.mouse.move(700, 400);
    const whileZooming = await framesPerSecond(page, async () => {
      for (let i = 0; i < 6; i++) {
        await page.mouse.wheel(0, i % 2 === 0 ? -200 : 200);
        await page.waitForTimeout(100);
      }
    });
    console.log(
      `viewer at ${graph.actors.length} actors / ${graph.edges.length} edges: ready in ${ready} ms, ` +
        `${duringLayout.toFixed(1)} fps during layout, ${whileZooming.toFixed(1)} fps while zooming (headless, software GL)`,
    );
    expect(duringLayout).toBeGreaterThan(0);

    // Filtering 10,000 edges goes through the reducers, not a rebuild of the graph.
    await page.uncheck('input[name="kind"][value="denial"]');
    const withoutDenials = graph.edges.filter((edge) => edge.type !== 'DENIED').length;
    await page.waitForFunction(
      (n) => document.querySelector('#stats')?.getAttribute('data-edges') === String(n),
      withoutDenials,
    );
    expect(await page.evaluate(() => window.claimgraphViewer?.size())).toBe(graph.edges.length);
    // Software WebGL on two shared cores is slow; the limit only guards against a hang.
  }, 240_000);
});
