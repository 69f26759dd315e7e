// Threat-group entries from the MISP threat-actor galaxy: name, synonyms, suspected country. Duplicates are
// resolved so that one surface means one group: an alias claimed by several groups stays only with the group
// the overrides name as its owner (or whose own name it is) and is dropped from the others.
import type { LexiconEntry } from '../types.js';
import { isUnsafeAlias } from './common-words.js';
import { cleanAliases, surfaceKey, uniqueForms, type MispCluster, type ReservedSurfaces } from './misp.js';
import { slugify } from './slug.js';

export interface ThreatGroupOverrides {
  /** MISP name -> canonical name (the old name becomes an alias): "GhostEmperor" -> "Salt Typhoon". */
  rename: Record<string, string>;
  /** Alias -> canonical name of the group that keeps it when several claim it: "Nobelium" -> "APT29". */
  aliasOwner: Record<string, string>;
  /** Canonical name -> aliases in real use that MISP lacks; trusted, so not filtered: "Lazarus Group" -> ["Lazarus"]. */
  extraAliases: Record<string, string[]>;
  /** Canonical name -> suspected country where MISP gives none. */
  countries: Record<string, string>;
  /** Group names kept although they are common words (the hacktivist collective "Anonymous"). */
  keepNames: string[];
}

export interface ThreatGroupReport {
  entries: LexiconEntry[];
  skippedUnsafeNames: string[];
  skippedReserved: string[];
  droppedSharedAliases: string[];
}

/** "STRONTIUM" also appears as "Strontium" in prose: add the capitalised form of all-caps single words. */
function withCapitalisedForms(aliases: readonly string[]): string[] {
  const capitalised = aliases
    .filter((alias) => /^[A-Z]{4,}$/.test(alias))
    .map((alias) => alias[0] + alias.slice(1).toLowerCase())
    .filter((alias) => !isUnsafeAlias(alias));
  return [...aliases, ...capitalised];
}

function ownerOfShared(
  key: string,
  claimants: LexiconEntry[],
  overrides: ThreatGroupOverrides,
): LexiconEntry | undefined {
  const ownerName = Object.entries(overrides.aliasOwner).find(([alias]) => surfaceKey(alias) === key)?.[1];
  return (
    claimants.find((entry) => entry.name === ownerName) ??
    claimants.find((entry) => surfaceKey(entry.name) === key)
  );
}

/** Leaves every surface with a single group; returns the surfaces that were dropped from all claimants. */
function resolveSharedAliases(entries: LexiconEntry[], overrides: ThreatGroupOverrides): string[] {
  const claimants = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    for (const surface of [entry.name, ...entry.aliases]) {
      const key = surfaceKey(surface);
      const list = claimants.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      claimants.set(key, list);
    }
  }
  const dropped: string[] = [];
  for (const [key, list] of claimants) {
    if (list.length < 2) continue;
    const owner = ownerOfShared(key, list, overrides);
    if (!owner) dropped.push(key);
    for (const entry of list) {
      if (entry !== owner) entry.aliases = entry.aliases.filter((alias) => surfaceKey(alias) !== key);
    }
  }
  return dropped;
}

export function buildThreatGroups(
  cluster: MispCluster,
  nameByCode: ReadonlyMap<string, string>,
  overrides: ThreatGroupOverrides,
  reserved: ReservedSurfaces,
): ThreatGroupReport {
  const keep = new Set(overrides.keepNames);
  const report: ThreatGroupReport = {
    entries: [],
    skippedUnsafeNames: [],
    skippedReserved: [],
    droppedSharedAliases: [],
  };
  for (const value of cluster.values) {
    const name = overrides.rename[value.value] ?? value.value;
    if (reserved.has(name)) {
      report.skippedReserved.push(name);
      continue;
    }
    if (isUnsafeAlias(name) && !keep.has(name)) {
      report.skippedUnsafeNames.push(name);
      continue;
    }
    const generated = withCapitalisedForms(
      cleanAliases(name, [value.value, ...(value.meta?.synonyms ?? [])]),
    );
    const aliases = uniqueForms(name, [...(overrides.extraAliases[name] ?? []), ...generated]);
    const code = value.meta?.country;
    report.entries.push({
      id: slugify(name),
      name,
      type: 'threat_group',
      category: 'threat_group',
      aliases: aliases.filter((alias) => !reserved.has(alias)),
      country: overrides.countries[name] ?? (code ? (nameByCode.get(code) ?? null) : null),
      parent: null,
    });
  }
  report.droppedSharedAliases = resolveSharedAliases(report.entries, overrides);
  report.entries.sort((a, b) => a.id.localeCompare(b.id));
  return report;
}
