// The parts of a MISP galaxy cluster file that the lexicon build reads, and alias hygiene shared by its builders.
import { isUnsafeAlias } from './common-words.js';

export interface MispValue {
  value: string;
  description?: string;
  meta?: { synonyms?: string[]; country?: string };
}

export interface MispCluster {
  values: MispValue[];
}

const LATIN_TEXT = /^[\p{Script=Latin}\p{N}\s.'’&/()-]+$/u;

/** Comparison key for "same surface": case, curly quotes and spacing do not make two aliases different. */
export function surfaceKey(surface: string): string {
  return surface.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Identity of a form for matching: one-word forms match case-sensitively ("STRONTIUM" and "Strontium" are two
 * forms), multi-word forms case-insensitively ("FANCY BEAR" is "Fancy Bear"). */
function formKey(form: string): string {
  return /\s/.test(form.trim()) ? surfaceKey(form) : form.trim();
}

/** Forms in order, each once, never repeating the name itself; spacing normalised. */
export function uniqueForms(name: string, forms: readonly string[]): string[] {
  const seen = new Set([formKey(name)]);
  const kept: string[] = [];
  for (const raw of forms) {
    const form = raw.replace(/\s+/g, ' ').trim();
    if (seen.has(formKey(form))) continue;
    seen.add(formKey(form));
    kept.push(form);
  }
  return kept;
}

/** Latin-script, safe-to-match aliases, deduplicated, never repeating the name itself. */
export function cleanAliases(name: string, candidates: readonly string[]): string[] {
  return uniqueForms(name, candidates).filter((alias) => LATIN_TEXT.test(alias) && !isUnsafeAlias(alias));
}

/** Surfaces another source already owns (curated entries): generated entries must neither repeat nor shadow them. */
export class ReservedSurfaces {
  private readonly owners = new Map<string, Set<string | null>>();
  private readonly names = new Set<string>();

  constructor(entries: readonly { name: string; aliases: readonly string[]; country: string | null }[]) {
    for (const entry of entries) {
      this.names.add(surfaceKey(entry.name));
      for (const surface of [entry.name, ...entry.aliases]) {
        const key = surfaceKey(surface);
        const countries = this.owners.get(key) ?? new Set();
        countries.add(entry.country);
        this.owners.set(key, countries);
      }
    }
  }

  has(surface: string): boolean {
    return this.owners.has(surfaceKey(surface));
  }

  /** True when the surface is a curated entry's canonical name: "National Security Agency" then means the NSA,
   * not also every agency elsewhere called that (MISP: "National Security Agency (Bahrain)"). */
  isName(surface: string): boolean {
    return this.names.has(surfaceKey(surface));
  }

  /** True when a curated entry of the same country already answers to this surface. */
  hasForCountry(surface: string, country: string | null): boolean {
    return this.owners.get(surfaceKey(surface))?.has(country) ?? false;
  }
}
