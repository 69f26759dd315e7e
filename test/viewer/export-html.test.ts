import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/cli/export-formats.js';
import { embeddableJson, viewerHtml } from '../../src/server/export-html.js';
import { fixtureGraph } from './fixtures.js';

// A stand-in for viewer/dist with the layout vite writes, so the writer is tested without a build.
function fakeAssets(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-export-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'index-1.js'), code);
  writeFileSync(join(dir, 'assets', 'index-1.css'), 'body{color:red}');
  writeFileSync(
    join(dir, 'index.html'),
    '<html><head><title>t</title>\n<script type="module" crossorigin src="./assets/index-1.js"></script>\n' +
      '<link rel="stylesheet" crossorigin href="./assets/index-1.css">\n</head><body></body></html>',
  );
  return dir;
}

const dataOf = (html: string) =>
  /<script type="application\/json" id="claimgraph-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '';

describe('self-contained HTML export', () => {
  it('escapes < so document text cannot close the data element, and parses back unchanged', () => {
    const hostile = fixtureGraph('hostile-graph');
    const json = embeddableJson(hostile);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('inlines script and style, embeds the snapshot and allows only that script by hash', () => {
    const code = 'console.log("$& $1 viewer")';
    const html = viewerHtml(fixtureGraph('hostile-graph'), fakeAssets(code));
    expect(html).not.toContain('src="./assets');
    expect(html).not.toContain('href="./assets');
    expect(html).toContain(`<script type="module">${code}</script>`);
    expect(html).toContain('<style>body{color:red}</style>');
    expect(JSON.parse(dataOf(html))).toEqual(fixtureGraph('hostile-graph'));
    // Every <script> in the file is one of ours: the hostile names did not open any.
    expect(html.match(/<script/g)).toHaveLength(2);
    const hash = createHash('sha256').update(code).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).not.toContain('unsafe-inline');
  });

  it('is the html format of claimgraph export', async () => {
    const files = await EXPORT_FORMATS.html!(fixtureGraph('small-graph'));
    expect(files.map((file) => file.name)).toEqual(['graph.html']);
    expect(JSON.parse(dataOf(files[0]?.content ?? ''))).toEqual(fixtureGraph('small-graph'));
  });

  it('refuses a bundle that would end its own script element', () => {
    expect(() => viewerHtml(fixtureGraph('small-graph'), fakeAssets('let s = "</script>";'))).toThrow(
      /cannot be inlined/,
    );
  });
});
