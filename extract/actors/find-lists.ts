// Lists keep every conjunct: "A, B and C" names three actors of one kind even when only one of them is
// known ("Brightwall named Ana K. Vosse, Ivo Marten and Pell Dray"; "the BBC, Aer Linnea and Boots"), or
// when a plural class noun introduces them ("providers Com2Com, Relnet and Sovam Teleport").
import type { ActorType } from '../../core/types.js';
import type { DocContext } from '../document/context.js';
import type { Sentence, Token } from '../nlp/parse.js';
import { overlaps, type Mention } from './mention.js';
import { auxiliaries, honorifics, listClassNouns, titleWords } from './name-words.js';
import { bareText, breaksBefore, isCapitalized } from './text-utils.js';

const MAX_ITEM_TOKENS = 4;
// Dates, places and function words are no conjuncts ("on Friday", "BOSTON —", "Later, ...").
const NOT_NAME_TAGS = [
  'Preposition',
  'Determiner',
  'Conjunction',
  'Adverb',
  'Date',
  'Month',
  'WeekDay',
  'Place',
];
const NAME_TAGS = ['Noun', 'ProperNoun', 'Person', 'Organization', 'Acronym'];
/** Between two conjuncts: "and", "or", an age ("38;"), a name in another script ("(倪高彬),"). */
const isGap = (t: Token) =>
  ['and', 'or', '&'].includes(t.lower) || /^\d+$/.test(bareText(t)) || !/\p{Script=Latin}/u.test(t.text);
const separates = (t: Token) => /[,;]/.test(t.post);
// Later words of a conjunct may carry any tag compromise guessed ("Ivo Marten" as a participle).
const isItemWord = (t: Token) => isNameWord(t) && NAME_TAGS.some((tag) => t.tags.has(tag));
const isNameWord = (t: Token) =>
  isCapitalized(t) &&
  !NOT_NAME_TAGS.some((tag) => t.tags.has(tag)) &&
  /\p{L}/u.test(t.text) &&
  !t.tags.has('Pronoun') &&
  !auxiliaries.has(t.lower) &&
  !honorifics.has(t.lower.replace(/\.$/, '')) &&
  !titleWords.has(t.lower);

interface Item {
  from: number;
  to: number; // inclusive token indexes
}

export function findListMembers(ctx: DocContext, known: Mention[]): Mention[] {
  const found: Mention[] = [];
  ctx.sentences.forEach((s, si) => {
    for (const list of lists(s)) {
      const type = listType(s, list, known);
      if (!type) continue;
      for (const item of list) {
        if (type === 'person' && item.to === item.from) continue;
        const start = s.tokens[item.from]!.start;
        const end = s.tokens[item.to]!.end;
        if ([...known, ...found].some((m) => overlaps(m, { start, end }))) continue;
        found.push({
          start,
          end,
          surface: ctx.text.slice(start, end),
          source: type === 'person' ? 'person' : 'organization',
          type,
          entryIds: [],
          via: 'new',
          sentence: si,
        });
      }
    }
  });
  return found;
}

// Runs of capitalised words chained by list punctuation: each chain of two or more runs is a list.
function lists(s: Sentence): Item[][] {
  const chains: Item[][] = [];
  let chain: Item[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    if (!isItemWord(s.tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < s.tokens.length && j - i + 1 < MAX_ITEM_TOKENS && !separates(s.tokens[j]!)) {
      const next = s.tokens[j + 1]!;
      if (!isNameWord(next) || breaksBefore(next)) break;
      j++;
    }
    const previous = chain[chain.length - 1];
    if (previous && !chained(s, previous.to, i)) {
      if (chain.length > 1) chains.push(chain);
      chain = [];
    }
    chain.push({ from: i, to: j });
    i = j + 1;
  }
  if (chain.length > 1) chains.push(chain);
  return chains;
}

// Two runs are conjuncts when only list punctuation and gap tokens stand between them.
function chained(s: Sentence, end: number, start: number): boolean {
  const between = s.tokens.slice(end + 1, start);
  if (!between.every(isGap)) return false;
  const marks = [s.tokens[end]!, ...between];
  return marks.some(separates) || between.some((t) => ['and', 'or', '&'].includes(t.lower));
}

// The kind of a list: that of a member already known, else that of the class noun before it.
function listType(s: Sentence, list: Item[], known: Mention[]): ActorType | null {
  const span = (item: Item) => ({ start: s.tokens[item.from]!.start, end: s.tokens[item.to]!.end });
  const members = list.flatMap((item) =>
    known.filter((m) => overlaps(m, span(item)) && m.type !== 'country'),
  );
  const types = new Set(members.map((m) => m.type));
  // "A and B" with no comma is a list only when one side is a whole known name ("Yonhap News and KBS"):
  // "Science and Technology" is one name.
  const commas = list.slice(0, -1).some((item) => separates(s.tokens[item.to]!));
  const whole = members.some((m) =>
    list.some((item) => m.start === span(item).start && m.end === span(item).end),
  );
  // Only people take their kind from a known member: a known group among unknown names may sit in a
  // list of its tools ("PlugX, Mimikatz and ShadowPad").
  if (types.has('person') && types.size === 1 && members.length < list.length && (commas || whole))
    return 'person';
  let k = list[0]!.from - 1;
  while (k >= 0 && ['such', 'as', 'including', 'like', 'namely'].includes(s.tokens[k]!.lower)) k--;
  const noun = s.tokens[k];
  return noun && !separates(noun) ? (listClassNouns.get(noun.lower) ?? null) : null;
}
