// Command-line paths -> the document files to read, in a stable order. The walk stays inside what
// it was given: only regular files are documents (a FIFO would block the run, a device never ends),
// symbolic links are followed only when they lead back inside the folder being walked (or anywhere
// with `followSymlinks`), every real directory is walked once, so link loops end, and every real file
// (device + inode) becomes at most one document, whatever path or link reached it.
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { formatOf, SUPPORTED_EXTENSIONS } from './formats.js';
import type { InputFormat } from './formats.js';
import { describeFsError } from './fs-error.js';

/** Which real file a path named when the walk saw it: "dev:ino". */
export type FileIdentity = string;

export type InputFile =
  | { ok: true; path: string; format: InputFormat; identity: FileIdentity }
  | { ok: false; path: string; error: string };

export interface WalkOptions {
  /** Follow symbolic links that lead out of the folder being walked. Off by default. */
  followSymlinks?: boolean;
}

/** Files are taken as named (an unsupported extension is an error); directories are walked
 * recursively, keeping only document extensions, sorted by path so output order does not depend
 * on the file system. A walk skips hidden entries (.git and the like) and README files, which
 * describe a folder of documents rather than being one. Paths are normalised (relative to the
 * working directory when inside it, absolute otherwise), so one file always has one path. */
export async function findInputFiles(paths: string[], options: WalkOptions = {}): Promise<InputFile[]> {
  const walk = new Walk(options);
  const found: InputFile[] = [];
  for (const path of paths) found.push(...(await walk.fromArgument(path)));
  return found;
}

export function identityOf(info: Pick<Stats, 'dev' | 'ino'>): FileIdentity {
  return `${info.dev}:${info.ino}`;
}

/** `./a.txt`, `sub/../a.txt` and `/cwd/a.txt` all become `a.txt`; a path outside the working
 * directory becomes absolute. */
export function normalisePath(path: string): string {
  const absolute = resolve(path);
  const fromHere = relative(process.cwd(), absolute);
  if (fromHere === '') return '.';
  const outside = fromHere === '..' || fromHere.startsWith(`..${sep}`) || isAbsolute(fromHere);
  return outside ? absolute : fromHere;
}

interface Candidate {
  /** Path below the walked root, for sorting. */
  relativePath: string;
  file: InputFile;
}

class Walk {
  private readonly seenFiles = new Set<FileIdentity>();
  private readonly seenDirectories = new Set<FileIdentity>();

  constructor(private readonly options: WalkOptions) {}

  async fromArgument(argument: string): Promise<InputFile[]> {
    const path = normalisePath(argument);
    let info: Stats;
    try {
      info = await stat(path);
    } catch (err) {
      return [{ ok: false, path, error: describeFsError(err) }];
    }
    if (info.isDirectory()) return this.fromDirectory(path, info);
    const format = formatOf(path);
    if (!format)
      return [
        { ok: false, path, error: `unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')})` },
      ];
    const file = this.fileFrom(path, format, info);
    return file ? [file] : [];
  }

  private async fromDirectory(root: string, info: Stats): Promise<InputFile[]> {
    let rootReal: string;
    try {
      rootReal = await realpath(root);
    } catch (err) {
      return [{ ok: false, path: root, error: describeFsError(err) }];
    }
    const candidates: Candidate[] = [];
    const failure = await this.walkDirectory(root, rootReal, '', info, candidates);
    if (failure) return [failure];
    // Sorted before deduplication, so which path names a twice-reached file does not depend on
    // the order the file system lists entries in.
    candidates.sort((a, b) =>
      a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0,
    );
    const files: InputFile[] = [];
    for (const { file } of candidates) {
      if (file.ok && !this.firstSighting(file.identity)) continue;
      files.push(file);
    }
    if (candidates.length === 0)
      return [{ ok: false, path: root, error: `no ${SUPPORTED_EXTENSIONS.join('/')} files in directory` }];
    return files;
  }

  /** Collects the documents below `directory`; returns an error only when `directory` itself cannot
   * be listed (for the root, that is the whole answer). */
  private async walkDirectory(
    directory: string,
    rootReal: string,
    relativeDir: string,
    info: Stats,
    into: Candidate[],
  ): Promise<InputFile | null> {
    if (this.seenDirectories.has(identityOf(info))) return null;
    this.seenDirectories.add(identityOf(info));
    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (err) {
      return { ok: false, path: directory, error: describeFsError(err) };
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(directory, entry.name);
      const relativePath = relativeDir === '' ? entry.name : join(relativeDir, entry.name);
      const add = (file: InputFile) => into.push({ relativePath, file });
      const format = formatOf(entry.name);
      const isDocumentName = format !== null && !README.test(entry.name);
      let target: Stats;
      try {
        if (entry.isSymbolicLink()) {
          const outside = !isInside(await realpath(path), rootReal);
          if (outside && !this.options.followSymlinks) {
            if (isDocumentName || (await stat(path)).isDirectory())
              add({ ok: false, path, error: SYMLINK_OUTSIDE });
            continue;
          }
        } else if (!entry.isDirectory() && !isDocumentName) continue;
        target = await stat(path);
      } catch (err) {
        if (isDocumentName) add({ ok: false, path, error: describeFsError(err) });
        continue;
      }
      if (target.isDirectory()) {
        const failure = await this.walkDirectory(path, rootReal, relativePath, target, into);
        if (failure) add(failure);
      } else if (isDocumentName) {
        const file = this.fileFrom(path, format, target, false);
        if (file) add(file);
      }
    }
    return null;
  }

  /** A document file, an error for a special file, or null for a file already taken. */
  private fileFrom(path: string, format: InputFormat, info: Stats, dedupeNow = true): InputFile | null {
    if (!info.isFile()) return { ok: false, path, error: `not a regular file (${kindOf(info)})` };
    const identity = identityOf(info);
    if (dedupeNow && !this.firstSighting(identity)) return null;
    return { ok: true, path, format, identity };
  }

  private firstSighting(identity: FileIdentity): boolean {
    if (this.seenFiles.has(identity)) return false;
    this.seenFiles.add(identity);
    return true;
  }
}

const README = /^readme\.[a-z]+$/i;
const SYMLINK_OUTSIDE = 'symbolic link to outside the folder, not followed (--follow-symlinks follows it)';

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

export function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isDirectory()) return 'a directory';
  return 'not a file';
}
