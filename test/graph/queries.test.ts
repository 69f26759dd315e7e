import { describe, expect, test } from 'vitest';
import { indexSnapshot } from '../../view/graph-index.js';
import { actorProfile } from '../../view/profile.js';
import { shortestPath } from '../../graph/queries/path.js';
import { who } from '../../graph/queries/who.js';
import { resolveActor } from '../../graph/resolve-name.js';
import { corpusStore } from './fixtures.js';

const pairs = (rows: { accuserId: string; accusedId: string; claims: number }[]) =>
  rows.map((row) => `${row.accuserId}>${row.accusedId}:${row.claims}`);

describe('who accused whom', () => {
  const store = corpusStore();

  test('every pair, ordered by claims, then accuser and accused names', () => {
    expect(pairs(who(store))).toEqual([
      'bcerc>oro:2',
      'borduria>sna:1',
      'bcerc>sna:1',
      'klow-security>oro:1',
      'klow-security>sna:1',
      'mfa-borduria>syldavia:1',
      'syldavia>borduria:1',
    ]);
  });

  test('each row shows the evidence of its matching claim with the smallest id, and its document', () => {
    const [row] = who(store, { accuser: 'BCERC', accused: 'ORO' });
    expect(row).toMatchObject({
      accuser: 'Bordurian Computer Emergency Response Center',
      accused: 'Office of Remote Operations',
      claimId: '0d1e3c97a73f1e80:c1',
      documentId: '0d1e3c97a73f1e80',
      firstDate: '2023-03-01',
      lastDate: '2023-05-20',
    });
    expect(row!.evidence).toMatch(/^The Bordurian Computer Emergency Response Center \(BCERC\) said/);
  });

  test('accuser, accused and target filters resolve names through aliases, case-insensitively', () => {
    expect(pairs(who(store, { accused: 'sna' }))).toEqual([
      'borduria>sna:1',
      'bcerc>sna:1',
      'klow-security>sna:1',
    ]);
    expect(pairs(who(store, { accused: 'syldavian national agency', accuser: 'klow' }))).toEqual([
      'klow-security>sna:1',
    ]);
    expect(pairs(who(store, { accuser: 'Bordurian Computer Emergency Response Center' }))).toEqual([
      'bcerc>oro:2',
      'bcerc>sna:1',
    ]);
    expect(pairs(who(store, { target: 'Szohod Technical University' }))).toEqual(['bcerc>oro:1']);
  });

  test('date filters use the document date; undated documents drop out', () => {
    expect(pairs(who(store, { since: '2023-04-01' }))).toEqual([
      'borduria>sna:1',
      'bcerc>oro:1',
      'mfa-borduria>syldavia:1',
      'syldavia>borduria:1',
    ]);
    const early = who(store, { until: '2023-03-31' });
    expect(pairs(early)).toEqual(['bcerc>oro:1', 'bcerc>sna:1', 'klow-security>oro:1']);
    expect(early[0]).toMatchObject({ firstDate: '2023-03-01', lastDate: '2023-03-01' });
    const window = who(store, { accused: 'ORO', since: '2023-05-01', until: '2023-05-31' });
    expect(window).toHaveLength(1);
    expect(window[0]).toMatchObject({
      claims: 1,
      claimId: 'cd766d13606924e7:c2',
      evidence: 'BCERC found new tools of the ORO on university servers.',
    });
  });

  test('a malformed or impossible date is refused', () => {
    expect(() => who(store, { since: '5 May 2023' })).toThrow(
      'claimgraph/graph: since must be a real date as YYYY-MM-DD in the years 1900-2100, got "5 May 2023"',
    );
    for (const until of ['2023-02-30', '2024-13-45', '12345-01-01']) {
      expect(() => who(store, { until })).toThrow(`got "${until}"`);
    }
  });

  test('--undated include lets claims of undated documents through a date filter', () => {
    const names = (rows: { accuser: string }[]) => rows.map((row) => row.accuser);
    expect(names(who(store, { since: '2023-05-01' }))).not.toContain('Klow Security');
    expect(names(who(store, { since: '2023-05-01', undated: 'include' }))).toContain('Klow Security');
  });

  test('a snapshot answers like the store it came from', () => {
    expect(who(store.snapshot(), { since: '2023-04-01' })).toEqual(who(store, { since: '2023-04-01' }));
  });
});

describe('resolving names', () => {
  const store = corpusStore();

  test('id, canonical name, alias, any case and spacing', () => {
    for (const name of ['oro', 'ORO', 'office of remote operations', '  Office  of Remote Operations ']) {
      expect(resolveActor(store, name).id).toBe('oro');
    }
  });

  test('an alias shared by two actors is ambiguous and lists both', () => {
    expect(() => resolveActor(store, 'foreign ministry')).toThrow(
      /"foreign ministry" is ambiguous: .*Ministry of Foreign Affairs of Borduria \(mfa-borduria\).*Ministry of Foreign Affairs of Syldavia \(mfa-syldavia\)/,
    );
  });

  test('an unknown name gives the nearest known names', () => {
    expect(() => resolveActor(store, 'BCERT')).toThrow(
      /^claimgraph\/graph: no actor named "BCERT"; nearest known names: BCERC, /,
    );
    expect(() => who(store, { accused: 'Sildavia' })).toThrow(/nearest known names: Syldavia/);
  });
});

describe('actor profile', () => {
  test('aliases, affiliations both ways, accusations made and received, denials', () => {
    const store = corpusStore();
    const index = indexSnapshot(store.snapshot());
    const profileOf = (name: string) => actorProfile(index, resolveActor(store, name).id)!;
    const profile = profileOf('SNA');
    expect(profile.actor).toMatchObject({
      id: 'sna',
      name: 'Syldavian National Agency',
      country: 'Syldavia',
    });
    expect(profile.actor.aliases).toContain('Syldavian spy agency');
    expect(profile.memberOf.map((link) => link.other.id)).toEqual(['syldavia']);
    expect(profile.members.map((link) => link.other.id)).toEqual(['oro']);
    expect(profile.accusationsReceived.map((link) => link.other.id)).toEqual([
      'borduria',
      'bcerc',
      'klow-security',
    ]);
    expect(profile.accusationsMade).toEqual([]);
    expect(profileOf('syldavia').denialsMade.map((link) => [link.other.id, link.evidence.text])).toEqual([
      ['borduria', 'The Syldavian government rejected the accusations by Borduria as groundless.'],
    ]);
    expect(profileOf('BCERC').denialsReceived.map((link) => link.other.id)).toEqual(['mfa-syldavia']);
  });
});

describe('shortest path', () => {
  const store = corpusStore();

  test('walks accusation and affiliation edges either way and says which way each points', () => {
    const path = shortestPath(store, 'Klow', 'Syldavia')!;
    expect(path.actors.map((a) => a.id)).toEqual(['klow-security', 'sna', 'syldavia']);
    expect(path.hops.map((h) => [h.from, h.type, h.forward, h.to])).toEqual([
      ['klow-security', 'ACCUSED', true, 'sna'],
      ['sna', 'PART_OF', true, 'syldavia'],
    ]);
    const back = shortestPath(store, 'ORO', 'Klow Security')!;
    expect(back.hops).toEqual([
      expect.objectContaining({
        from: 'oro',
        to: 'klow-security',
        type: 'ACCUSED',
        forward: false,
        claims: 1,
      }),
    ]);
  });

  test('directed paths follow arrows only; denials are not part of chains', () => {
    expect(shortestPath(store, 'ORO', 'Klow', { directed: true })).toBeNull();
    expect(shortestPath(store, 'Szohod Technical University', 'SNA')).toBeNull();
    expect(shortestPath(store, 'mfa-syldavia', 'BCERC')).toBeNull();
    expect(shortestPath(store, 'ORO', 'ORO')).toEqual({
      actors: [expect.objectContaining({ id: 'oro' })],
      hops: [],
    });
  });
});
