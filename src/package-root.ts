// The installed package's root folder and manifest, found from this module's own location so it
// works from src/ (tests) and from dist/src/ (the installed CLI) alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimgraphError } from '../core/errors.js';

export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new ClaimgraphError('server', 'cannot find the claimgraph package root');
    dir = parent;
  }
  return dir;
}

/** The version in package.json, for `claimgraph --version`. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
