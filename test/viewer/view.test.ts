import { describe, expect, it } from 'vitest';
import { documentList } from '../../view/documents.js';
import { edgeDetail } from '../../view/edge-detail.js';
import { indexSnapshot } from '../../view/graph-index.js';
import { graphView } from '../../view/graph-view.js';
import { claimHeading } from '../../view/headings.js';
import { highlightSpans, segmentText } from '../../view/highlight.js';
import { actorProfile } from '../../view/profile.js';
import { searchActors } from '../../view/search.js';
import { fixtureGraph } from './fixtures.js';

const index = indexSnapshot(fixtureGraph('small-graph'));
const keys = (view: { edges: { key: string }[] }) => view.edges.map((edge) => edge.key).sort();

describe('graph view', () => {
  it('shows every actor, isolated ones included, and every edge without a filter', () => {
    const view = graphView(index);
    expect(view.actors.map((actor) => actor.id)).toContain('loner');
    expect(view.actors).toHaveLength(7);
    expect(view.edges).toHaveLength(6);
    expect(view.totals).toEqual({ actors: 7, edges: 6, claims: 7, documents: 3 });
  });

  it('sizes actors by the accusation claims they received', () => {
    const received = Object.fromEntries(
      graphView(index).actors.map((actor) => [actor.id, actor.accusationsReceived]),
    );
    expect(received).toMatchObject({ 'agency-b': 2, 'unit-c': 1, bretonia: 1, 'ministry-a': 0 });
  });

  it('filters by kind and keeps only the actors of the remaining edges', () => {
    const view = graphView(index, { kinds: ['denial', 'affiliation'] });
    expect(keys(view)).toEqual(['affiliation:unit-c->agency-b', 'denial:spokes-e->ministry-a']);
    expect(view.actors.map((actor) => actor.id).sort()).toEqual([
      'agency-b',
      'ministry-a',
      'spokes-e',
      'unit-c',
    ]);
    expect(view.totals.edges).toBe(6);
  });

  it('filters by document date, inclusive, leaving undated documents out', () => {
    expect(keys(graphView(index, { since: '2022-06-15' }))).toEqual([
      'accusation:lab-d->agency-b',
      'accusation:lab-d->unit-c',
      'affiliation:unit-c->agency-b',
    ]);
    expect(keys(graphView(index, { until: '2021-12-31' }))).toEqual(['accusation:ministry-a->agency-b']);
    expect(graphView(index, { since: '2023-01-01' }).actors).toEqual([]);
  });

  it('filters by document', () => {
    expect(keys(graphView(index, { document: 'doc-undated' }))).toEqual([
      'accusation:ministry-a->bretonia',
      'denial:spokes-e->ministry-a',
    ]);
  });
});

describe('actor profile', () => {
  it('lists aliases, affiliations and accusations made and received', () => {
    const profile = actorProfile(index, 'agency-b');
    expect(profile?.actor.aliases).toEqual(['BSA', 'Signals Agency']);
    expect(profile?.members.map((link) => link.other.name)).toEqual(['Cobalt Unit']);
    expect(profile?.accusationsReceived.map((link) => link.other.id).sort()).toEqual(['lab-d', 'ministry-a']);
    expect(profile?.accusationsMade).toEqual([]);
    expect(actorProfile(index, 'unit-c')?.memberOf[0]?.edgeKey).toBe('affiliation:unit-c->agency-b');
    expect(actorProfile(index, 'ministry-a')?.denialsReceived.map((link) => link.other.name)).toEqual([
      'Erin Vale',
    ]);
  });

  it('is null for an unknown actor and respects the filter', () => {
    expect(actorProfile(index, 'nobody')).toBeNull();
    expect(
      actorProfile(index, 'agency-b', { since: '2022-01-01' })?.accusationsReceived.map(
        (link) => link.other.id,
      ),
    ).toEqual(['lab-d']);
  });

  it('gives each link its claim count, document dates and first claim as evidence', () => {
    expect(actorProfile(index, 'lab-d')?.accusationsMade).toEqual([
      {
        edgeKey: 'accusation:lab-d->agency-b',
        other: { id: 'agency-b', name: 'Bretonian Signals Agency' },
        count: 1,
        firstDate: '2022-06-15',
        lastDate: '2022-06-15',
        evidence: {
          claimId: 'c2',
          text: 'Delta Lab attributed the intrusion to the Signals Agency and its Cobalt Unit.',
        },
        certainties: {},
      },
      expect.objectContaining({ other: { id: 'unit-c', name: 'Cobalt Unit' } }),
    ]);
    const undated = actorProfile(index, 'ministry-a', { until: '2021-12-31' });
    expect(undated?.accusationsMade.map((link) => [link.other.id, link.evidence.claimId])).toEqual([
      ['agency-b', 'c1'],
    ]);
  });
});

describe('edge detail', () => {
  it('gives each claim with its evidence, the actor names marked, and its document', () => {
    const detail = edgeDetail(index, 'ministry-a', 'agency-b', 'accusation');
    const claim = detail?.claims[0];
    expect(detail?.claims).toHaveLength(1);
    expect(claim?.document).toMatchObject({
      title: 'Arlandia accuses Signals Agency',
      date: '2021-03-01',
      url: 'https://example.org/a',
    });
    const marked = segmentText(claim?.text ?? '', claim?.marks ?? [])
      .filter((segment) => segment.marked)
      .map((segment) => segment.text);
    expect(marked).toEqual(['MFA Arlandia', 'Bretonian Signals Agency']);
  });

  it('is null for an edge that does not exist', () => {
    expect(edgeDetail(index, 'agency-b', 'ministry-a', 'accusation')).toBeNull();
    expect(edgeDetail(index, 'ministry-a', 'agency-b', 'denial')).toBeNull();
  });
});

describe('search', () => {
  it('finds actors by any alias, case-insensitively, exact matches first', () => {
    expect(searchActors(index, 'bsa')[0]).toMatchObject({ id: 'agency-b', matched: 'BSA' });
    expect(searchActors(index, 'bretonia').map((hit) => hit.id)).toEqual(['bretonia', 'agency-b']);
    expect(searchActors(index, '  ')).toEqual([]);
    expect(searchActors(index, 'zzz')).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks whole words only and prefers the longer of overlapping names', () => {
    const text = 'Signals Agency and the Bretonian Signals Agency, not SignalsAgencyX.';
    const spans = highlightSpans(text, ['Signals Agency', 'Bretonian Signals Agency']);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Signals Agency',
      'Bretonian Signals Agency',
    ]);
  });

  it('cuts text into segments that join back to the original', () => {
    const text = 'a <b>NSA</b> c';
    const segments = segmentText(text, highlightSpans(text, ['nsa']));
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.marked)).toEqual([{ text: 'NSA', marked: true }]);
  });
});

describe('documents', () => {
  it('lists newest first with claim counts, undated last', () => {
    expect(documentList(index).map((doc) => [doc.id, doc.claims])).toEqual([
      ['doc-2022', 3],
      ['doc-2021', 1],
      ['doc-undated', 3],
    ]);
  });
});

describe('every claim kind, in words', () => {
  const analyst = indexSnapshot(fixtureGraph('analyst-graph'));

  it('derives admission edges from the claims that name a target', () => {
    const view = graphView(analyst, { kinds: ['admission'] });
    expect(keys(view)).toEqual(['admission:tin-lynx->ostmark']);
    expect(view.actors.map((actor) => actor.id).sort()).toEqual(['ostmark', 'tin-lynx']);
    expect(actorProfile(analyst, 'tin-lynx')?.admissionsMade.map((link) => link.other.name)).toEqual([
      'Ostmark',
    ]);
  });

  it('counts accusations made and claims per actor for the size measures', () => {
    const brightwall = graphView(analyst).actors.find((actor) => actor.id === 'brightwall');
    expect(brightwall).toMatchObject({ accusationsMade: 2, accusationsReceived: 0, claims: 2 });
  });

  it.each([
    [
      'norland',
      'veyland',
      'accusation',
      'Norland accused Veyland',
      'Norland accused Veyland (of the grid attack, against Ostmark)',
    ],
    [
      'veyland',
      'norland',
      'denial',
      "Veyland denied Norland's accusations",
      "Veyland denied Norland's accusation (of the grid attack)",
    ],
    [
      'tin-lynx',
      'ostmark',
      'admission',
      'Tin Lynx claimed responsibility for operations against Ostmark',
      'Tin Lynx claimed responsibility for the outage at the Ostmark grid (against Ostmark)',
    ],
    [
      'bureau',
      'norland',
      'affiliation',
      'Norland Intelligence Bureau is part of Norland',
      'Norland Intelligence Bureau is part of Norland',
    ],
  ] as const)('heads %s -> %s (%s) in words', (source, target, kind, edge, claim) => {
    const detail = edgeDetail(analyst, source, target, kind);
    expect(detail?.heading).toBe(edge);
    expect(detail?.claims[0]?.heading).toBe(claim);
  });

  it('names unnamed roles and leaves out empty details', () => {
    expect(
      claimHeading({
        kind: 'accusation',
        act: '',
        claimant: null,
        subject: { id: 'a', name: 'Ashford' },
        object: null,
      }),
    ).toBe('An unnamed source accused Ashford');
    expect(
      claimHeading({
        kind: 'denial',
        act: '',
        claimant: { id: 'l', name: 'Lyss' },
        subject: null,
        object: { id: 'c', name: 'Corvus' },
      }),
    ).toBe("Lyss denied Corvus' accusation");
    expect(
      claimHeading({
        kind: 'admission',
        act: ' ',
        claimant: { id: 't', name: 'Tin Lynx' },
        subject: null,
        object: null,
      }),
    ).toBe('Tin Lynx claimed responsibility for an operation');
  });
});
