// `claimgraph export --format html`: the viewer as one self-contained file that works offline from disk.
// The built page's script and stylesheet are inlined, and the snapshot rides along as JSON in a
// <script type="application/json"> element that the page reads instead of calling the API.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFile } from '../../graph/export/types.js';
import type { GraphSnapshot } from '../../graph/model.js';
import { ClaimgraphError } from '../../core/errors.js';
import { viewerAssetsDir } from './assets.js';

/** Must match EMBEDDED_DATA_ID in viewer/src/client.ts. */
const DATA_ELEMENT_ID = 'claimgraph-data';

const SCRIPT_TAG = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/;
const STYLE_TAG = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/;

/** JSON that cannot end its <script> element: every `<` becomes \u003c, which JSON.parse reads back as `<`. */
export function embeddableJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A bundle that spelled its own end tag would end the inline element early; vite's output never
 * does, and this guard keeps it that way rather than silently writing a broken page. */
function inlineable(code: string, tag: 'script' | 'style'): string {
  if (new RegExp(`</${tag}|<!--`, 'i').test(code))
    throw new ClaimgraphError(
      'export',
      `the built viewer ${tag} cannot be inlined: it contains </${tag} or <!--`,
    );
  return code;
}

export function viewerHtml(snapshot: GraphSnapshot, assetsDir: string = viewerAssetsDir()): string {
  const page = readFileSync(join(assetsDir, 'index.html'), 'utf8');
  const script = SCRIPT_TAG.exec(page);
  const style = STYLE_TAG.exec(page);
  if (!script?.[1] || !style?.[1])
    throw new ClaimgraphError(
      'export',
      `unexpected layout of ${join(assetsDir, 'index.html')}; rebuild with "npm run build"`,
    );
  const code = inlineable(readFileSync(join(assetsDir, script[1]), 'utf8'), 'script');
  const css = inlineable(readFileSync(join(assetsDir, style[1]), 'utf8'), 'style');
  // Opened from disk there are no response headers, so the policy travels in a meta element: only
  // this exact script may run, and the page may fetch nothing.
  const policy = [
    "default-src 'none'",
    `script-src ${sha256Source(code)}`,
    `style-src ${sha256Source(css)}`,
    'img-src data: blob:',
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    `<style>${css}</style>`,
    `<script type="application/json" id="${DATA_ELEMENT_ID}">${embeddableJson(snapshot)}</script>`,
    `<script type="module">${code}</script>`,
  ].join('\n    ');
  // Replacer functions: `$` in the bundle must not be read as a replacement pattern.
  return page.replace(style[0], () => '').replace(script[0], () => head);
}

/** The `html` entry of the export writers (src/cli/export-formats.ts). */
export function htmlExport(snapshot: GraphSnapshot): ExportFile[] {
  return [{ name: 'graph.html', content: viewerHtml(snapshot) }];
}
