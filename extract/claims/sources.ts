// Who speaks in each sentence: a reporting verb's subject, "according to X" or a name and a colon
// opening a headline ("Brightwall: ...") in the sentence itself
// (the attribution after a quote's closing mark first: '"... X said Y," the ministry said');
// the speaker of a statement introduced with a colon for the sentences that follow it;
// the authors of the report the text last named for a sentence that cites "the report";
// for sentences inside a quote the quote's attribution, wherever it stands (before the quote, after it
// closes, or in the paragraph before, when a quote runs on over several paragraphs); in transcripts
// the speaker whose turn it is.
import type { DocContext } from '../document/context.js';
import type { Sentence } from '../nlp/parse.js';
import type { ResolvedMention } from '../actors/resolve.js';
import { isPassiveSubject, type Item } from './items.js';
import { matchAll, type CompiledPattern } from './pattern.js';
import type { MayMatch } from './pattern-filter.js';
import { quoteSpans, type QuoteSpan } from './quotes.js';
import type { RuleTable } from './rule-types.js';

/** How far back a sentence that cites "the report" looks for the report's authors. */
const REPORT_LOOKBACK = 3;

// A sentence that ends in a colon introduces what follows ("made the following statement:").
const STATEMENT_OPENING = /:\s*$/u;
const CLOSING_QUOTE = /["”»]/u;

/** `items` and `mayMatch`: each sentence's items and which patterns may match them (PatternFilter). */
export function sentenceSources(
  { text, sentences, paragraphs }: Pick<DocContext, 'text' | 'sentences' | 'paragraphs'>,
  items: Item[][],
  mayMatch: MayMatch[],
  speakerMentions: ResolvedMention[],
  table: Pick<RuleTable, 'source' | 'claimAuthor' | 'reportReference'>,
  publisher: string[],
): string[][] {
  const own = items.map((sentenceItems, i) => ownSource(sentenceItems, table.source.filter(mayMatch[i]!)));
  // A sentence's report authors matter only in a sentence that cites a report or within
  // REPORT_LOOKBACK before it: looked for there, once.
  const authorsOf: (string[] | undefined)[] = [];
  const authors = (j: number) =>
    (authorsOf[j] ??= authorsIn(items[j]!, table.claimAuthor.filter(mayMatch[j]!)));
  const citesReport = items.map((sentenceItems, i) =>
    table.reportReference.filter(mayMatch[i]!).some((pattern) => matchAll(pattern, sentenceItems).length > 0),
  );
  const byParagraph = new Map<number, string[]>();
  sentences.forEach((s, i) => {
    if (own[i]!.length && !byParagraph.has(s.paragraph)) byParagraph.set(s.paragraph, own[i]!);
  });
  const quotes = quoteSpans(text, paragraphs);
  const quoteSource = (s: Sentence) => {
    const quote = quotes.find((q) => q.start < s.end && s.start < q.end);
    return quote && attribution(quote, sentences, own, byParagraph);
  };
  // "Foreign Secretary Dominic Raab said:" speaks through the statement that follows, up to the next
  // sentence that names its own speaker.
  let statement: string[] = [];
  // "The report says X ..." speaks for the report's authors, not for X.
  const reportAuthors = (i: number) => {
    if (!citesReport[i]) return undefined;
    // "The advisory, written by X, says ...": the authors this sentence names, else the last ones named.
    for (let j = i; j >= Math.max(0, i - REPORT_LOOKBACK); j--) if (authors(j).length) return authors(j);
    return undefined;
  };
  return sentences.map((s, i) => {
    const cited = reportAuthors(i);
    if (cited) return cited;
    if (own[i]!.length) {
      statement = STATEMENT_OPENING.test(text.slice(s.start, s.end)) ? own[i]! : [];
      return own[i]!;
    }
    const paragraph = paragraphs[s.paragraph]!;
    // A transcript's turn labels are its speakers (below), the journalist's questions included.
    const label = paragraph.speaker ? [] : labelSource(items[i]!);
    if (label.length) return label;
    if (statement.length && !paragraph.speaker) return statement;
    const quoted = quoteSource(s);
    if (quoted?.length) return quoted;
    // A turn that asks a question is a journalist's: it repeats claims, it does not make them.
    const asks = text.slice(paragraph.textStart, paragraph.end).includes('?');
    const speaker =
      !asks && paragraph.speaker && speakerMentions.find((m) => m.end === paragraph.speaker!.end);
    if (speaker) return [speaker.actorId];
    return asks ? [] : publisher;
  });
}

// The sentence's own speaker; after a quote's closing mark the attribution comes first, so a name
// the quote itself mentions as a speaker does not take the quote ('"X said Y," the ministry said').
function ownSource(items: Item[], patterns: CompiledPattern[]): string[] {
  const closing = items.findLastIndex((item, i) => i < items.length - 1 && CLOSING_QUOTE.test(item.post));
  if (closing >= 0) {
    const after = sourceIn(items.slice(closing + 1), patterns);
    if (after.length) return after;
  }
  return sourceIn(items, patterns);
}

/** Capitalised words a name may carry before the colon that ends it ("ESET Research:"). */
const MAX_LABEL_ITEMS = 3;

// "Brightwall: Veylandic hackers breached ...", "Ivo Marten: Norland will respond": a headline or a
// summary opens with whoever says what follows the colon.
function labelSource(items: Item[]): string[] {
  const first = items[0];
  if (!first?.mention || first.mention.via === 'demonym') return [];
  for (let k = 0; k < Math.min(items.length - 1, MAX_LABEL_ITEMS); k++) {
    const item = items[k]!;
    if (k > 0 && !item.capitalized && !item.mention) return [];
    if (/^:\s/u.test(item.post)) return actorIds(items.slice(0, k + 1));
    if (item.post.trim()) return [];
  }
  return [];
}

function sourceIn(items: Item[], patterns: CompiledPattern[]): string[] {
  for (const pattern of patterns) {
    for (const captures of matchAll(pattern, items)) {
      const source = captures.get('source') ?? [];
      const ids = actorIds(source);
      if (ids.length && !isPassiveSubject(items, source[source.length - 1]!)) return ids;
    }
  }
  return [];
}

// The authors of the reports a sentence names ("Brightwall's report", "a report by X", "X released a
// report").
function authorsIn(items: Item[], patterns: CompiledPattern[]): string[] {
  return [...new Set(patterns.flatMap((p) => matchAll(p, items).flatMap((c) => actorIds(c.get('author')))))];
}

// Who a quote is attributed to: the speaker of the sentence it closes in ('...," she said'), else of
// the sentence it opens in ('She said: "...'), else the first speaker named in its opening paragraph
// or, for a quote that opens a paragraph, in one of the two paragraphs before.
function attribution(
  quote: QuoteSpan,
  sentences: Sentence[],
  own: string[][],
  byParagraph: Map<number, string[]>,
): string[] | undefined {
  const at = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const closing = at(quote.end - 1);
  if (closing >= 0 && own[closing]!.length) return own[closing];
  const opening = at(quote.start);
  if (opening >= 0 && own[opening]!.length) return own[opening];
  if (byParagraph.has(quote.paragraph)) return byParagraph.get(quote.paragraph);
  if (!quote.opensParagraph) return undefined;
  for (let p = quote.paragraph - 1; p >= Math.max(0, quote.paragraph - 2); p--)
    if (byParagraph.has(p)) return byParagraph.get(p);
  return undefined;
}

export const actorIds = (items: Item[] | undefined): string[] => [
  ...new Set((items ?? []).flatMap((i) => (i.mention ? [i.mention.actorId] : []))),
];
