// A claim pass written in code (declared in rules.json under `passes`, id below).
//
// "A Norlandic foreign ministry spokesperson said ... 'We condemn it,' spokesperson Ivo Marten said":
// a person introduced by a bare role ("spokesperson Ivo Marten", no body before the role) holds that
// role for the body an earlier sentence gave it ("the ministry spokesperson", "a spokeswoman for the
// ministry"), or else for the body that opens the sentence before ("The ministry hit back on Monday.
// ... spokesman Ivo Marten said").
import type { DocContext } from '../document/context.js';
import type { Resolution, ResolvedMention } from '../actors/resolve.js';
import type { Sentence, Token } from '../nlp/parse.js';
import { referenceWords } from '../actors/name-words.js';
import { affiliationDraft, type DraftClaim } from './draft-claim.js';

export const ROLE_ANTECEDENT = 'affiliation.role-antecedent';

const ROLES: ReadonlySet<string> = new Set(referenceWords.speakerRoles);
/** How many tokens into the sentence before a body may start and still be what the sentence is about. */
const OPENING_TOKENS = 3;

export function roleAntecedentAffiliations(
  drafts: DraftClaim[],
  ctx: DocContext,
  resolution: Resolution,
): DraftClaim[] {
  const types = new Map(resolution.actors.map((a) => [a.id, a.type]));
  const all = [...resolution.mentions, ...resolution.references]
    .filter((m) => m.sentence >= 0)
    .sort((a, b) => a.start - b.start);
  const bodies = all.filter((m) => types.get(m.actorId) === 'organization');
  const affiliated = new Set(drafts.filter((d) => d.kind === 'affiliation').map((d) => d.subject));
  const claims: DraftClaim[] = [];
  for (const person of all) {
    if (person.type !== 'person' || person.via === 'demonym' || affiliated.has(person.actorId)) continue;
    const sentence = ctx.sentences[person.sentence];
    const role = sentence && bareRoleBefore(sentence, person, all);
    if (!role) continue;
    const body =
      bodyGivenRole(ctx, bodies, role, person.start) ?? bodyOpening(ctx, bodies, person.sentence - 1);
    if (!body || body === person.actorId) continue;
    const claim = affiliationDraft(
      ctx,
      person.sentence,
      person.actorId,
      body,
      'official of',
      ROLE_ANTECEDENT,
    );
    if (!claim) continue;
    affiliated.add(person.actorId);
    claims.push(claim);
  }
  return claims;
}

/** The role word right before the name when nothing names a body before it ("spokesman Ivo Marten"). */
function bareRoleBefore(s: Sentence, person: ResolvedMention, mentions: ResolvedMention[]): string | null {
  const at = s.tokens.findIndex((t) => t.start >= person.start);
  const role = s.tokens[at - 1];
  if (!role || !ROLES.has(role.lower) || /[,;:]/.test(role.post)) return null;
  const before = s.tokens[at - 2];
  const namesBody =
    before &&
    !/[,;:.!?"“”]/.test(before.post) &&
    (/^\p{Lu}/u.test(before.text) || /['’]s$/u.test(before.text) || inMention(before, mentions));
  return namesBody ? null : role.lower;
}

/** The body named right before the same role word earlier in the text ("the ministry spokesperson"). */
function bodyGivenRole(
  ctx: DocContext,
  bodies: ResolvedMention[],
  role: string,
  before: number,
): string | undefined {
  let found: string | undefined;
  for (const body of bodies) {
    if (body.end > before) break;
    const next = tokenAfter(ctx.sentences[body.sentence], body.end);
    // A role-only speaker ("a spokeswoman for X") is a reference whose own words hold the role.
    const ownRole = body.surface.toLowerCase().split(/\s+/).includes(role);
    if (next?.lower === role || ownRole) found = body.actorId;
  }
  return found;
}

/** The body that opens a sentence ("The ministry hit back ...", "Norland's Justice Ministry said ..."). */
function bodyOpening(ctx: DocContext, bodies: ResolvedMention[], si: number): string | undefined {
  const s = ctx.sentences[si];
  const limit = s?.tokens[Math.min(OPENING_TOKENS, s.tokens.length - 1)];
  if (!s || !limit) return undefined;
  return bodies.find((m) => m.sentence === si && m.start <= limit.start)?.actorId;
}

const tokenAfter = (s: Sentence | undefined, offset: number): Token | undefined =>
  s?.tokens.find((t) => t.start >= offset);

const inMention = (t: Token, mentions: ResolvedMention[]) =>
  mentions.some((m) => m.start <= t.start && t.end <= m.end);
