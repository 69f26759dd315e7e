// Where the built page lives: viewer/dist at the package root.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimgraphError } from '../../core/errors.js';
import { packageRoot } from '../package-root.js';

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
