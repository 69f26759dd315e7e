// The viewer at scale: a synthetic graph (5,000 actors, ~20,000 edges by default) served by
// `claimgraph serve`'s server and driven in headless Chromium (software WebGL), timing what an analyst
// waits for. Usage: node dist/bench/viewer.js [--actors 5000] [--edges-per-actor 4] [--clicks 5]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { viewerAssetsDir } from '../src/server/assets.js';
import { startServer } from '../src/server/server.js';
import { fixedSource } from '../src/server/source.js';
import { syntheticGraph } from './viewer-graph.js';

const CHROMIUM = '/usr/bin/chromium';

/** The part of the page's automation handle (viewer/src/automation.ts) this benchmark uses. */
interface PageWithHandle {
  claimgraphViewer?: {
    shownNodes(): string[];
    nodePoint(id: string): { x: number; y: number } | null;
    layoutSettled(): Promise<void>;
  };
}

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '5000' },
    'edges-per-actor': { type: 'string', default: '4' },
    clicks: { type: 'string', default: '5' },
  },
});

interface LoadTimes {
  firstRender: number;
  laidOut: number;
  longestTask: number;
  tasksOver200: number;
}

/** Long tasks are recorded from the page's first script on, so those of the first load count too. */
const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function load(page: Page, url: string): Promise<LoadTimes> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 600_000 });
  return page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const firstRender = mark('claimgraph-first-render');
    const laidOut = mark('claimgraph-laid-out');
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const during = tasks.filter((task) => task.start >= firstRender && task.start <= laidOut);
    return {
      firstRender,
      laidOut,
      longestTask: Math.max(0, ...during.map((task) => task.duration)),
      tasksOver200: during.filter((task) => task.duration > 200).length,
    };
  });
}

async function timed(action: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

const median = (numbers: number[]) =>
  [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;

async function statsChange(page: Page, change: () => Promise<void>): Promise<number> {
  const before = await page.getAttribute('#stats', 'data-edges');
  return timed(async () => {
    await change();
    await page.waitForFunction(
      (edges) => document.querySelector('#stats')?.getAttribute('data-edges') !== edges,
      before,
      { timeout: 120_000 },
    );
  });
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (bash scripts/install-chromium.sh)`);
  const graph = syntheticGraph(Number(values.actors), Number(values['edges-per-actor']));
  const server = await startServer({ source: fixedSource(graph), assetsDir: viewerAssetsDir(), port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const rows: [string, string, string][] = [];
  const ms = (value: number) => `${Math.round(value)} ms`;
  try {
    const raw = await fetch(new URL('api/graph', server.url), { headers: { 'Accept-Encoding': 'identity' } });
    const rawBytes = (await raw.arrayBuffer()).byteLength;
    const { request } = await import('node:http');
    const compressedBytes = await new Promise<number>((resolve, reject) => {
      const req = request(
        new URL('api/graph', server.url),
        { headers: { 'Accept-Encoding': 'br, gzip' } },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => resolve(bytes));
        },
      );
      req.on('error', reject);
      req.end();
    });
    rows.push([
      '/api/graph size',
      `${(rawBytes / 1e6).toFixed(2)} MB → ${(compressedBytes / 1e6).toFixed(2)} MB (br)`,
      'compressed',
    ]);

    const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
    await context.addInitScript(RECORD_LONG_TASKS);
    const page = await context.newPage();
    const first = await load(page, server.url);
    rows.push(['first render (graph drawn, before layout)', ms(first.firstRender), '≤ 3000 ms']);
    rows.push(['layout done and view fitted', ms(first.laidOut), '']);
    rows.push([
      'longest main-thread task during layout',
      `${ms(first.longestTask)} (${first.tasksOver200} over 200 ms)`,
      '≤ 200 ms',
    ]);

    const shown = await page.evaluate(
      () => (window as unknown as PageWithHandle).claimgraphViewer?.shownNodes() ?? [],
    );
    const clicks: number[] = [];
    for (const id of shown.slice(0, Number(values.clicks))) {
      const point = await page.evaluate(
        (node) => (window as unknown as PageWithHandle).claimgraphViewer?.nodePoint(node) ?? null,
        id,
      );
      const box = await page.locator('#graph').boundingBox();
      if (!point || !box) continue;
      await page.evaluate(() => document.querySelector('#details')?.removeAttribute('data-actor'));
      clicks.push(
        await timed(async () => {
          await page.mouse.click(box.x + point.x, box.y + point.y);
          await page.waitForSelector('#details[data-actor] .actor-name', { timeout: 60_000 });
        }),
      );
    }
    rows.push(['node click → profile (median)', `${ms(median(clicks))} (of ${clicks.length})`, '≤ 300 ms']);

    const search = await timed(async () => {
      await page.fill('#search', 'Actor 17');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#details[data-actor="actor-17"] .actor-name', { timeout: 60_000 });
    });
    rows.push(['search → profile', ms(search), '']);

    const kindOff = await statsChange(page, () => page.uncheck('input[name="kind"][value="denial"]'));
    await page.evaluate(() => (window as unknown as PageWithHandle).claimgraphViewer?.layoutSettled());
    const kindOn = await statsChange(page, () => page.check('input[name="kind"][value="denial"]'));
    await page.evaluate(() => (window as unknown as PageWithHandle).claimgraphViewer?.layoutSettled());
    rows.push(['kind filter (denials off / on)', `${ms(kindOff)} / ${ms(kindOn)}`, '≤ 500 ms']);
    const dateOn = await statsChange(page, async () => {
      await page.fill('#since', '2018-01-01');
      await page.locator('#since').dispatchEvent('change');
    });
    await page.evaluate(() => (window as unknown as PageWithHandle).claimgraphViewer?.layoutSettled());
    rows.push(['date filter (since 2018-01-01)', ms(dateOn), '≤ 500 ms']);

    const again = await load(page, server.url);
    rows.push([
      'reload: first render / laid out (positions stored)',
      `${ms(again.firstRender)} / ${ms(again.laidOut)}`,
      '',
    ]);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `viewer at ${graph.actors.length} actors / ${graph.edges.length} edges (headless Chromium, software WebGL)\n`,
  );
  console.log('| measure | result | target |\n|---|---:|---|');
  for (const [what, result, target] of rows) console.log(`| ${what} | ${result} | ${target} |`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
