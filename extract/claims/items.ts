// A sentence as a sequence of items for the claim patterns: each actor mention is one item,
// every other token is a word item. Punctuation travels on `post`.
import type { Sentence } from '../nlp/parse.js';
import type { ResolvedMention } from '../actors/resolve.js';
import type { ActorType } from '../../core/types.js';

export interface Item {
  start: number;
  end: number;
  /** lower-case word ('' for actor items) */
  word: string;
  mention: ResolvedMention | null;
  type: ActorType | null;
  possessive: boolean;
  post: string;
  tags: ReadonlySet<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();

export function sentenceItems(s: Sentence, mentions: ResolvedMention[]): Item[] {
  const items: Item[] = [];
  let m = 0;
  let depth = 0;
  for (const token of s.tokens) {
    depth += token.pre.match(/\(/g)?.length ?? 0;
    while (m < mentions.length && mentions[m]!.end <= token.start) m++;
    const mention = mentions[m];
    const inMention = mention && mention.start < token.end && token.start < mention.end ? mention : null;
    const insideBrackets = depth > 0;
    depth = Math.max(0, depth - (token.post.match(/\)/g)?.length ?? 0));
    // Bracketed asides ("(R-Maine)") are not part of the sentence's structure; bracketed names are.
    if (insideBrackets && !inMention) {
      const last = items[items.length - 1];
      if (last && depth === 0) last.post += token.post.replace(/^[^)]*\)/, '');
      continue;
    }
    const previous = items[items.length - 1];
    // One item per actor: a mention and its bracketed acronym right after it ("TAO (Office of ...)") join.
    const sameActor =
      inMention &&
      previous?.mention &&
      previous.mention.actorId === inMention.actorId &&
      /^\s*\(?\s*$/.test(previous.post);
    if (inMention && (previous?.mention === inMention || sameActor)) {
      previous.end = token.end;
      previous.post = token.post;
      previous.possessive = isPossessive(token.text);
      continue;
    }
    items.push({
      start: token.start,
      end: token.end,
      word: inMention ? '' : token.lower.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'-]+$/gu, ''),
      mention: inMention,
      type: inMention ? inMention.type : null,
      possessive: isPossessive(token.text),
      post: token.post,
      tags: inMention ? NO_TAGS : token.tags,
    });
  }
  return items;
}

const isPossessive = (text: string) => /\p{L}['’]s?$/u.test(text) && !/^(it|he|she|let)['’]s$/iu.test(text);
