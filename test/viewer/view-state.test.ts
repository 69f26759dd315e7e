import { describe, expect, it } from 'vitest';
import { indexSnapshot } from '../../view/graph-index.js';
import { graphView } from '../../view/graph-view.js';
import { asDrawn, collapseGraph, parentMap } from '../../viewer/src/collapse.js';
import {
  DEFAULT_STATE,
  filterOf,
  stateFromHash,
  stateToHash,
  type ViewState,
} from '../../viewer/src/view-state.js';
import { fixtureGraph } from './fixtures.js';

describe('view state in the URL', () => {
  it('writes nothing for the default view and reads it back', () => {
    expect(stateToHash(DEFAULT_STATE)).toBe('');
    expect(stateFromHash('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips every part of the state', () => {
    const state: ViewState = {
      kinds: ['accusation', 'admission'],
      since: '2020-01-01',
      until: '2022-12-31',
      document: 'd2021',
      colourBy: 'country',
      sizeBy: 'made',
      labels: 'all',
      isolated: true,
      collapse: true,
      selected: { edge: 'accusation:norland->veyland' },
      hidden: ['grey-otter', 'saltmere'],
      pinned: { norland: [1.5, -2.25] },
      explore: ['tin-lynx', 'ostmark'],
      path: ['mara-quell', 'norland'],
    };
    expect(stateFromHash(stateToHash(state))).toEqual(state);
    expect(filterOf(state)).toEqual({
      kinds: ['accusation', 'admission'],
      since: '2020-01-01',
      until: '2022-12-31',
      document: 'd2021',
    });
  });

  it('ignores what it does not understand', () => {
    const state = stateFromHash('#kinds=accusation,rumour&since=yesterday&size=huge&labels=<b>');
    expect(state.kinds).toEqual(['accusation']);
    expect(state.since).toBe('');
    expect(state.sizeBy).toBe('received');
    expect(state.labels).toBe('normal');
  });
});

describe('collapsing units into their parent', () => {
  const view = graphView(indexSnapshot(fixtureGraph('analyst-graph')));

  it('follows affiliations up to the top parent', () => {
    const top = parentMap(view);
    expect(top.get('unit-12')).toBe('norland');
    expect(top.get('bureau')).toBe('norland');
    expect(top.get('copper-heron')).toBe('veyland');
    expect(top.has('norland')).toBe(false);
  });

  it('merges edges between groups, adds their claims and drops those inside a group', () => {
    const collapsed = collapseGraph(asDrawn(view), parentMap(view));
    const ids = collapsed.actors.map((actor) => actor.id);
    expect(ids).not.toContain('unit-12');
    expect(collapsed.actors.find((actor) => actor.id === 'norland')?.members.sort()).toEqual([
      'bureau',
      'norland',
      'unit-12',
    ]);
    const merged = collapsed.edges.find((edge) => edge.key === 'accusation:veyland->norland');
    expect(merged?.count).toBe(2);
    expect(merged?.members.sort()).toEqual(['accusation:veyland->norland', 'accusation:veyland->unit-12']);
    expect(collapsed.edges.some((edge) => edge.kind === 'affiliation')).toBe(false);
  });

  it('stops at an affiliation cycle', () => {
    const cycle = {
      edges: [
        {
          key: 'affiliation:a->b',
          source: 'a',
          target: 'b',
          kind: 'affiliation' as const,
          count: 1,
          firstDate: null,
          lastDate: null,
        },
        {
          key: 'affiliation:b->a',
          source: 'b',
          target: 'a',
          kind: 'affiliation' as const,
          count: 1,
          firstDate: null,
          lastDate: null,
        },
      ],
    };
    const top = parentMap(cycle);
    expect([top.get('a'), top.get('b')]).toEqual(['b', 'a']);
  });
});
