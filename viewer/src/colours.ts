// Colours: edges by claim kind, actors by type or by country (the most frequent countries get their own colour).
import type { ActorType } from '../../core/types.js';
import type { EdgeKind, ViewActor } from '../../view/types.js';

export const KIND_COLOURS: Record<EdgeKind, string> = {
  accusation: '#d62728',
  denial: '#1f77b4',
  admission: '#e7298a',
  affiliation: '#8c8c8c',
};

/** What an edge's arrow means, per kind: the legend's words. */
export const KIND_ARROWS: Record<EdgeKind, string> = {
  accusation: 'accuser → accused',
  denial: 'denier → accuser it rejects',
  admission: 'claimed responsibility → target',
  affiliation: 'member → parent',
};

export const TYPE_COLOURS: Record<ActorType, string> = {
  country: '#2ca02c',
  organization: '#9467bd',
  person: '#ff7f0e',
  threat_group: '#8c564b',
};

const COUNTRY_PALETTE = [
  '#e41a1c',
  '#377eb8',
  '#4daf4a',
  '#984ea3',
  '#ff7f00',
  '#a65628',
  '#f781bf',
  '#17becf',
  '#bcbd22',
  '#6a3d9a',
];
const OTHER = '#bbbbbb';

export type ColourBy = 'type' | 'country';

export interface Palette {
  colourOf(actor: ViewActor): string;
  legend: { label: string; colour: string }[];
}

function countryPalette(actors: ViewActor[]): Palette {
  const frequency = new Map<string, number>();
  for (const { country } of actors) if (country) frequency.set(country, (frequency.get(country) ?? 0) + 1);
  const ranked = [...frequency.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colours = new Map(
    ranked.slice(0, COUNTRY_PALETTE.length).map(([country], i) => [country, COUNTRY_PALETTE[i] ?? OTHER]),
  );
  return {
    colourOf: (actor) => (actor.country ? (colours.get(actor.country) ?? OTHER) : OTHER),
    legend: [
      ...[...colours].map(([label, colour]) => ({ label, colour })),
      { label: 'other or unknown', colour: OTHER },
    ],
  };
}

export function palette(by: ColourBy, actors: ViewActor[]): Palette {
  if (by === 'country') return countryPalette(actors);
  return {
    colourOf: (actor) => TYPE_COLOURS[actor.type],
    legend: Object.entries(TYPE_COLOURS).map(([label, colour]) => ({
      label: label.replace('_', ' '),
      colour,
    })),
  };
}
