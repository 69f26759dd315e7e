// Headless Chromium for the viewer's end-to-end tests: Debian's chromium driven by playwright-core.
// Without /usr/bin/chromium the tests are skipped with a reason, except under CI=true, where they fail.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { required } from '../requirements.js';
// The page's automation handle on `window` (its `declare global`), for the page.evaluate calls.
import type {} from '../../viewer/src/automation-handle.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS_DIR = join(ROOT, 'test-results');

export function describeInBrowser(name: string, body: () => void): void {
  const present = existsSync(CHROMIUM);
  if (required(present, `the browser tests "${name}"`, `${CHROMIUM} (bash scripts/install-chromium.sh)`))
    describe(name, body);
  else describe.skip(name, body);
}

/** Builds the page when viewer/dist is missing (npm run build normally does it). */
export async function ensureViewerBuilt(): Promise<void> {
  if (existsSync(join(ROOT, 'viewer', 'dist', 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'viewer', 'vite.config.ts'), logLevel: 'warn' });
}

export function launchBrowser(extraArgs: string[] = []): Promise<BrowserContext> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'claimgraph-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 850 },
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** What the page did besides drawing: dialogs opened, uncaught errors, CSP violations. */
export interface PageEvents {
  dialogs: string[];
  errors: string[];
  cspViolations: string[];
}

/** Opens the viewer and waits until it has drawn the graph and the layout has settled by itself. */
export async function openViewer(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; events: PageEvents }> {
  const page = await context.newPage();
  const events: PageEvents = { dialogs: [], errors: [], cspViolations: [] };
  page.on('dialog', (dialog) => {
    events.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.errors.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) events.cspViolations.push(message.text());
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await settled(page);
  return { page, events };
}

/** Waits until the layout has stopped and the view is drawn. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => window.claimgraphViewer?.layoutSettled());
}

/** Clicks an edge where it is drawn, trying points along it until the details panel shows that edge. */
export async function clickEdge(page: Page, key: string): Promise<void> {
  await page.evaluate(() => window.claimgraphViewer?.resetCamera());
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph container is not visible');
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const point = await page.evaluate(([edge, at]) => window.claimgraphViewer?.edgePoint(edge, at) ?? null, [
      key,
      t,
    ] as const);
    if (!point || point.x < 0 || point.y < 0 || point.x > box.width || point.y > box.height) continue;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const opened = await page
      .waitForFunction(
        (edge) => document.querySelector('#details')?.getAttribute('data-edge') === edge,
        key,
        { timeout: 2000 },
      )
      .then(() => true)
      .catch(() => false);
    if (opened) return;
  }
  throw new Error(`could not click edge ${key}`);
}
