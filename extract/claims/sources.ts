// Who speaks in each sentence: a reporting verb's subject or "according to X" in the sentence itself;
// the speaker of a statement introduced with a colon for the sentences that follow it;
// for quoted sentences the attribution elsewhere in the paragraph (or the paragraph before, when a
// quote runs on); in transcripts the speaker whose turn it is.
import type { Paragraph } from '../document/segment.js';
import type { Sentence } from '../nlp/parse.js';
import type { ResolvedMention } from '../actors/resolve.js';
import { isPassiveSubject, type Item } from './items.js';
import { matchAll, type CompiledPattern } from './pattern.js';

const OPENING_QUOTE = /^\s*["“‘«]/u;
// A sentence that ends in a colon introduces what follows ("made the following statement:").
const STATEMENT_OPENING = /:\s*$/u;

export function sentenceSources(
  text: string,
  sentences: Sentence[],
  items: Item[][],
  paragraphs: Paragraph[],
  speakerMentions: ResolvedMention[],
  patterns: CompiledPattern[],
  publisher: string[],
): string[][] {
  const own = items.map((sentenceItems) => {
    for (const pattern of patterns) {
      for (const captures of matchAll(pattern, sentenceItems)) {
        const source = captures.get('source') ?? [];
        const ids = actorIds(source);
        if (ids.length && !isPassiveSubject(sentenceItems, source[source.length - 1]!)) return ids;
      }
    }
    return [];
  });
  const byParagraph = new Map<number, string[]>();
  sentences.forEach((s, i) => {
    if (own[i]!.length && !byParagraph.has(s.paragraph)) byParagraph.set(s.paragraph, own[i]!);
  });
  // "Foreign Secretary Dominic Raab said:" speaks through the statement that follows, up to the next
  // sentence that names its own speaker.
  let statement: string[] = [];
  return sentences.map((s, i) => {
    if (own[i]!.length) {
      statement = STATEMENT_OPENING.test(text.slice(s.start, s.end)) ? own[i]! : [];
      return own[i]!;
    }
    if (statement.length && !paragraphs[s.paragraph]!.speaker) return statement;
    const paragraph = paragraphs[s.paragraph]!;
    const quoted = /["“”]/u.test(text.slice(paragraph.textStart, paragraph.end));
    if (quoted && byParagraph.has(s.paragraph)) return byParagraph.get(s.paragraph)!;
    if (OPENING_QUOTE.test(text.slice(paragraph.textStart, paragraph.end))) {
      const previous = nearestPreviousParagraphSource(s.paragraph, byParagraph);
      if (previous) return previous;
    }
    // A turn that asks a question is a journalist's: it repeats claims, it does not make them.
    const asks = text.slice(paragraph.textStart, paragraph.end).includes('?');
    const speaker =
      !asks && paragraph.speaker && speakerMentions.find((m) => m.end === paragraph.speaker!.end);
    if (speaker) return [speaker.actorId];
    return asks ? [] : publisher;
  });
}

function nearestPreviousParagraphSource(
  paragraph: number,
  byParagraph: Map<number, string[]>,
): string[] | undefined {
  for (let p = paragraph - 1; p >= Math.max(0, paragraph - 2); p--)
    if (byParagraph.has(p)) return byParagraph.get(p);
  return undefined;
}

export const actorIds = (items: Item[] | undefined): string[] => [
  ...new Set((items ?? []).flatMap((i) => (i.mention ? [i.mention.actorId] : []))),
];
