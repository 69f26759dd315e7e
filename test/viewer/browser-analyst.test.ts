// The viewer as an analyst uses it, on an invented graph (fixtures/viewer/analyst-graph.json): Norland
// and Veyland accuse each other, Veyland denies, Tin Lynx claims responsibility, the bureau is part of
// Norland, and six actors have no claim at all. Each test checks what is drawn or shown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { viewerAssetsDir } from '../../src/server/assets.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { fixedSource } from '../../src/server/source.js';
import {
  RESULTS_DIR,
  clickEdge,
  describeInBrowser,
  ensureViewerBuilt,
  launchBrowser,
  openViewer,
  settled,
  type PageEvents,
} from './browser.js';
import { fixtureGraph } from './fixtures.js';

const graph = fixtureGraph('analyst-graph');
const LONERS = graph.actors.filter((actor) => actor.id.startsWith('lone-')).map((actor) => actor.id);
const CONNECTED = graph.actors.length - LONERS.length;

type Handle = NonNullable<Window['claimgraphViewer']>;
/** Runs `call` in the page on its automation handle (Playwright sends the function's source). */
const viewer = <T>(page: Page, call: (handle: Handle) => T | Promise<T>): Promise<T> =>
  page.evaluate(`(${call.toString()})(window.claimgraphViewer)`) as Promise<T>;

const shown = (page: Page) => viewer(page, (handle) => handle.shownNodes().sort());
const shownEdges = (page: Page) => viewer(page, (handle) => handle.shownEdges().sort());

async function waitForStats(page: Page, edges: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('#stats')?.getAttribute('data-edges') === String(n),
    edges,
  );
  await settled(page);
}

describeInBrowser('viewer for an analyst (headless Chromium)', () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let events: PageEvents;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await startServer({ source: fixedSource(graph), assetsDir: viewerAssetsDir(), port: 0 });
    context = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  async function fresh(hash = ''): Promise<Page> {
    await page?.close();
    ({ page, events } = await openViewer(context, `${server.url}${hash}`));
    return page;
  }

  // ---- 1. an overview that answers the question -------------------------------------------------------

  it('hides actors without claims by default and shows them on request', async () => {
    await fresh();
    expect(await shown(page)).toHaveLength(CONNECTED);
    const hidden = await page.evaluate(
      (ids) => ids.map((id) => window.claimgraphViewer?.node(id)?.hidden),
      LONERS,
    );
    expect(hidden).toEqual(LONERS.map(() => true));
    expect(await page.textContent('#isolated-count')).toBe(`(${LONERS.length})`);
    await page.check('#show-isolated');
    await page.waitForFunction(
      (n) => window.claimgraphViewer?.shownNodes().length === n,
      graph.actors.length,
    );
    expect(await viewer(page, (h) => h.node('lone-0')?.hidden)).toBe(false);
    await page.uncheck('#show-isolated');
    await page.waitForFunction((n) => window.claimgraphViewer?.shownNodes().length === n, CONNECTED);
  });

  it('lays out the same picture every time, and keeps actors apart', async () => {
    await fresh();
    const first = await viewer(page, (h) => h.positions());
    // A new browser profile has no stored positions: the layout runs again from scratch.
    const other = await launchBrowser();
    try {
      const { page: second } = await openViewer(other, server.url);
      const again = await second.evaluate(() => window.claimgraphViewer?.positions());
      for (const [id, [x, y]] of Object.entries(first)) {
        expect(again?.[id]?.[0], id).toBeCloseTo(x, 6);
        expect(again?.[id]?.[1], id).toBeCloseTo(y, 6);
      }
    } finally {
      await other.close();
    }
    // Reloaded: the same positions, read back from storage.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await viewer(page, (h) => h.positions())).toEqual(first);
    // Overlap removal: no two drawn actors cover each other.
    const circles = await viewer(page, (h) =>
      h.shownNodes().map((id) => ({ id, at: h.nodePoint(id), size: h.node(id)?.size ?? 0 })),
    );
    for (const [i, a] of circles.entries())
      for (const b of circles.slice(i + 1)) {
        const distance = Math.hypot((a.at?.x ?? 0) - (b.at?.x ?? 0), (a.at?.y ?? 0) - (b.at?.y ?? 0));
        expect(distance, `${a.id} and ${b.id}`).toBeGreaterThan(Math.max(a.size, b.size));
      }
  });

  it('re-lays out and re-frames the view after a filter', async () => {
    await fresh();
    await page.uncheck('input[name="kind"][value="accusation"]');
    const left = graph.edges.filter((edge) => edge.type !== 'ACCUSED').length + 1; // + the admission
    await waitForStats(page, left);
    const { width, height } = await viewer(page, (h) => h.viewport());
    const points = await viewer(page, (h) => h.shownNodes().map((id) => h.nodePoint(id)));
    expect(points.length).toBeGreaterThan(2);
    for (const point of points) {
      expect(point?.x).toBeGreaterThan(0);
      expect(point?.x).toBeLessThan(width);
      expect(point?.y).toBeGreaterThan(0);
      expect(point?.y).toBeLessThan(height);
    }
    // The few actors left fill the view rather than sitting where the whole graph put them.
    const xs = points.map((point) => point?.x ?? 0);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(width / 3);
  });

  // ---- 4. every kind, with headings in words ------------------------------------------------------------

  it('draws each claim kind in its own colour, admissions included', async () => {
    await fresh();
    const colours = await viewer(page, (h) =>
      [
        'accusation:norland->veyland',
        'denial:veyland->norland',
        'admission:tin-lynx->ostmark',
        'affiliation:bureau->norland',
      ].map((key) => h.edge(key)?.color),
    );
    expect(new Set(colours).size).toBe(4);
    expect(colours.every((colour) => typeof colour === 'string')).toBe(true);
    await page.uncheck('input[name="kind"][value="admission"]');
    await page.waitForFunction(() => window.claimgraphViewer?.edge('admission:tin-lynx->ostmark')?.hidden);
  });

  it.each([
    [
      'accusation:norland->veyland',
      'Norland accused Veyland',
      'Norland accused Veyland (of the grid attack, against Ostmark)',
    ],
    [
      'denial:veyland->norland',
      "Veyland denied Norland's accusations",
      "Veyland denied Norland's accusation",
    ],
    [
      'admission:tin-lynx->ostmark',
      'Tin Lynx claimed responsibility for operations against Ostmark',
      'Tin Lynx claimed responsibility for the outage at the Ostmark grid (against Ostmark)',
    ],
    [
      'affiliation:bureau->norland',
      'Norland Intelligence Bureau is part of Norland',
      'Norland Intelligence Bureau is part of Norland',
    ],
  ])('heads the evidence of %s in words', async (key, title, heading) => {
    await fresh();
    await clickEdge(page, key);
    expect(await page.textContent('#details .edge-title')).toBe(title);
    expect(await page.textContent('#details .claim-head')).toContain(heading);
    const kindColour = await page.evaluate((edge) => window.claimgraphViewer?.edge(edge)?.color, key);
    const bar = await page
      .locator('#details .evidence')
      .first()
      .evaluate((quote) => getComputedStyle(quote).borderLeftColor);
    const hex = (rgb: string) =>
      `#${(rgb.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`;
    expect(hex(bar)).toBe(kindColour);
    await page.screenshot({ path: join(RESULTS_DIR, `viewer-analyst-${key.split(':')[0] ?? ''}.png`) });
  });

  // ---- 5. panels that follow the filters --------------------------------------------------------------

  it('refreshes the open panel when a filter changes', async () => {
    await fresh('#actor=copper-heron');
    await page.waitForSelector('#details[data-actor="copper-heron"] h3');
    expect(await page.locator('#details h3').allTextContents()).toContain('Accused by');
    await page.uncheck('input[name="kind"][value="accusation"]');
    await page.waitForFunction(
      () => ![...document.querySelectorAll('#details h3')].some((h) => h.textContent === 'Accused by'),
    );
    expect(await page.locator('#details h3').allTextContents()).toContain('Part of');

    await fresh('#edge=accusation:norland->veyland');
    await page.waitForSelector('#details .claim');
    await page.fill('#since', '2020-01-01');
    await page.locator('#since').dispatchEvent('change');
    await page.waitForFunction(() => !document.querySelector('#details .claim'));
    expect(await page.textContent('#details')).toContain('the current filters');
    expect(await page.textContent('#details')).toContain('Norland accused Veyland');
  });

  it('says why a searched actor is not drawn', async () => {
    await fresh();
    await page.uncheck('input[name="kind"][value="accusation"]');
    await waitForStats(page, 7);
    await page.fill('#search', 'Saltmere');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#details[data-actor="saltmere"]');
    await page.waitForSelector('#message:not([hidden])');
    expect(await page.textContent('#message')).toContain('Saltmere is not drawn: the current filters');
    expect(await page.textContent('#details .notice')).toContain('Not drawn');

    await page.fill('#search', 'Amber Desk');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#details[data-actor="lone-0"]');
    await page.waitForFunction(() => document.querySelector('#message')?.textContent?.includes('Amber Desk'));
    expect(await page.textContent('#message')).toContain('has no claim edge');
  });

  it('says why the view is empty', async () => {
    await fresh();
    expect(await page.isHidden('#empty-view')).toBe(true);
    for (const kind of ['accusation', 'denial', 'admission', 'affiliation'])
      await page.uncheck(`input[name="kind"][value="${kind}"]`);
    await page.waitForSelector('#empty-view:not([hidden])');
    expect(await page.textContent('#empty-view')).toContain('every claim kind is unchecked');
    await page.check('input[name="kind"][value="denial"]');
    await page.fill('#since', '2024-01-01');
    await page.locator('#since').dispatchEvent('change');
    await page.waitForFunction(() =>
      document.querySelector('#empty-view')?.textContent?.includes('no claim passes'),
    );
  });

  // ---- 2. labels -----------------------------------------------------------------------------------------

  it('labels the most accused actors and the selection, inside the canvas', async () => {
    await fresh();
    const labelled = async () => (await viewer(page, (h) => h.labels())).map((label) => label.node);
    for (const id of ['copper-heron', 'veyland', 'unit-12']) expect(await labelled()).toContain(id);
    const { width, height } = await viewer(page, (h) => h.viewport());
    for (const label of await viewer(page, (h) => h.labels())) {
      expect(label.x, label.text).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width, label.text).toBeLessThanOrEqual(width);
      expect(label.y).toBeGreaterThanOrEqual(0);
      expect(label.y + label.height).toBeLessThanOrEqual(height);
    }
    await fresh('#actor=ost-cert&labels=few');
    expect(await labelled()).toEqual(expect.arrayContaining(['ost-cert', 'tin-lynx']));
    await fresh();
    await page.selectOption('#label-density', 'all');
    await page.waitForFunction(
      () => window.claimgraphViewer?.labels().length === window.claimgraphViewer?.shownNodes().length,
    );
  });

  // ---- 3. direction and weight ----------------------------------------------------------------------------

  it('draws mutual accusations as two curves and weights edges by claims', async () => {
    await fresh();
    const there = await viewer(page, (h) => h.edgePoint('accusation:norland->veyland', 0.5));
    const back = await viewer(page, (h) => h.edgePoint('accusation:veyland->norland', 0.5));
    expect(Math.hypot((there?.x ?? 0) - (back?.x ?? 0), (there?.y ?? 0) - (back?.y ?? 0))).toBeGreaterThan(
      10,
    );
    const twice = await viewer(page, (h) => h.edge('accusation:brightwall->copper-heron')?.size ?? 0);
    const once = await viewer(page, (h) => h.edge('accusation:saltmere->copper-heron')?.size ?? 0);
    expect(twice).toBeGreaterThan(once);
    // Hovering the edge gives its count.
    const box = await page.locator('#graph').boundingBox();
    const middle = await viewer(page, (h) => h.edgePoint('accusation:brightwall->copper-heron', 0.5));
    await page.mouse.move((box?.x ?? 0) + (middle?.x ?? 0), (box?.y ?? 0) + (middle?.y ?? 0));
    await page.waitForSelector('#hover-card:not([hidden])');
    expect(await page.textContent('#hover-card')).toContain('Brightwall Security accused Copper Heron');
    expect(await page.textContent('#hover-card')).toContain('2 claim(s)');
  });

  it('sizes actors by the chosen measure and explains it in the legend', async () => {
    await fresh();
    const sizes = () =>
      viewer(page, (h): [number, number] => [
        h.node('brightwall')?.size ?? 0,
        h.node('copper-heron')?.size ?? 0,
      ]);
    const [accuser, accused] = await sizes();
    expect(accused).toBeGreaterThan(accuser);
    expect(await page.textContent('#graph-legend')).toContain('Circle size: accusations received');
    await page.selectOption('#size-by', 'made');
    await page.waitForFunction(() =>
      document.querySelector('#graph-legend')?.textContent?.includes('accusations made'),
    );
    const [accuserNow, accusedNow] = await sizes();
    expect(accuserNow).toBeGreaterThan(accusedNow);
    const legend = await page.textContent('#graph-legend');
    expect(legend).toContain('accusation: accuser → accused');
    expect(legend).toContain('admission: claimed responsibility → target');
    expect(legend).toContain('Line thickness: claims per edge (1 to 2');
    expect(legend).toContain('Actor colour: type');
  });

  // ---- 7. publication output ---------------------------------------------------------------------------

  it('saves SVG and 2× PNG with title, legend and the filters in a caption', async () => {
    await fresh();
    await page.uncheck('input[name="kind"][value="denial"]');
    await settled(page);
    await page.waitForFunction(() => window.claimgraphViewer?.edge('denial:veyland->norland')?.hidden);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#save-svg')]);
    const svgFile = join(RESULTS_DIR, 'viewer-analyst.svg');
    await svgDownload.saveAs(svgFile);
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg).toContain('claimgraph: who accused whom');
    expect(svg).toContain('kinds: accusation, admission, affiliation');
    expect(svg).toContain('accusation: accuser → accused');
    expect(svg.match(/<circle [^>]*data-node=/g)?.length).toBe((await shown(page)).length);
    expect(svg).toContain('>Copper Heron<');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#save-png')]);
    const pngFile = join(RESULTS_DIR, 'viewer-analyst-export.png');
    await pngDownload.saveAs(pngFile);
    const png = readFileSync(pngFile);
    const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([svgWidth * 2, svgHeight * 2]);
  });

  // ---- 6. analyst workflows ---------------------------------------------------------------------------------

  it('reopens the same view from its URL', async () => {
    await fresh();
    await page.uncheck('input[name="kind"][value="denial"]');
    await page.selectOption('#size-by', 'made');
    await page.fill('#search', 'Veyland');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#details[data-actor="veyland"]');
    await settled(page);
    const url = page.url();
    expect(url).toContain('actor=veyland');
    const before = await shownEdges(page);
    const other = await context.newPage();
    await other.goto(url);
    await other.waitForSelector('body[data-ready="true"]');
    await other.waitForSelector('#details[data-actor="veyland"] .actor-name');
    expect(await other.isChecked('input[name="kind"][value="denial"]')).toBe(false);
    expect(await other.inputValue('#size-by')).toBe('made');
    expect(await other.evaluate(() => window.claimgraphViewer?.shownEdges().sort())).toEqual(before);
    await other.close();
  });

  it('draws the shortest path between two actors', async () => {
    await fresh();
    await page.fill('#path-from', 'Mara Quell');
    await page.fill('#path-to', 'Ostmark CERT');
    await page.click('#path-find');
    await page.waitForSelector('#details[data-path] h2');
    expect(await page.textContent('#details h2')).toBe('No path from Mara Quell to Ostmark CERT');
    await page.fill('#path-to', 'Norland');
    await page.click('#path-find');
    await page.waitForSelector('#details[data-path="mara-quell,norland"] .path-steps');
    const steps = await page.locator('#details .path-steps li').count();
    const drawn = await viewer(page, (h) => h.shownEdges().filter((key) => h.edge(key)?.color === '#111111'));
    expect(drawn).toHaveLength(steps);
    expect(steps).toBe(3);
    // The drawn edges chain from Mara Quell to Norland.
    const ends = drawn.flatMap((key) => key.split(':')[1]?.split('->') ?? []);
    expect(ends).toContain('mara-quell');
    expect(ends).toContain('norland');
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-analyst-path.png') });
  });

  it('explores step by step, hides, undoes and collapses units', async () => {
    await fresh('#actor=tin-lynx');
    await page.click('#details button:text("Explore from here")');
    await page.waitForFunction(() => window.claimgraphViewer?.shownNodes().length === 1);
    await page.click('#details button:text("Expand neighbours")');
    await page.waitForFunction(() => window.claimgraphViewer?.shownNodes().length === 3);
    expect(await shown(page)).toEqual(['ost-cert', 'ostmark', 'tin-lynx']);
    await page.click('#explore-exit');
    await page.waitForFunction((n) => window.claimgraphViewer?.shownNodes().length === n, CONNECTED);

    await page.fill('#search', 'Grey Otter');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#details[data-actor="grey-otter"]');
    await page.click('#details button:text("Hide")');
    await page.waitForFunction(() => window.claimgraphViewer?.node('grey-otter')?.hidden === true);
    await page.click('#undo');
    await page.waitForFunction(() => window.claimgraphViewer?.node('grey-otter')?.hidden === false);

    await fresh('#collapse=1');
    expect(await page.isChecked('#collapse')).toBe(true);
    expect(await viewer(page, (h) => h.node('unit-12'))).toBeNull();
    expect(await viewer(page, (h) => h.node('norland')?.label)).toBe('Norland (+2)');
    expect(await viewer(page, (h) => h.edge('accusation:mara-quell->norland')?.hidden)).toBe(false);
    await clickEdge(page, 'accusation:veyland->norland');
    // Veyland accused Norland itself and its Cyber Unit 12: both edges under one.
    expect(await page.locator('#details .edge-title').allTextContents()).toEqual([
      'Veyland accused Norland',
      'Veyland accused Cyber Unit 12',
    ]);
  });

  it('keeps a pinned actor in place when a filter lays the rest out again', async () => {
    await fresh('#actor=veyland');
    await page.click('#details button:text("Pin")');
    await page.waitForFunction(() => location.hash.includes('pin=veyland'));
    const before = await viewer(page, (h) => h.positions());
    await page.uncheck('input[name="kind"][value="denial"]');
    await waitForStats(page, graph.edges.filter((edge) => edge.type !== 'DENIED').length + 1);
    const after = await viewer(page, (h) => h.positions());
    expect(after.veyland).toEqual(before.veyland);
    expect(after.norland).not.toEqual(before.norland);
    expect(await page.textContent('#details button:text("Unpin")')).toBe('Unpin');
  });

  it('steps through time with the slider and zooms with the buttons', async () => {
    await fresh();
    await page.locator('#time').fill('0');
    await page.waitForFunction(() => document.querySelector('#time-label')?.textContent === '2019-04-02');
    await settled(page);
    const in2019 = graph.edges.filter((edge) => edge.lastDate !== null && edge.firstDate === '2019-04-02');
    expect((await shownEdges(page)).length).toBe(in2019.length);
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#time-label')?.textContent === '2021-05-20');
    await page.waitForFunction(() => document.querySelector('#play')?.textContent?.includes('Play'), null, {
      timeout: 10_000,
    });
    expect(await page.textContent('#time-label')).toBe('all dates');

    const spread = () =>
      viewer(page, (h) => {
        const a = h.nodePoint('norland');
        const b = h.nodePoint('veyland');
        return Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0));
      });
    const before = await spread();
    await page.click('#zoom-in');
    await page.waitForTimeout(400);
    expect(await spread()).toBeGreaterThan(before * 1.2);
    await page.click('#zoom-fit');
    await page.waitForTimeout(100);
    expect(await spread()).toBeCloseTo(before, 0);
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-analyst.png') });
  });

  it('takes two quick clicks on different places for two clicks, not a double click', async () => {
    await fresh();
    const box = await page.locator('#graph').boundingBox();
    const at = (point: { x: number; y: number } | null) =>
      [(box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0)] as const;
    const actor = await viewer(page, (h) => h.nodePoint('copper-heron'));
    const edge = await viewer(page, (h) => h.edgePoint('accusation:norland->veyland', 0.5));
    const before = await viewer(page, (h) => h.nodePoint('norland'));
    // Back to back, well inside sigma's double-click time: the actor's profile, then the edge's claims.
    await page.mouse.click(...at(actor));
    await page.mouse.click(...at(edge));
    await page.waitForSelector('#details[data-edge="accusation:norland->veyland"]');
    expect(page.url()).toContain('edge=');
    // The second click did not zoom in on the graph.
    expect(await viewer(page, (h) => h.nodePoint('norland'))).toEqual(before);
    // A double click, as the browser counts it, still zooms in (on a fresh page: sigma's click count
    // is back to zero).
    await fresh();
    await page.mouse.dblclick(...at({ x: 10, y: 10 }));
    await page.waitForFunction((start) => {
      const now = window.claimgraphViewer?.nodePoint('norland');
      return now && (now.x !== start?.x || now.y !== start?.y);
    }, before);
  });

  it('shows a card when hovering an actor', async () => {
    await fresh();
    const box = await page.locator('#graph').boundingBox();
    const point = await viewer(page, (h) => h.nodePoint('copper-heron'));
    await page.mouse.move((box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0));
    await page.waitForSelector('#hover-card:not([hidden])');
    expect(await page.textContent('#hover-card')).toContain('Copper Heron');
    expect(await page.textContent('#hover-card')).toContain('accused 4 time(s)');
  });

  it('ran without page errors or CSP violations', () => {
    expect(events).toEqual({ dialogs: [], errors: [], cspViolations: [] });
  });
});

// ---- 9. without WebGL --------------------------------------------------------------------------------------

describeInBrowser('viewer without WebGL (headless Chromium)', () => {
  let server: RunningServer;
  let context: BrowserContext;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await startServer({ source: fixedSource(graph), assetsDir: viewerAssetsDir(), port: 0 });
    context = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('says what is missing, points to the exports and keeps search and evidence working', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="no-webgl"]');
    const message = await page.textContent('.no-webgl-message');
    expect(message).toContain('WebGL is not available');
    expect(message).toContain('claimgraph export --format csv');
    await page.fill('#search', 'Tin Lynx');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#details[data-actor="tin-lynx"] .actor-name');
    await page.click('#details button:text("Ostmark (1)")');
    await page.waitForSelector('#details .claim-head');
    expect(await page.textContent('#details .claim-head')).toContain('Tin Lynx claimed responsibility');
    expect(errors).toEqual([]);
  });
});
