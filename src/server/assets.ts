// Where the built page lives: viewer/dist at the package root, found from this module's own location
// so it works from src/ (tests) and from dist/src/ (the installed CLI) alike.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimgraphError } from '../../core/errors.js';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new ClaimgraphError('server', 'cannot find the claimgraph package root');
    dir = parent;
  }
  return dir;
}

/** The built viewer; an error telling how to build it when it is missing. */
export function viewerAssetsDir(): string {
  const dir = join(packageRoot(), 'viewer', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new ClaimgraphError(
      'server',
      `the viewer is not built (no ${join(dir, 'index.html')}); run "npm run build"`,
    );
  }
  return dir;
}
