// Command-line paths -> the document files to read, in a stable order.
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { formatOf, SUPPORTED_EXTENSIONS } from './formats.js';
import type { InputFormat } from './formats.js';
import { describeFsError } from './fs-error.js';

export type InputFile =
  { ok: true; path: string; format: InputFormat } | { ok: false; path: string; error: string };

/** Files are taken as named (an unsupported extension is an error); directories are walked
 * recursively, keeping only document extensions, sorted by path so output order does not depend
 * on the file system. A walk skips hidden entries (.git and the like) and README files, which
 * describe a folder of documents rather than being one. */
export async function findInputFiles(paths: string[]): Promise<InputFile[]> {
  const found: InputFile[] = [];
  for (const path of paths) found.push(...(await filesFromPath(path)));
  return found;
}

async function filesFromPath(path: string): Promise<InputFile[]> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    return [{ ok: false, path, error: describeFsError(err) }];
  }
  if (info.isDirectory()) return filesInDirectory(path);
  const format = formatOf(path);
  if (!format)
    return [
      { ok: false, path, error: `unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')})` },
    ];
  return [{ ok: true, path, format }];
}

async function filesInDirectory(root: string): Promise<InputFile[]> {
  let names: string[];
  try {
    names = await readdir(root, { recursive: true });
  } catch (err) {
    return [{ ok: false, path: root, error: describeFsError(err) }];
  }
  const files: InputFile[] = [];
  for (const name of names.sort()) {
    const format = formatOf(name);
    if (!format || isSkippedInWalk(name)) continue;
    const path = join(root, name);
    try {
      // A directory can be named like a document ("notes.md/"); it is walked, not read.
      if (!(await stat(path)).isDirectory()) files.push({ ok: true, path, format });
    } catch (err) {
      files.push({ ok: false, path, error: describeFsError(err) });
    }
  }
  if (files.length === 0)
    return [{ ok: false, path: root, error: `no ${SUPPORTED_EXTENSIONS.join('/')} files in directory` }];
  return files;
}

const README = /^readme\.[a-z]+$/i;

function isSkippedInWalk(relativePath: string): boolean {
  const parts = relativePath.split(sep);
  return parts.some((part) => part.startsWith('.')) || README.test(parts.at(-1) ?? '');
}
