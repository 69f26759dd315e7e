// The phrase matcher: surface forms compiled once into a token trie, then one linear pass over the text's tokens.
// At each token the trie is walked as far as the text allows, collecting every form that passes its case rule;
// overlapping candidates are then resolved longest first.
import { VIA_PRIORITY, type SurfaceForm } from './forms.js';
import { foldText, tokenize, type Token } from './tokens.js';
import type { LexiconMatch, MatchVia } from './types.js';

/** One-word forms ("US", "Apple", "U.S.") compare exactly; forms with spaces compare case-insensitively except that
 * an upper-case initial letter must be upper case in the text too ("Foreign Ministry" but not "foreign ministry"). */
type CaseRule = 'exact' | 'initial';

interface Pattern {
  texts: string[]; // folded tokens, original case
  caseRule: CaseRule;
  entryIds: string[];
  via: MatchVia; // the strongest reading
  demonym: boolean; // also readable as a demonym ("US" is an alias and a demonym)
}

/** A match of tokens [from, to) and the patterns (readings) that passed their case rule there. */
interface Candidate {
  from: number;
  to: number;
  patterns: Pattern[];
}

interface Reading {
  entryIds: string[];
  via: MatchVia;
  demonym: boolean;
}

/** The trie, flattened: node ids are numbers; first tokens index one map by their lower-case text, later edges
 * another keyed by "node id + separator + token", the separator telling whether whitespace precedes the token. Two
 * big maps build far faster than a map per node, and most text tokens stop at the first lookup, allocating nothing. */
const NONE: readonly Candidate[] = Object.freeze([]);

function edgeKey(node: number, token: Token): string {
  return node + (token.spaceBefore ? ' ' : '\u0001') + token.lower;
}

function caseRuleOf(surface: string): CaseRule {
  return /\s/.test(surface.trim()) ? 'initial' : 'exact';
}

function casePasses(pattern: Pattern, tokens: readonly Token[], from: number): boolean {
  if (pattern.caseRule === 'exact') return pattern.texts.every((text, k) => tokens[from + k]?.text === text);
  const initial = pattern.texts[0]?.[0] ?? '';
  return initial === initial.toLowerCase() || tokens[from]?.text[0] === initial;
}

function strongerVia(a: MatchVia, b: MatchVia): MatchVia {
  return VIA_PRIORITY.indexOf(a) <= VIA_PRIORITY.indexOf(b) ? a : b;
}

export class PhraseMatcher {
  private readonly firstEdges = new Map<string, number>();
  private readonly edges = new Map<string, number>();
  private readonly patternsAt = new Map<number, Pattern[]>();

  /** `blockers`: phrases that name no actor but contain a form ("South America", "George Washington"). They take
   * part in overlap resolution like any form, so the shorter form inside loses, and are then left out. */
  constructor(forms: Iterable<SurfaceForm>, blockers: Iterable<string> = []) {
    // Forms with the same folded surface share one pattern: its ids are every entry that surface can mean.
    const bySurface = new Map<string, { surface: string; ids: string[]; vias: MatchVia[] }>();
    for (const form of forms) {
      const key = foldText(form.surface).replace(/\s+/g, ' ').trim();
      const known = bySurface.get(key);
      if (known) {
        known.ids.push(form.entryId);
        known.vias.push(form.via);
      } else {
        bySurface.set(key, { surface: key, ids: [form.entryId], vias: [form.via] });
      }
    }
    for (const { surface, ids, vias } of bySurface.values()) this.add(surface, ids, vias);
    for (const blocker of blockers) this.add(foldText(blocker).replace(/\s+/g, ' ').trim(), [], ['name']);
  }

  private add(surface: string, ids: string[], vias: MatchVia[]): void {
    const tokens = tokenize(surface);
    if (tokens.length === 0) return;
    let node = 0;
    tokens.forEach((token, k) => {
      const edges = k === 0 ? this.firstEdges : this.edges;
      const edge = k === 0 ? token.lower : edgeKey(node, token);
      let child = edges.get(edge);
      if (child === undefined) {
        child = this.firstEdges.size + this.edges.size + 1;
        edges.set(edge, child);
      }
      node = child;
    });
    const pattern: Pattern = {
      texts: tokens.map((token) => token.text),
      caseRule: caseRuleOf(surface),
      entryIds: [...new Set(ids)],
      via: vias.reduce(strongerVia),
      demonym: vias.includes('demonym'),
    };
    const existing = this.patternsAt.get(node);
    if (existing) existing.push(pattern);
    else this.patternsAt.set(node, [pattern]);
  }

  /** Every match starting at token `from`, shortest first: a longer one may lose to an overlapping match while
   * a shorter one still fits ("Britain's Government Communications Headquarters": "Britain" + GCHQ). */
  private matchesAt(tokens: readonly Token[], from: number): readonly Candidate[] {
    let node = this.firstEdges.get((tokens[from] as Token).lower);
    if (node === undefined) return NONE; // most tokens: nothing allocated
    const found: Candidate[] = [];
    for (let k = from; k < tokens.length && node !== undefined; k += 1) {
      if (k > from) node = this.edges.get(edgeKey(node, tokens[k] as Token));
      const patterns = node === undefined ? undefined : this.patternsAt.get(node);
      if (!patterns) continue;
      const passing = patterns.filter((pattern) => casePasses(pattern, tokens, from));
      if (passing.length > 0) found.push({ from, to: k + 1, patterns: passing });
    }
    return found;
  }

  private static merge(patterns: Pattern[]): Reading {
    const entryIds = [...new Set(patterns.flatMap((pattern) => pattern.entryIds))];
    const via = patterns.map((pattern) => pattern.via).reduce(strongerVia);
    return { entryIds, via, demonym: patterns.some((pattern) => pattern.demonym) };
  }

  /** Entry ids and reading of a whole surface, or undefined when it is not a form of any entry. */
  lookup(surface: string): Reading | undefined {
    const tokens = tokenize(surface);
    const whole =
      tokens.length === 0 ? undefined : this.matchesAt(tokens, 0).find((c) => c.to === tokens.length);
    return whole && PhraseMatcher.merge(whole.patterns);
  }

  findMentions(text: string): LexiconMatch[] {
    const tokens = tokenize(text);
    const candidates: Candidate[] = [];
    for (let from = 0; from < tokens.length; from += 1) candidates.push(...this.matchesAt(tokens, from));
    const span = (c: Candidate) => (tokens[c.to - 1] as Token).end - (tokens[c.from] as Token).start;
    candidates.sort((a, b) => span(b) - span(a) || a.from - b.from);
    const taken = new Uint8Array(tokens.length);
    const chosen = candidates.filter((c) => {
      for (let k = c.from; k < c.to; k += 1) if (taken[k]) return false;
      taken.fill(1, c.from, c.to);
      return true;
    });
    chosen.sort((a, b) => a.from - b.from);
    const matches = chosen.map((c, k) => {
      const start = (tokens[c.from] as Token).start;
      const end = (tokens[c.to - 1] as Token).end;
      const { entryIds, via, demonym } = PhraseMatcher.merge(c.patterns);
      // "US" right before another mention ("US National Security Agency") is used as an adjective.
      const next = chosen[k + 1];
      const adjectival =
        demonym && next !== undefined && next.from === c.to && (tokens[c.to] as Token).spaceBefore;
      return { start, end, surface: text.slice(start, end), entryIds, via: adjectival ? 'demonym' : via };
    });
    return matches.filter((match) => match.entryIds.length > 0);
  }
}
