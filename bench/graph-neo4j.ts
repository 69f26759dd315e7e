// Neo4j loading benchmark: claims per second written by `claimgraph load` (loadSnapshot: UNWIND
// batches in managed transactions over Bolt) versus LOAD CSV of the same rows (the csv export)
// into the same server in the same run, and the ratio. Each method starts from an empty graph with
// the uniqueness constraints in place; both end with the same counts, or the run fails. Then the
// bulk path (`load --bulk`: neo4j-admin database import full, scripts/neo4j-admin.sh) into a
// scratch Neo4j home, since it needs a stopped database; its CPU time comes from /usr/bin/time.
//   node dist/bench/graph-neo4j.js [--claims 100000] [--batch-size 1000] [--repeat 1]
// Server: NEO4J_URI etc. as for the CLI; without NEO4J_URI the embedded test server is started
// (scripts/neo4j-start.sh). LOAD CSV reads from its import folder (CLAIMGRAPH_NEO4J_IMPORT_DIR
// overrides neo4j-server/run/import for another server). Like the tests, the benchmark clears only a
// scratch database (scripts/neo4j-scratch-database.ts): an empty one, or one carrying its marker; a
// server holding anyone else's graph is refused untouched, and the database is left empty at the end.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { openDriver, resolveNeo4jConfig } from '../graph/neo4j/connection.js';
import { claimTestDatabase, ownerToken, releaseTestDatabase } from '../scripts/neo4j-scratch-database.js';
import {
  clearGraph,
  DEFAULT_BATCH_SIZE,
  ensureConstraints,
  graphCounts,
  loadSnapshot,
  type GraphCounts,
} from '../graph/neo4j/load.js';
import { bulkImport } from '../graph/neo4j/bulk-import.js';
import { loadCsvFiles, writeLoadCsvFiles } from '../graph/neo4j/load-csv.js';
import type { GraphSnapshot } from '../graph/model.js';
import { EmbeddedStore } from '../graph/store.js';
import { syntheticCorpus } from './synthetic/generate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CSV_FOLDER = 'claimgraph-bench';
/** Linux's USER_HZ: /proc reports CPU times in these ticks. */
const CLOCK_TICKS = 100;

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    repeat: { type: 'string', default: '1' },
  },
});

interface Timing {
  method: string;
  seconds: number;
  claimsPerSecond: number;
  /** CPU seconds of the Neo4j JVM plus this process; null when the server's pid is unknown. */
  cpuSeconds: number | null;
  claimsPerCpuSecond: number | null;
}

async function main(): Promise<void> {
  const claims = Number(values.claims);
  const batchSize = Number(values['batch-size']);
  const repeat = Number(values.repeat);
  if (!process.env.NEO4J_URI) startEmbeddedServer();
  const config = resolveNeo4jConfig({});
  const importDir = process.env.CLAIMGRAPH_NEO4J_IMPORT_DIR || join(ROOT, 'neo4j-server/run/import');

  process.stderr.write(`neo4j load: building ${claims.toLocaleString('en')} synthetic claims...\n`);
  const snapshot = syntheticSnapshot(claims);
  const csvDir = join(importDir, CSV_FOLDER);
  await writeLoadCsvFiles(snapshot, csvDir);

  const driver = openDriver(config);
  const token = ownerToken(join(ROOT, 'neo4j-server/run/test-owner.token'));
  try {
    await driver.verifyConnectivity();
    await claimTestDatabase(driver, token);
    const timings: Timing[] = [];
    for (let round = 0; round < repeat; round++) {
      // Alternating order, so neither method always gets the warmer server.
      const methods = round % 2 === 0 ? ['claimgraph load', 'LOAD CSV'] : ['LOAD CSV', 'claimgraph load'];
      const counts: GraphCounts[] = [];
      for (const method of methods) {
        const { seconds, cpuSeconds, after } = await timeFromEmpty(driver, () =>
          method === 'LOAD CSV'
            ? loadCsvFiles(driver, `file:///${CSV_FOLDER}/`, { batchSize })
            : loadSnapshot(driver, snapshot, { batchSize }),
        );
        counts.push(after);
        const perCpu = cpuSeconds === null ? null : snapshot.claims.length / cpuSeconds;
        timings.push({
          method,
          seconds,
          claimsPerSecond: snapshot.claims.length / seconds,
          cpuSeconds,
          claimsPerCpuSecond: perCpu,
        });
        process.stderr.write(
          `  ${method.padEnd(16)} ${seconds.toFixed(1)} s wall, ${cpuSeconds?.toFixed(1) ?? '?'} s CPU\n`,
        );
      }
      if (JSON.stringify(counts[0]) !== JSON.stringify(counts[1])) {
        throw new Error(`the two methods left different graphs: ${JSON.stringify(counts)}`);
      }
    }
    const bulk = await timeBulkImport(snapshot);
    if (bulk) timings.push(bulk);
    await report(snapshot, config.uri, batchSize, timings);
    await releaseTestDatabase(driver, token);
  } finally {
    await driver.close();
    await rm(csvDir, { recursive: true, force: true });
  }
}

/** neo4j-admin's import of the same rows into an empty database of a scratch Neo4j home. */
async function timeBulkImport(snapshot: GraphSnapshot): Promise<Timing | null> {
  const home = await mkdtemp(join(tmpdir(), 'claimgraph-bench-home-'));
  const marker = 'claimgraph-bench-cpu';
  let output = '';
  try {
    const clientBefore = process.cpuUsage();
    const start = performance.now();
    await bulkImport(snapshot, {
      neo4jAdmin: [
        'env',
        `NEO4J_HOME=${home}`,
        '/usr/bin/time',
        '-f',
        `${marker} %U %S`,
        'bash',
        join(ROOT, 'scripts/neo4j-admin.sh'),
      ],
      onOutput: (chunk) => (output += chunk),
    });
    const seconds = (performance.now() - start) / 1000;
    const client = process.cpuUsage(clientBefore);
    const [, user, system] = new RegExp(`${marker} ([\\d.]+) ([\\d.]+)`).exec(output) ?? [];
    const cpuSeconds =
      user === undefined ? null : Number(user) + Number(system) + (client.user + client.system) / 1e6;
    process.stderr.write(
      `  ${'neo4j-admin import'.padEnd(16)} ${seconds.toFixed(1)} s wall, ${cpuSeconds?.toFixed(1) ?? '?'} s CPU\n`,
    );
    const claims = snapshot.claims.length;
    return {
      method: 'neo4j-admin import',
      seconds,
      claimsPerSecond: claims / seconds,
      cpuSeconds,
      claimsPerCpuSecond: cpuSeconds === null ? null : claims / cpuSeconds,
    };
  } catch (err) {
    process.stderr.write(
      `  neo4j-admin import not measured: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return null;
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

function startEmbeddedServer(): void {
  const started = spawnSync('bash', [join(ROOT, 'scripts/neo4j-start.sh')], { stdio: ['ignore', 2, 2] });
  if (started.status !== 0) throw new Error('scripts/neo4j-start.sh failed');
}

function syntheticSnapshot(claims: number): GraphSnapshot {
  const store = EmbeddedStore.inMemory();
  for (const { extraction } of syntheticCorpus({ claims })) store.ingest(extraction);
  return store.snapshot();
}

async function timeFromEmpty(
  driver: Driver,
  load: () => Promise<unknown>,
): Promise<{ seconds: number; cpuSeconds: number | null; after: GraphCounts }> {
  await clearGraph(driver);
  const session = driver.session();
  await ensureConstraints(session);
  await session.close();
  const serverBefore = serverCpuSeconds();
  const clientBefore = process.cpuUsage();
  const start = performance.now();
  await load();
  const seconds = (performance.now() - start) / 1000;
  const client = process.cpuUsage(clientBefore);
  const serverAfter = serverCpuSeconds();
  const cpuSeconds =
    serverBefore === null || serverAfter === null
      ? null
      : serverAfter - serverBefore + (client.user + client.system) / 1e6;
  return { seconds, cpuSeconds, after: await graphCounts(driver) };
}

/** CPU time of the embedded server's JVM from /proc: unlike wall time, barely disturbed by other
 * work on a shared machine. Null for a server this machine cannot see (NEO4J_URI elsewhere). */
function serverCpuSeconds(): number | null {
  try {
    const pid = readFileSync(join(ROOT, 'neo4j-server/run/neo4j.pid'), 'utf8').trim();
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th overall.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
};

async function report(
  snapshot: GraphSnapshot,
  uri: string,
  batchSize: number,
  timings: Timing[],
): Promise<void> {
  const rate = (method: string): number =>
    median(timings.filter((t) => t.method === method).map((t) => t.claimsPerSecond));
  const cpuRate = (method: string): number | null => {
    const rates = timings.filter((t) => t.method === method).map((t) => t.claimsPerCpuSecond);
    return rates.every((r): r is number => r !== null) ? median(rates) : null;
  };
  const loader = rate('claimgraph load');
  const csv = rate('LOAD CSV');
  const loaderCpu = cpuRate('claimgraph load');
  const csvCpu = cpuRate('LOAD CSV');
  const bulkTiming = timings.find((t) => t.method === 'neo4j-admin import');
  const result = {
    claims: snapshot.claims.length,
    actors: snapshot.actors.length,
    documents: snapshot.documents.length,
    derivedEdges: snapshot.edges.length,
    uri,
    batchSize,
    timings,
    claimsPerSecond: { claimgraphLoad: Math.round(loader), loadCsv: Math.round(csv) },
    loadCsvOverClaimgraphLoad: Number((csv / loader).toFixed(2)),
    claimsPerCpuSecond:
      loaderCpu === null || csvCpu === null
        ? null
        : { claimgraphLoad: Math.round(loaderCpu), loadCsv: Math.round(csvCpu) },
    loadCsvOverClaimgraphLoadByCpu:
      loaderCpu === null || csvCpu === null ? null : Number((csvCpu / loaderCpu).toFixed(2)),
    bulkOverClaimgraphLoad: bulkTiming ? Number((bulkTiming.claimsPerSecond / loader).toFixed(1)) : null,
    bulkOverClaimgraphLoadByCpu:
      bulkTiming?.claimsPerCpuSecond && loaderCpu
        ? Number((bulkTiming.claimsPerCpuSecond / loaderCpu).toFixed(1))
        : null,
  };
  const perCpu = (value: number | null): string =>
    value === null ? '' : `, ${Math.round(value).toLocaleString('en')} claims/CPU-s`;
  process.stdout.write(
    `${result.claims.toLocaleString('en')} claims, ${result.actors} actors, ${result.documents.toLocaleString('en')} documents, ` +
      `${result.derivedEdges.toLocaleString('en')} derived edges; batches of ${batchSize}\n` +
      `  claimgraph load  ${Math.round(loader).toLocaleString('en').padStart(8)} claims/s${perCpu(loaderCpu)}\n` +
      `  LOAD CSV         ${Math.round(csv).toLocaleString('en').padStart(8)} claims/s${perCpu(csvCpu)}\n` +
      `  ratio LOAD CSV / claimgraph load: ${result.loadCsvOverClaimgraphLoad} by wall time` +
      `${result.loadCsvOverClaimgraphLoadByCpu === null ? '' : `, ${result.loadCsvOverClaimgraphLoadByCpu} by CPU time`}\n` +
      (bulkTiming
        ? `  neo4j-admin import ${Math.round(bulkTiming.claimsPerSecond).toLocaleString('en').padStart(6)} claims/s${perCpu(bulkTiming.claimsPerCpuSecond)}\n` +
          `  ratio neo4j-admin import / claimgraph load: ${result.bulkOverClaimgraphLoad} by wall time` +
          `${result.bulkOverClaimgraphLoadByCpu === null ? '' : `, ${result.bulkOverClaimgraphLoadByCpu} by CPU time`}\n`
        : ''),
  );
  const out = join(ROOT, 'bench/out');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'graph-neo4j.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
