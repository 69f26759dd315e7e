// A synthetic corpus at any scale: documents made of accusation, denial and affiliation sentences
// over a large actor pool, each with the Extraction that describes it exactly (evidence offsets and
// mentions index the document text). The text feeds `claimgraph ingest`; the extractions feed the
// graph directly where real extraction would take too long (a million claims in a benchmark).
import { createHash } from 'node:crypto';
import type { Actor, Claim, ClaimKind, Extraction, Span } from '../../core/types.js';
import { actorPool, type SyntheticActor } from './actors.js';
import { Random } from './random.js';
import vocabulary from './vocabulary.json' with { type: 'json' };

export interface SyntheticOptions {
  /** claims over the whole corpus */
  claims: number;
  /** actor pool size; default: one actor per 200 claims, at least 600 */
  actors?: number;
  claimsPerDocument?: number;
  seed?: number;
}

export interface SyntheticDocument {
  text: string;
  extraction: Extraction;
}

const KINDS: readonly ClaimKind[] = [
  'accusation',
  'accusation',
  'accusation',
  'accusation',
  'accusation',
  'denial',
  'affiliation',
];
const FIRST_DAY = Date.UTC(2012, 0, 1);
const DAYS = 13 * 365;

const fill = (pattern: string, values: Record<string, string>): string =>
  pattern.replace(/\{(\w+)\}/g, (_all, key: string) => values[key]!);

export function* syntheticCorpus(options: SyntheticOptions): Generator<SyntheticDocument> {
  const random = new Random(options.seed ?? 1);
  const pool = actorPool(options.actors ?? Math.max(600, Math.round(options.claims / 200)), random);
  const pools: Pools = {
    byId: new Map(pool.map((actor) => [actor.id, actor])),
    // shuffled, so which actors the skewed picks favour is spread over every kind of actor
    accusers: random.shuffled(pool.filter((actor) => actor.accuser)),
    accused: random.shuffled(pool.filter((actor) => actor.accused)),
    members: random.shuffled(pool.filter((actor) => actor.parent !== null)),
    countries: pool.filter((actor) => actor.type === 'country'),
  };
  const perDocument = options.claimsPerDocument ?? 10;
  let made = 0;
  for (let index = 1; made < options.claims; index++) {
    const count = Math.min(perDocument, options.claims - made);
    made += count;
    const sentences = Array.from({ length: count }, () => sentence(random, pools));
    yield documentOf(index, sentences, random);
  }
}

interface Pools {
  byId: Map<string, SyntheticActor>;
  accusers: SyntheticActor[];
  accused: SyntheticActor[];
  members: SyntheticActor[];
  countries: SyntheticActor[];
}

type Role = 'claimant' | 'subject' | 'object';

interface Sentence {
  kind: ClaimKind;
  template: string;
  roles: Partial<Record<Role, SyntheticActor>>;
  act: string;
}

/** Accusers and the accused come from different countries; a denial answers an accusation. */
function sentence(random: Random, { byId, accusers, accused, members, countries }: Pools): Sentence {
  const kind = random.pick(KINDS);
  const act = random.pick(vocabulary.acts);
  const template = random.pick(vocabulary.templates[kind as 'accusation' | 'denial' | 'affiliation']);
  if (kind === 'affiliation') {
    const member = random.pickSkewed(members);
    return { kind, template, act: 'part of', roles: { subject: member, object: byId.get(member.parent!)! } };
  }
  const accuser = random.pickSkewed(accusers);
  let target = random.pickSkewed(accused);
  while (target.country === accuser.country) target = random.pick(accused);
  if (kind === 'denial') return { kind, template, act, roles: { claimant: target, object: accuser } };
  return {
    kind,
    template,
    act,
    roles: { claimant: accuser, subject: target, object: random.pick(countries) },
  };
}

function documentOf(index: number, sentences: Sentence[], random: Random): SyntheticDocument {
  const date = new Date(FIRST_DAY + random.int(0, DAYS) * 86_400_000).toISOString().slice(0, 10);
  const lead = sentences[0]!.roles;
  const title = fill(random.pick(vocabulary.titles), {
    claimant: (lead.claimant ?? lead.subject)!.name,
    subject: (lead.subject ?? lead.object)!.name,
  });
  const publisher = random.pick(vocabulary.publishers);
  const path = `synthetic/doc-${String(index).padStart(7, '0')}.txt`;
  let text = `title: ${title}\nurl: https://example.org/${path}\ndate: ${date}\npublisher: ${publisher}\n\n`;
  const actors = new Map<string, Actor>();
  const claims: Claim[] = [];
  sentences.forEach((item, i) => {
    const start = text.length;
    const { body, mentions } = render(item, start);
    text += `${body}${i % 3 === 2 ? '\n\n' : ' '}`;
    for (const [actor, span] of mentions) {
      const known = actors.get(actor.id);
      if (known) known.mentions.push(span);
      else
        actors.set(actor.id, {
          id: actor.id,
          name: actor.name,
          type: actor.type,
          aliases: actor.aliases,
          country: actor.country,
          mentions: [span],
        });
    }
    const role = (key: Role): string | null => item.roles[key]?.id ?? null;
    claims.push({
      id: `c${i + 1}`,
      kind: item.kind,
      claimant: role('claimant'),
      subject: role('subject'),
      predicate: item.kind === 'affiliation' ? 'part of' : item.kind === 'denial' ? 'denied' : 'accused',
      object: role('object'),
      act: item.act,
      evidence: { text: body, start, end: start + body.length },
      rule: `synthetic-${item.kind}`,
    });
  });
  text = `${text.trimEnd()}\n`;
  const sha256 = createHash('sha256').update(text).digest('hex');
  const document = {
    id: sha256.slice(0, 16),
    path,
    title,
    url: `https://example.org/${path}`,
    date,
    publisher,
    sha256,
  };
  return { text, extraction: { document, actors: [...actors.values()], claims } };
}

/** Fills a sentence template; mention spans are offsets in the document (the sentence starts at `start`). */
function render(item: Sentence, start: number): { body: string; mentions: [SyntheticActor, Span][] } {
  let body = '';
  let last = 0;
  const mentions: [SyntheticActor, Span][] = [];
  for (const match of item.template.matchAll(/\{(\w+)\}/g)) {
    body += item.template.slice(last, match.index);
    if (match[1] === 'act') body += item.act;
    else {
      const actor = item.roles[match[1] as Role]!;
      if (actor.article) body += body === '' ? 'The ' : 'the ';
      mentions.push([actor, { start: start + body.length, end: start + body.length + actor.name.length }]);
      body += actor.name;
    }
    last = match.index + match[0].length;
  }
  return { body: body + item.template.slice(last), mentions };
}
