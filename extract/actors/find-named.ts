// Names the lexicon has never seen, found by the shape of the text around them: a naming phrase ("a
// group called Glass Heron", "hackers known as Tin Lynx", "a firm called 9Gate"), a quoted name after a
// kind noun (hacker group 'IND 3MB3R'), a name ending in a group word ("Pakistan Haxors Crew", "New
// World Hackers") or followed by one ("the Glass Heron gang"), and tracker designations in any spelling
// (APT-41, APT 41, UNC 2452, Storm-0558).
import type { ActorType } from '../../core/types.js';
import type { DocContext } from '../document/context.js';
import { sentenceAt } from '../document/context.js';
import { contains, overlaps, type Mention } from './mention.js';
import { honorifics, isOriginOrLinkSuffix, namingWords, referenceWords, titleWords } from './name-words.js';

const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*(?:\.[\p{L}\p{N}]+)*`;
const NAME = String.raw`(${WORD}(?:[ -]${WORD}){0,3})`;
const OPEN = String.raw`["“‘']?`;
// Names are case-sensitive, so the patterns are too; a cue word may still open a sentence ("Hackers called ...").
const alternatives = (words: string[]) =>
  words
    .map(
      (w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1).replace(/\s+/g, String.raw`\s+`)}`,
    )
    .join('|');
const KIND_NOUNS = Object.values(namingWords.kinds).flat();
// "a group called X", "hackers collectively known as X", "TAG uses the name X"
const NAMED = new RegExp(
  String.raw`\b(${alternatives(KIND_NOUNS)})\b[^.;:!?\n]{0,40}?\b(?:${alternatives(namingWords.naming)})\s+(?:the\s+)?${OPEN}${NAME}`,
  'gu',
);
// hacker group 'IND 3MB3R', hacking group "Anonymous Malaysia"
const QUOTED = new RegExp(String.raw`\b(${alternatives(KIND_NOUNS)})\s+["“‘']${NAME}["”’']`, 'gu');
// "Pakistan Haxors Crew", "New World Hackers": a capitalised name whose last word is a group word.
const GROUP_WORD_LAST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${WORD}\s+){1,3}(?:${namingWords.groupNameWords.join('|')}))(?![\p{L}\p{N}])`,
  'gu',
);
// "the Glass Heron gang", "Tin Lynx ransomware group"
const GROUP_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${WORD}(?:\s+${WORD}){0,2})\s+(?:ransomware\s+|hacking\s+|hacker\s+)?(?:${namingWords.groupNouns.join('|')})\b`,
  'gu',
);
const DESIGNATION = /\b(APT|UNC|TA|FIN|DEV|Storm)[- ]?(\d{1,4})\b/g;
// "news outlet Der Spiegel", "cybersecurity firm Brightwall", "hacking group Glass Heron"
// The kind noun is lower case: a capitalised one is part of a name ("American Hospital Association").
const KIND_THEN_NAME = new RegExp(
  String.raw`\b(${KIND_NOUNS.map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|')})\s+${NAME}`,
  'gu',
);
// "Cyence, a risk-modelling firm", "360, a Chinese internet security company"
const NAME_THEN_KIND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NAME},\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,4}?(${alternatives(KIND_NOUNS)})\b`,
  'gu',
);

// The three patterns above that open with a capitalised word, not a cue word, try every capital of a
// paragraph; they run only where their cue occurs at all (each match contains it), which leaves their
// matches as they are.
const holdsAny = (text: string, words: string[]) => words.some((word) => text.includes(word));
const APPOSITION_CUE = /,\s+an?\s/u;

// "a spokesperson for Norvik Energy", "an official at Velsk Port": whom a role speaks for is a body.
const ROLE_OWNER = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:${alternatives(referenceWords.speakerRoles)})\s+(?:for|of|at|with)\s+(?:the\s+)?${NAME}`,
  'gu',
);

const YEAR = /^(?:1[89]|20)\d\d$/;
// "a spokesman for President Marten": a title or honorific opens a person's name, not a body's.
const isTitled = (name: string) => {
  const first = name.split(/\s+/)[0]!.toLowerCase().replace(/\.$/u, '');
  return titleWords.has(first) || honorifics.has(first) || honorifics.has(`${first}.`);
};

export function findNamedByShape(ctx: DocContext, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  // A quoted name ('hacking group "Anonymous Malaysia"', "‘Pakistan Haxors Crew’") is the group's own
  // name even when a known name sits inside it; elsewhere a known name wins.
  const add = (start: number, surface: string, type: ActorType, entryIds: string[] = []) => {
    const clean = surface.replace(/["”’'.,]+$/u, '');
    const span = { start, end: start + clean.length };
    const quoted = /["“‘']$/u.test(ctx.text.slice(Math.max(0, start - 1), start));
    const blocks = (m: Mention) =>
      overlaps(m, span) && !(quoted && contains(span, m) && m.end - m.start < clean.length);
    // "a PRC-based group", "a China-linked gang": a place or a sponsor, not a name.
    if (
      !clean ||
      isOriginOrLinkSuffix(/-\p{L}+$/u.exec(clean)?.[0]) ||
      taken.some(blocks) ||
      found.some((m) => overlaps(m, span))
    )
      return;
    const first = clean.split(/\s+/)[0]!.toLowerCase();
    // "in 2013, a new report from ...": a year is a date, not a digit-led name ("360", "9Gate").
    if (ctx.lexicon.country(clean) || namingWords.notNames.includes(first) || YEAR.test(clean)) return;
    found.push({
      ...span,
      surface: clean,
      source: 'organization',
      type,
      entryIds,
      via: entryIds.length ? 'alias' : 'new',
      sentence: sentenceAt(ctx.sentences, start),
    });
  };
  for (const p of ctx.paragraphs) {
    if (p.chrome) continue;
    const text = ctx.text.slice(p.textStart, p.end);
    const at = (m: RegExpMatchArray, group: string) => p.textStart + m.index! + m[0].lastIndexOf(group);
    for (const m of text.matchAll(DESIGNATION)) {
      const canonical = ['DEV', 'Storm'].includes(m[1]!) ? `${m[1]}-${m[2]}` : `${m[1]}${m[2]}`;
      const entries = ctx.lexicon.lookup(canonical);
      add(
        p.textStart + m.index!,
        m[0],
        'threat_group',
        entries.map((e) => e.id),
      );
    }
    for (const m of text.matchAll(NAMED)) add(at(m, m[2]!), m[2]!, kindOf(m[1]!));
    for (const m of text.matchAll(QUOTED)) add(at(m, m[2]!), m[2]!, kindOf(m[1]!));
    for (const m of text.matchAll(KIND_THEN_NAME))
      if (!/^\d+$/.test(m[2]!)) add(at(m, m[2]!), m[2]!, kindOf(m[1]!));
    if (APPOSITION_CUE.test(text))
      for (const m of text.matchAll(NAME_THEN_KIND)) add(p.textStart + m.index!, m[1]!, kindOf(m[2]!));
    for (const m of text.matchAll(ROLE_OWNER)) if (!isTitled(m[1]!)) add(at(m, m[1]!), m[1]!, 'organization');
    if (holdsAny(text, namingWords.groupNameWords))
      for (const m of text.matchAll(GROUP_WORD_LAST)) add(p.textStart + m.index!, m[1]!, 'threat_group');
    if (holdsAny(text, namingWords.groupNouns))
      for (const m of text.matchAll(GROUP_AFTER)) add(p.textStart + m.index!, m[1]!, 'threat_group');
  }
  return found;
}

function kindOf(noun: string): ActorType {
  const lower = noun.toLowerCase().replace(/\s+/g, ' ');
  const kind = Object.entries(namingWords.kinds).find(([, nouns]) => nouns.includes(lower));
  return (kind?.[0] as ActorType | undefined) ?? 'organization';
}
