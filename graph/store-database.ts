// Opening the store's SQLite database: journal and cache settings, the schema of a new store, the
// format check, and SQLite's errors turned into messages that say what happened to the data.
import Database from 'better-sqlite3';
import { ClaimgraphError } from '../core/errors.js';
import { SCHEMA, STORE_FORMAT, STORE_VERSION } from './store-schema.js';

/** How long a writer waits for another process's transaction before giving up. */
const BUSY_TIMEOUT_MS = 60_000;
const CACHE_KIB = 65_536;

/** Opens a database and creates the schema if it is new; refuses a database of another program. */
export function openDatabase(file: string): Database.Database {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL never corrupts the store; a power cut may undo the last commits, which
    // closing the store (a checkpoint with fsync) makes durable.
    db.pragma('synchronous = NORMAL');
    // Index pages of a large store are touched in random order while ingesting; 64 MiB of page
    // cache (SQLite's default is 2 MiB) keeps the hot ones, and bounds memory whatever the size.
    db.pragma(`cache_size = -${CACHE_KIB}`);
    const open = db;
    open
      .transaction(() => {
        const tables = open.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[];
        if (tables.length === 0) {
          open.exec(SCHEMA);
          const setMeta = open.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
          setMeta.run('format', STORE_FORMAT);
          setMeta.run('version', String(STORE_VERSION));
        }
      })
      .immediate();
    checkFormat(open, file);
    return open;
  } catch (err) {
    db?.close();
    throw storeError(file, err);
  }
}

function checkFormat(db: Database.Database, file: string): void {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  const meta = hasMeta
    ? new Map(
        (db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((row) => [
          row.key,
          row.value,
        ]),
      )
    : new Map<string, string>();
  if (meta.get('format') !== STORE_FORMAT || meta.get('version') !== String(STORE_VERSION)) {
    throw new ClaimgraphError('store', `${file}: not a claimgraph store (version ${STORE_VERSION})`);
  }
}

/** SQLite's errors as the store's own, saying what happened to the data. */
export function storeError(file: string | null, err: unknown): unknown {
  if (!(err instanceof Database.SqliteError)) return err;
  const where = file ?? 'in-memory store';
  if (err.code === 'SQLITE_FULL' || err.code.startsWith('SQLITE_IOERR'))
    return new ClaimgraphError(
      'store',
      `${where}: cannot write (${err.message}); the store keeps its last complete document`,
    );
  if (err.code === 'SQLITE_CORRUPT' || err.code === 'SQLITE_NOTADB')
    return new ClaimgraphError(
      'store',
      `${where}: the store is damaged (${err.message}); restore a copy or remove it to start afresh`,
    );
  if (err.code === 'SQLITE_BUSY')
    return new ClaimgraphError(
      'store',
      `${where}: another process kept the store locked for ${BUSY_TIMEOUT_MS / 1000} s`,
    );
  return new ClaimgraphError('store', `${where}: ${err.message}`);
}
