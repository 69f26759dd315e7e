// compromise's post-tagger with a faster choice of the rules to try: the same rules, tried in the
// same order by compromise's own matcher and applied by its own tagger, so the tags are nlp(text)'s
// (test/extraction/parse.test.ts compares them term by term on the dev corpus and the fixtures).
//
// The post-tagger tries about 570 match rules on every comma-separated piece of a sentence. To pick
// the rules worth trying on a piece, compromise indexes them by the words and #Tags they need or want
// (about 730 keys) and then, for every piece, walks all the keys, concatenating and de-duplicating
// arrays: about a fifth of the whole parse on our texts. Here each piece's candidates come from its
// own words and tags instead (tens of keys, not hundreds), ordered as compromise orders them: by the
// position of the key in its index, then by position within the key, the first occurrence of a rule
// winning. The order matters, since a later tag can take back an earlier one.
import nlp from 'compromise';

interface MatchRule {
  match: string;
  needs: string[];
  wants: string[];
  /** How many of `wants` must be present. */
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
type Pointer = [number, number, number];
type Term = { index: [number, number] };
interface World {
  model: { two: { matches: MatchRule[] } };
  methods: {
    one: {
      cacheDoc(pieces: Term[][]): Set<string>[];
      match(pieces: Term[][], rule: MatchRule): { ptrs: Pointer[] };
      bulkTagger(found: (MatchRule & { pointer: Pointer })[], pieces: Term[][], world: World): void;
    };
    two: { quickSplit(sentences: Term[][]): Term[][] };
  };
}
interface TaggingView {
  world: World;
  docs: Term[][];
  update(pointers: Pointer[]): TaggingView;
  uncache(): void;
  unfreeze(): void;
}

/** compromise's rule index, read in its order; `candidates` gives what its sweep would try. */
class RuleIndex {
  private readonly positionOfKey = new Map<string, number>();
  /** Per key position, its rules with the id of their match string (compromise de-duplicates by it). */
  private readonly rulesOfKey: { id: number; rule: MatchRule }[][] = [];
  /** Rules hooked on no key, tried on every piece after the others. */
  private readonly always: MatchRule[];
  private readonly lastVisit: Int32Array;
  private visit = 0;

  constructor(rules: MatchRule[]) {
    // A plain object, filled as compromise fills its own, so that its keys come out in the same order
    // (integer-like keys first).
    const byKey: Record<string, MatchRule[]> = {};
    for (const rule of rules)
      for (const key of [...rule.needs, ...rule.wants]) (byKey[key] ??= []).push(rule);
    const idOfMatch = new Map<string, number>();
    for (const [position, key] of Object.keys(byKey).entries()) {
      this.positionOfKey.set(key, position);
      const seen = new Set<string>();
      this.rulesOfKey.push(
        byKey[key]!.filter((rule) => !seen.has(rule.match) && seen.add(rule.match)).map((rule) => {
          if (!idOfMatch.has(rule.match)) idOfMatch.set(rule.match, idOfMatch.size);
          return { id: idOfMatch.get(rule.match)!, rule };
        }),
      );
    }
    this.always = rules.filter((rule) => rule.needs.length === 0 && rule.wants.length === 0);
    this.lastVisit = new Int32Array(idOfMatch.size);
  }

  /** The rules to try on a piece whose words and #Tags are `present`. */
  candidates(present: ReadonlySet<string>): MatchRule[] {
    const positions: number[] = [];
    for (const item of present) {
      const position = this.positionOfKey.get(item);
      if (position !== undefined) positions.push(position);
    }
    positions.sort((a, b) => a - b);
    const visit = ++this.visit;
    const chosen: MatchRule[] = [];
    for (const position of positions)
      for (const { id, rule } of this.rulesOfKey[position]!) {
        if (this.lastVisit[id] === visit) continue;
        this.lastVisit[id] = visit;
        if (applies(rule, present)) chosen.push(rule);
      }
    chosen.push(...this.always);
    return chosen;
  }
}

/** compromise's test: every need present, no `ifNo` present, enough of the wants present. */
function applies(rule: MatchRule, present: ReadonlySet<string>): boolean {
  if (!rule.needs.every((need) => present.has(need))) return false;
  if (rule.ifNo?.some((no) => present.has(no))) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const want of rule.wants) if (present.has(want)) wanted++;
  return wanted >= rule.minWant;
}

// compromise parses its rules in place (their needs and wants) when its own post-tagger first runs;
// one parse here makes sure it has before the index reads them.
nlp('.');
const world = nlp.world() as World;
const index = new RuleIndex(world.model.two.matches);

/** compromise's `postTagger` compute: every rule is matched on the untouched tags of its piece, and
 * the matches are then applied in order. */
function postTagger(view: TaggingView): void {
  const { methods } = view.world;
  const pointers = methods.two.quickSplit(view.docs).map((terms): Pointer => {
    const [sentence, start] = terms[0]!.index;
    return [sentence, start, start + terms.length];
  });
  const pieces = view.update(pointers).docs;
  const present = methods.one.cacheDoc(pieces);
  const found: (MatchRule & { pointer: Pointer })[] = [];
  pieces.forEach((terms, n) => {
    for (const rule of index.candidates(present[n]!)) {
      if (terms.length < rule.minWords) continue;
      for (const pointer of methods.one.match([terms], rule).ptrs) {
        pointer[0] = n;
        found.push({ ...rule, pointer });
      }
    }
  });
  methods.one.bulkTagger(found, pieces, view.world);
  view.uncache();
  view.unfreeze();
}

/** The name of the compute hook that replaces compromise's `postTagger` in our parse; nlp(text)
 * itself is left as it is. */
export const POST_TAGGER_HOOK = 'claimgraphPostTagger';
nlp.plugin({ compute: { [POST_TAGGER_HOOK]: postTagger } });
