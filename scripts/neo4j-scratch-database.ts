// The Neo4j tests and the Neo4j benchmark own the database they clear, and can show it: the database
// holds a marker node (`:ClaimgraphTestMarker {token}`) whose token matches the one kept in the
// embedded server's run folder, or it is completely empty and the marker is written now. Anything else
// (a user's graph, a marker from another checkout) is refused before a single node is deleted.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Driver } from 'neo4j-driver';

export const MARKER_LABEL = 'ClaimgraphTestMarker';

/** The token the tests' marker must carry: created once per run folder, kept next to its data. */
export function ownerToken(tokenFile: string): string {
  if (!existsSync(tokenFile)) {
    mkdirSync(dirname(tokenFile), { recursive: true });
    writeFileSync(tokenFile, randomUUID(), { flag: 'wx' });
  }
  return readFileSync(tokenFile, 'utf8').trim();
}

export class NotOurDatabase extends Error {}

/** Claims the database for the tests or throws NotOurDatabase; never deletes anything. */
export async function claimTestDatabase(driver: Driver, token: string): Promise<void> {
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite(async (tx) => {
      const found = await tx.run(
        `OPTIONAL MATCH (m:${MARKER_LABEL}) WITH collect(m.token) AS tokens
         CALL () { MATCH (n) WHERE NOT n:${MARKER_LABEL} RETURN count(n) AS others }
         RETURN tokens, others`,
      );
      const tokens = found.records[0]!.get('tokens') as string[];
      const others = Number(found.records[0]!.get('others'));
      if (tokens.length > 0 && tokens.every((held) => held === token)) return;
      if (tokens.length > 0)
        throw new NotOurDatabase('it holds a test marker written by another checkout or server');
      if (others > 0)
        throw new NotOurDatabase(
          `it holds ${others} nodes that neither the tests nor the benchmarks wrote (no test marker)`,
        );
      await tx.run(`CREATE (:${MARKER_LABEL} {token: $token})`, { token });
    });
  } finally {
    await session.close();
  }
}

/** Deletes every node but the marker, after checking the database is the tests' own. */
export async function emptyTestDatabase(driver: Driver, token: string): Promise<void> {
  await claimTestDatabase(driver, token);
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    await session.run(
      `MATCH (n) WHERE NOT n:${MARKER_LABEL}
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
    );
  } finally {
    await session.close();
  }
}

/** Gives the database back as found: empty, without the marker (so a graph loaded later is never
 * taken for the tests'). */
export async function releaseTestDatabase(driver: Driver, token: string): Promise<void> {
  await emptyTestDatabase(driver, token);
  await driver.executeQuery(`MATCH (m:${MARKER_LABEL}) DELETE m`);
}
