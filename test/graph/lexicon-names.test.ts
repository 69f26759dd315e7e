// A name the documents never used but the lexicon knows as an actor's ("PRC" for China, "Beijing"
// for its government) finds that actor in the store; names the lexicon does not know still fail.
import { expect, test } from 'vitest';
import { EmbeddedStore } from '../../graph/store.js';
import { who } from '../../graph/queries/who.js';
import { resolveActor } from '../../graph/resolve-name.js';
import { loadExtraction } from './fixtures.js';

function storeWithChina(): EmbeddedStore {
  const store = EmbeddedStore.inMemory();
  const extraction = loadExtraction('01-bcerc-report');
  const accuser = extraction.actors[0]!;
  const evidence = extraction.claims[0]!.evidence;
  store.ingest({
    ...extraction,
    actors: [
      accuser,
      { id: 'china', name: 'China', type: 'country', aliases: [], country: 'China', mentions: [evidence] },
    ],
    claims: [
      {
        id: `${extraction.document.id}:china`,
        kind: 'accusation',
        claimant: accuser.id,
        subject: 'china',
        predicate: 'accused',
        object: null,
        act: 'hacking',
        evidence,
        rule: 'accusation.test',
      },
    ],
  });
  return store;
}

test('"PRC" and "Beijing" resolve to China through the lexicon', () => {
  const store = storeWithChina();
  expect(resolveActor(store, 'PRC').id).toBe('china');
  expect(resolveActor(store, 'Beijing').id).toBe('china');
  expect(who(store, { accused: 'PRC' }).map((row) => row.accusedId)).toEqual(['china']);
});

test('a name neither the store nor the lexicon knows is still an error', () => {
  expect(() => resolveActor(storeWithChina(), 'Zyxwv Unknown')).toThrow(/no actor named "Zyxwv Unknown"/);
});
