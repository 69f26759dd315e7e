// The word sets of names.json, built once for every actor finder.
import type { ActorType } from '../../core/types.js';
import names from './names.json' with { type: 'json' };

export const orgHeads: ReadonlySet<string> = new Set(names.orgHeads);
export const connectors: ReadonlySet<string> = new Set(names.connectors);
export const locativeHeads: ReadonlySet<string> = new Set(names.locativeHeads);
export const locationWords: ReadonlySet<string> = new Set(names.locationWords);
/** "officials", "regime": before "in" and a capital they make it the government seated there. */
export const seatedGovernmentNouns: ReadonlySet<string> = new Set(names.seatedGovernmentNouns);
export const auxiliaries: ReadonlySet<string> = new Set(names.auxiliaries);
/** Courtesy titles, lower case, as written ("mr", "mr.") */
export const honorifics: ReadonlySet<string> = new Set(names.honorifics.map((h) => h.toLowerCase()));
/** "national", "hacker": like a job title, they make the name an apposition describes a person. */
export const personNouns: ReadonlySet<string> = new Set(names.personNouns);
/** "von", "bin", "al": lower-case words inside a person's name ("Ursula von der Leyen"). */
export const nameParticles: ReadonlySet<string> = new Set(names.nameParticles);
/** "Jr", "III": the last word of a person's name, though compromise tags "Jr" as an honorific. */
export const generationalSuffixes: ReadonlySet<string> = new Set(names.generationalSuffixes);
/** Job nouns: "spokesperson", "minister", "director" */
export const jobTitles: ReadonlySet<string> = new Set(names.roles);
/** Every word of a title before a name ("Deputy Foreign Minister"): job nouns and their modifiers */
export const titleWords: ReadonlySet<string> = new Set([...names.roles, ...names.titleModifiers]);
/** Plural nouns that introduce a list of actors of one type: "providers" -> organization */
export const listClassNouns: ReadonlyMap<string, ActorType> = new Map(
  Object.entries(names.listClassNouns).flatMap(([type, nouns]) =>
    nouns.map((noun) => [noun.toLowerCase(), type as ActorType] as const),
  ),
);
/** Words that open a byline ("By") or a credit ("Photo:"), and roles after a credited name ("Contributor"). */
export const creditWords = {
  byline: names.creditWords.byline,
  credit: names.creditWords.credit,
  roles: names.creditWords.roles,
};
/** How texts introduce names the reader does not know: kind nouns, naming phrases, group words. */
export const namingWords = names.namingWords;
/** Pronouns, definite descriptions and roles that refer back to a named actor (references.ts). */
export const referenceWords = names.referenceWords;
/** Legal and divisional words after a known company's name: "Symantec Corp" is Symantec. */
export const corporateSuffixes: ReadonlySet<string> = new Set(names.corporateSuffixes);
/** Finite reporting verbs that mark the capitalised run beside them as a speaker's name. */
export const reportingVerbs: ReadonlySet<string> = new Set(names.reportingVerbs);
/** "military": a name ending in it may be a modifier of the noun after it ("Russian military officers"). */
export const attributiveHeads: ReadonlySet<string> = new Set(names.attributiveHeads);
/** "accounts", "page": after a company's name they make it the name of its service ("Facebook page"). */
export const platformNouns: ReadonlySet<string> = new Set(names.platformNouns);
const originSuffixes: ReadonlySet<string> = new Set(names.originSuffixes);
const linkSuffixes: ReadonlySet<string> = new Set(names.linkSuffixes);
const suffixWord = (hyphenated: string | undefined) => hyphenated?.slice(1).toLowerCase() ?? '';
/** "-based", "-born" (with its hyphen): after a country it names a place of origin. */
export const isOriginSuffix = (hyphenated: string | undefined) => originSuffixes.has(suffixWord(hyphenated));
/** "-based" or "-linked": a word that ties a name to a place or a sponsor and so never ends a name. */
export const isOriginOrLinkSuffix = (hyphenated: string | undefined) =>
  isOriginSuffix(hyphenated) || linkSuffixes.has(suffixWord(hyphenated));
