// The actor lexicon's contract: entries (data) and the lookup/matching API the actor engine uses.
import type { ActorType } from '../../core/types.js';

export const ACTOR_CATEGORIES = [
  'country',
  'international',
  'ministry',
  'agency',
  'military',
  'unit',
  'police',
  'prosecutor',
  'regulator',
  'company',
  'media',
  'university',
  'research',
  'threat_group',
  // Added beyond the first contract: executive offices and legislatures (White House, State Council, Congress)
  // and political parties (Chinese Communist Party), which texts of this kind name as actors.
  'government',
  'party',
] as const;
export type ActorCategory = (typeof ACTOR_CATEGORIES)[number];

export interface LexiconEntry {
  id: string; // stable graph-wide slug: 'united-states', 'nsa', 'tao', 'apt28', 'qihoo-360'
  name: string; // canonical name (CANONICAL.md spelling where listed there)
  type: ActorType;
  category: ActorCategory;
  aliases: string[]; // other surface forms: acronyms, short forms, alternative names
  country: string | null; // canonical country NAME: the actor's country or suspected sponsor
  parent: string | null; // id of the parent entry: 'tao' -> 'nsa', 'nsa' -> 'united-states'
  /** Ministries and departments only: the portfolio ('foreign-affairs', 'justice', ...). Generic short forms of
   * the portfolio ("Foreign Ministry") become ambiguous aliases of every such ministry, and country-qualified
   * forms ("Chinese Foreign Ministry", "China's Foreign Ministry") unambiguous ones. */
  portfolio?: string;
}

export interface CountryEntry extends LexiconEntry {
  demonyms: string[]; // 'American', 'US', 'U.S.'; 'Chinese'; 'North Korean'
  capitals: string[]; // seats of government used metonymically: 'Washington', 'Beijing'
}

export type MatchVia = 'name' | 'alias' | 'capital' | 'demonym' | 'government';

export interface LexiconMatch {
  start: number; // offsets into the text given
  end: number;
  surface: string; // text.slice(start, end)
  entryIds: string[]; // all entries this surface can mean (ambiguous short forms give several)
  via: MatchVia;
}

export interface Lexicon {
  entries: ReadonlyMap<string, LexiconEntry>;
  byId(id: string): LexiconEntry | undefined;
  lookup(surface: string): LexiconEntry[]; // exact surface (normalised) -> entries
  country(nameOrDemonymOrCapital: string): CountryEntry | undefined;
  findMentions(text: string): LexiconMatch[]; // non-overlapping, longest match first, sorted by start
}

/** Data tables from which createLexicon derives compound surface forms (government forms, qualified ministries). */
export interface FormTables {
  /** Nouns that turn a country adjective into its government: "Chinese government", "US authorities". */
  governmentNouns: string[];
  /** Heads that take the country after them: "government of" -> "government of China", "government of the US". */
  governmentOf: string[];
  /** Phrases that contain a form but name no actor: "South America" is not the United States. */
  nonActorPhrases: string[];
  /** Portfolio -> its generic short forms: 'foreign-affairs' -> ["Foreign Ministry", "Ministry of Foreign Affairs", "MFA"]. */
  portfolioForms: Record<string, string[]>;
}

/** Bodies of a state (its ministries, agencies, armed forces, police, courts of prosecution,
 * regulators, executive offices): what a country qualifies and what a document can speak for. */
export const STATE_BODY_CATEGORIES: ReadonlySet<ActorCategory> = new Set<ActorCategory>([
  'ministry',
  'agency',
  'military',
  'unit',
  'police',
  'prosecutor',
  'regulator',
  'government',
]);

export function isCountryEntry(entry: LexiconEntry): entry is CountryEntry {
  return 'demonyms' in entry && 'capitals' in entry;
}
