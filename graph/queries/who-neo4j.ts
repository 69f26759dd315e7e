// Who accused whom, answered by Neo4j: the same rows, in the same order, as the embedded `who`.
import type { Driver } from 'neo4j-driver';
import { ClaimgraphError } from '../../core/errors.js';
import type { DatabaseOption } from '../neo4j/connection.js';
import type { WhoFilter, WhoRow } from '../model.js';
import { certaintiesFrom, checkDate } from './who.js';
import { foldName, lexiconIds } from '../resolve-name.js';
import { FIND_ACTORS_BY_NAME, WHO_ACCUSED_WHOM } from '../neo4j/statements.js';

export async function whoFromNeo4j(
  driver: Driver,
  filter: WhoFilter = {},
  options: DatabaseOption = {},
): Promise<WhoRow[]> {
  checkDate('since', filter.since);
  checkDate('until', filter.until);
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const resolve = async (name: string | undefined): Promise<string | null> => {
        if (name === undefined) return null;
        const find = async (text: string) =>
          (await tx.run(FIND_ACTORS_BY_NAME, { name: foldName(text) })).records.map(
            (record) => record.toObject() as ActorCandidate,
          );
        let candidates = await find(name);
        // A name the documents never used but the lexicon knows ("PRC" for China).
        for (const id of candidates.length ? [] : lexiconIds(name))
          candidates = [...candidates, ...(await find(id))];
        return pickActor(name, candidates);
      };
      const params = {
        accuserId: await resolve(filter.accuser),
        accusedId: await resolve(filter.accused),
        targetId: await resolve(filter.target),
        since: filter.since ?? null,
        until: filter.until ?? null,
        includeUndated: filter.undated === 'include',
        certainties: filter.certainty === undefined ? null : certaintiesFrom(filter.certainty),
      };
      const result = await tx.run(WHO_ACCUSED_WHOM, params);
      return result.records.map((record) => record.toObject() as WhoRow);
    });
  } finally {
    await session.close();
  }
}

interface ActorCandidate {
  id: string;
  name: string;
  primary: boolean;
}

/** The embedded store's rule: a canonical name or id beats the same text used as an alias;
 * more than one actor left is ambiguous. */
function pickActor(typed: string, candidates: ActorCandidate[]): string {
  const primary = candidates.filter((candidate) => candidate.primary);
  const chosen = primary.length > 0 ? primary : candidates;
  if (chosen.length === 1) return chosen[0]!.id;
  if (chosen.length === 0) throw new ClaimgraphError('neo4j', `no actor named "${typed}" in Neo4j`);
  const names = chosen.map((candidate) => `${candidate.name} (${candidate.id})`).join(', ');
  throw new ClaimgraphError('neo4j', `"${typed}" is ambiguous: it may mean ${names}; use the name or id`);
}
