// The whole build of extract/lexicon/generated/: countries from world-countries, intelligence agencies and threat
// groups from MISP galaxy clusters, each adjusted by its curated overrides and checked for integrity together
// with the curated entries. Pure apart from reading its inputs; scripts/build-lexicon.ts writes the result.
import { readFileSync } from 'node:fs';
import { checkIntegrity } from '../integrity.js';
import { curatedEntries, formTables } from '../sources.js';
import type { LexiconEntry } from '../types.js';
import { buildAgencies } from './agencies.js';
import { buildCountries, worldCountries, type CountryOverrides } from './countries.js';
import { ReservedSurfaces, type MispCluster } from './misp.js';
import { buildThreatGroups, type ThreatGroupOverrides } from './threat-groups.js';

const CURATED = new URL('../curated/', import.meta.url);

function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

export interface GeneratedLexicon {
  /** Path relative to extract/lexicon -> entries to write there. */
  files: Record<string, LexiconEntry[]>;
  /** What the build left out and why, for the person running it. */
  report: string[];
}

/** `mispDir`: the folder holding threat-actor.json and intelligence-agencies.json (ends with '/'). */
export function buildGenerated(mispDir: URL): GeneratedLexicon {
  const countries = buildCountries(
    worldCountries(),
    readJson<CountryOverrides>(new URL('country-overrides.json', CURATED)),
  );
  const curated = curatedEntries();
  const agencies = buildAgencies(
    readJson<MispCluster>(new URL('intelligence-agencies.json', mispDir)),
    countries.nameByCode,
    new ReservedSurfaces(curated),
  );
  const groups = buildThreatGroups(
    readJson<MispCluster>(new URL('threat-actor.json', mispDir)),
    countries.nameByCode,
    readJson<ThreatGroupOverrides>(new URL('threat-group-overrides.json', CURATED)),
    new ReservedSurfaces([...curated, ...agencies.entries]),
  );
  const all = [...countries.entries, ...curated, ...agencies.entries, ...groups.entries];
  checkIntegrity(all, formTables());
  return {
    files: {
      'generated/countries.json': countries.entries,
      'generated/intelligence-agencies.json': agencies.entries,
      'generated/threat-groups.json': groups.entries,
    },
    report: [
      `countries: ${countries.entries.length}`,
      `intelligence agencies: ${agencies.entries.length}; left to curated entries: ${agencies.skippedCurated.join(', ')}`,
      `threat groups: ${groups.entries.length}; skipped as common words: ${groups.skippedUnsafeNames.join(', ')}`,
      `  skipped as curated: ${groups.skippedReserved.join(', ')}`,
      `  aliases shared by several groups, dropped from all: ${groups.droppedSharedAliases.join(', ')}`,
      `curated entries: ${curated.length}; total entries: ${all.length}`,
    ],
  };
}
