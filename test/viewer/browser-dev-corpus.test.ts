// End to end: ingest the dev corpus into a temporary store, serve it, and use the page as a person would.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphSnapshot } from '../../graph/model.js';
import { ingestPaths } from '../../graph/ingest.js';
import { indexSnapshot } from '../../view/graph-index.js';
import { graphView } from '../../view/graph-view.js';
import type { ViewGraph } from '../../view/types.js';
import { EmbeddedStore } from '../../graph/store.js';
import { viewerAssetsDir } from '../../src/server/assets.js';
import { embeddedSource } from '../../src/server/embedded-source.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import type { GraphSource } from '../../src/server/source.js';
import {
  RESULTS_DIR,
  ROOT,
  clickEdge,
  describeInBrowser,
  ensureViewerBuilt,
  launchBrowser,
  openViewer,
  type PageEvents,
} from './browser.js';

const DEV_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev');

describeInBrowser('viewer on the dev corpus (headless Chromium)', () => {
  let snapshot: GraphSnapshot;
  let view: ViewGraph;
  /** Actors with at least one claim edge: what the overview draws by default. */
  let connected: number;
  let source: GraphSource;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let events: PageEvents;

  beforeAll(async () => {
    await ensureViewerBuilt();
    const file = join(mkdtempSync(join(tmpdir(), 'claimgraph-viewer-store-')), 'graph.db');
    const store = await EmbeddedStore.open(file);
    await ingestPaths(store, [DEV_CORPUS]);
    snapshot = store.snapshot();
    store.close();
    view = graphView(indexSnapshot(snapshot));
    connected = view.actors.filter((actor) => actor.claims > 0).length;
    source = await embeddedSource(file);
    server = await startServer({ source, assetsDir: viewerAssetsDir(), port: 0 });
    context = await launchBrowser();
    ({ page, events } = await openViewer(context, server.url));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await source?.close();
  });

  it('shows every edge and the actors they join; actors without claims wait behind a toggle', async () => {
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-dev-overview.png') });
    const stats = page.locator('#stats');
    expect(Number(await stats.getAttribute('data-actors'))).toBe(connected);
    expect(Number(await stats.getAttribute('data-edges'))).toBe(view.edges.length);
    expect(await stats.textContent()).toContain(
      `${connected} of ${snapshot.actors.length} actors · ${view.edges.length} edges`,
    );
    expect(
      await page.evaluate(() => [window.claimgraphViewer?.order(), window.claimgraphViewer?.size()]),
    ).toEqual([snapshot.actors.length, view.edges.length]);
    // The eight most accused actors carry a label.
    const mostAccused = [...view.actors]
      .filter((actor) => actor.accusationsReceived > 0)
      .sort((a, b) => b.accusationsReceived - a.accusationsReceived || a.id.localeCompare(b.id))
      .slice(0, 8)
      .map((actor) => actor.id);
    const labelled = await page.evaluate(() => window.claimgraphViewer?.labels().map((label) => label.node));
    expect(labelled).toEqual(expect.arrayContaining(mostAccused));
  });

  it('finds the NSA by its alias and shows its profile', async () => {
    await page.fill('#search', 'NSA');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#details[data-actor] .actor-name');
    const id = await page.getAttribute('#details', 'data-actor');
    const actor = snapshot.actors.find((candidate) => candidate.id === id);
    expect([actor?.name, ...(actor?.aliases ?? [])].map((name) => name?.toLowerCase())).toContain('nsa');
    expect(await page.textContent('#details .actor-name')).toBe(actor?.name);
  });

  it('clicking an accusation edge shows its evidence sentence and document', async () => {
    const nsa = await page.getAttribute('#details', 'data-actor');
    // One about the NSA if the extraction found any, else the accusation with the most claims.
    const accusations = snapshot.edges
      .filter((edge) => edge.type === 'ACCUSED')
      .sort((a, b) => b.count - a.count);
    const edge =
      accusations.find((candidate) => candidate.target === nsa || candidate.source === nsa) ?? accusations[0];
    expect(edge, 'the dev corpus yields at least one accusation').toBeDefined();
    if (!edge) return;
    await clickEdge(page, `accusation:${edge.source}->${edge.target}`);
    const shown = await page.locator('#details .evidence').allTextContents();
    const expected = edge.claimIds.map(
      (claimId) => snapshot.claims.find((claim) => claim.id === claimId)?.text,
    );
    expect(shown.sort()).toEqual(expected.sort());
    expect(await page.locator('#details .evidence mark').count()).toBeGreaterThan(0);
    const doc = snapshot.documents.find(
      (candidate) =>
        candidate.id === snapshot.claims.find((claim) => claim.id === edge.claimIds[0])?.documentId,
    );
    expect(await page.locator('#details .document').first().textContent()).toContain(doc?.title ?? doc?.path);
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-dev-corpus.png') });
    // Clicking the empty stage brings the colours back and leaves the claims open (the README's picture).
    const box = await page.locator('#graph').boundingBox();
    // A point of the stage at least 40 px from every drawn actor, clear of every label and 20 px from
    // every drawn edge (sampled along its curve), so the click lands on nothing.
    const empty = await page.evaluate(() => {
      const handle = window.claimgraphViewer;
      const stage = document.getElementById('graph');
      if (!handle || !stage) return null;
      const { width, height } = handle.viewport();
      const origin = stage.getBoundingClientRect();
      const points = handle.shownNodes().map((id) => handle.nodePoint(id));
      const edgePoints = handle
        .shownEdges()
        .flatMap((key) => [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => handle.edgePoint(key, t)));
      const labels = handle.labels();
      // Nothing of the page (buttons, legend, cards) may sit over the point either.
      const onStage = (x: number, y: number) =>
        stage.contains(document.elementFromPoint(origin.x + x, origin.y + y));
      const clear = (x: number, y: number) =>
        points.every((p) => !p || Math.hypot(p.x - x, p.y - y) > 40) &&
        labels.every(
          (l) => x < l.x - 10 || x > l.x + l.width + 10 || y < l.y - 10 || y > l.y + l.height + 10,
        ) &&
        edgePoints.every((p) => !p || Math.hypot(p.x - x, p.y - y) > 20) &&
        onStage(x, y);
      for (let y = 10; y < height; y += 20)
        for (let x = 10; x < width; x += 20) if (clear(x, y)) return { x, y };
      return null;
    });
    expect(empty).not.toBeNull();
    await page.mouse.click((box?.x ?? 0) + (empty?.x ?? 0), (box?.y ?? 0) + (empty?.y ?? 0));
    await page.waitForFunction(() => !location.hash.includes('edge='));
    expect(await page.getAttribute('#details', 'data-edge')).toBe(
      `accusation:${edge.source}->${edge.target}`,
    );
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-overview.png') });
  });

  it('saves the current view as a PNG at twice the screen size', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-png')]);
    const file = join(RESULTS_DIR, 'viewer-saved-view.png');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
  });

  it('filters by claim kind through the reducers and counts what is left', async () => {
    const edgesLeft = (n: number) =>
      page.waitForFunction(
        (count) => document.querySelector('#stats')?.getAttribute('data-edges') === String(count),
        n,
      );
    await page.uncheck('input[name="kind"][value="accusation"]');
    await edgesLeft(view.edges.filter((edge) => edge.kind !== 'accusation').length);
    await page.check('input[name="kind"][value="accusation"]');
    await edgesLeft(view.edges.length);
    expect(Number(await page.getAttribute('#stats', 'data-actors'))).toBe(connected);
  });

  it('ran without page errors or CSP violations', () => {
    expect(events).toEqual({ dialogs: [], errors: [], cspViolations: [] });
  });
});
