// The synthetic actor pool: countries, their ministries and agencies, agency units, security
// companies, threat groups and officials, with the parent each belongs to. Names are combinations
// of the word lists in vocabulary.json.
import type { ActorType } from '../../core/types.js';
import vocabulary from './vocabulary.json' with { type: 'json' };
import type { Random } from './random.js';

export interface SyntheticActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  country: string;
  /** the actor this one belongs to (unit -> agency -> country), if any */
  parent: string | null;
  /** written "the NAME" in running text */
  article: boolean;
  /** may accuse others (states, agencies, companies, officials) */
  accuser: boolean;
  /** may be accused (states, agencies, units, threat groups) */
  accused: boolean;
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const fill = (pattern: string, values: Record<string, string | number>): string =>
  pattern.replace(/\{(\w+)\}/g, (_all, key: string) => String(values[key]));

/** At least `size` actors (the fixed part, countries and their bodies, comes first). */
export function actorPool(size: number, random: Random): SyntheticActor[] {
  const actors: SyntheticActor[] = [];
  const ids = new Set<string>();
  const add = (actor: Omit<SyntheticActor, 'id'>): SyntheticActor | null => {
    const id = slug(actor.name);
    if (ids.has(id)) return null;
    ids.add(id);
    const full = { id, ...actor };
    actors.push(full);
    return full;
  };
  const agencies: SyntheticActor[] = [];
  for (const [country, demonym, code] of vocabulary.countries as [string, string, string][]) {
    const article = vocabulary.countriesWithArticle.includes(country);
    const state = add({
      name: country,
      type: 'country',
      aliases: [],
      country,
      parent: null,
      article,
      accuser: true,
      accused: true,
    })!;
    for (const body of vocabulary.countryBodies) {
      const values = { country, demonym, code };
      const agency = add({
        name: fill(body.pattern, values),
        type: 'organization',
        aliases: body.alias ? [fill(body.alias, values)] : [],
        country,
        parent: state.id,
        article: true,
        accuser: true,
        accused: true,
      });
      if (agency) agencies.push(agency);
    }
  }
  const makers: (() => Omit<SyntheticActor, 'id'>)[] = [
    () => {
      const agency = random.pick(agencies);
      const name = `${fill(random.pick(vocabulary.unitPatterns), { number: random.int(100, 99999) })} of the ${agency.name}`;
      return {
        name,
        type: 'organization',
        aliases: [],
        country: agency.country,
        parent: agency.id,
        article: false,
        accuser: false,
        accused: true,
      };
    },
    () => {
      const name = `${random.pick(vocabulary.companyFirst)}${random.pick(vocabulary.companySecond)} ${random.pick(vocabulary.companySuffix)}`;
      const country = random.pick(agencies).country;
      return {
        name,
        type: 'organization',
        aliases: [],
        country,
        parent: null,
        article: false,
        accuser: true,
        accused: false,
      };
    },
    () => {
      const sponsor = random.pick(agencies);
      const name = random.chance(0.5)
        ? `${random.pick(vocabulary.groupAdjectives)} ${random.pick(vocabulary.groupNouns)}`
        : `APT${random.int(1, 9999)}`;
      const parent = random.chance(0.6) ? sponsor.id : null;
      return {
        name,
        type: 'threat_group',
        aliases: [],
        country: sponsor.country,
        parent,
        article: false,
        accuser: false,
        accused: true,
      };
    },
    () => {
      const employer = random.pick(agencies);
      const name = `${random.pick(vocabulary.firstNames)} ${random.pick(vocabulary.lastNames)}`;
      return {
        name,
        type: 'person',
        aliases: [],
        country: employer.country,
        parent: employer.id,
        article: false,
        accuser: true,
        accused: false,
      };
    },
  ];
  while (actors.length < size) add(random.pick(makers)());
  return actors;
}
