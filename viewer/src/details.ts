// The side panel: an actor's profile or an edge's claims with their evidence and documents.
import type {
  ActorProfile,
  DocumentSummary,
  EdgeDetail,
  EvidenceClaim,
  ProfileLink,
} from '../../view/types.js';
import { button, el, externalLink } from './dom.js';
import { evidenceElement } from './evidence.js';

/** The panel names what it shows in data-actor / data-edge, for automation and styling. */
function mark(panel: HTMLElement, what: { actor?: string; edge?: string }): void {
  delete panel.dataset.actor;
  delete panel.dataset.edge;
  Object.assign(panel.dataset, what);
}

export interface DetailHandlers {
  openEdge(key: string): void;
  openActor(id: string): void;
}

function linkSection(title: string, links: ProfileLink[], handlers: DetailHandlers): HTMLElement[] {
  if (links.length === 0) return [];
  const items = links.map((link) =>
    el('li', {}, [
      button(`${link.other.name} (${link.count})`, () => handlers.openEdge(link.edgeKey), 'link'),
    ]),
  );
  return [el('h3', { text: title }), el('ul', { className: 'links' }, items)];
}

export function renderProfile(panel: HTMLElement, profile: ActorProfile, handlers: DetailHandlers): void {
  const { actor } = profile;
  const facts = [
    actor.type.replace('_', ' '),
    actor.country ?? 'country unknown',
    `accused in ${actor.accusationsReceived} claim(s)`,
  ];
  const aliases = actor.aliases.length > 0 ? actor.aliases : ['(none)'];
  mark(panel, { actor: actor.id });
  panel.replaceChildren(
    el('h2', { text: actor.name, className: 'actor-name' }),
    el('p', { className: 'facts', text: facts.join(' · ') }),
    el('h3', { text: 'Aliases' }),
    el(
      'ul',
      { className: 'aliases' },
      aliases.map((alias) => el('li', { text: alias })),
    ),
    ...linkSection('Part of', profile.memberOf, handlers),
    ...linkSection('Members', profile.members, handlers),
    ...linkSection('Accused', profile.accusationsMade, handlers),
    ...linkSection('Accused by', profile.accusationsReceived, handlers),
    ...linkSection('Denied claims of', profile.denialsMade, handlers),
    ...linkSection('Its claims denied by', profile.denialsReceived, handlers),
  );
}

function documentLine(doc: DocumentSummary): HTMLElement {
  const title = doc.title ?? doc.path;
  const parts = [doc.date ?? 'undated', doc.publisher].filter((part): part is string => part !== null);
  return el('p', { className: 'document' }, [
    externalLink(doc.url, title),
    el('span', { className: 'meta', text: ` · ${parts.join(' · ')}` }),
  ]);
}

/** "Delta Lab attributed Cobalt Unit → Arlandia: the intrusion"; an affiliation reads member, predicate, parent. */
function claimHead(claim: EvidenceClaim): string {
  const name = (actor: EvidenceClaim['claimant']) => actor?.name ?? null;
  const parts =
    claim.kind === 'affiliation'
      ? [name(claim.subject), claim.predicate, name(claim.object)]
      : [
          name(claim.claimant) ?? 'unnamed source',
          claim.predicate,
          name(claim.subject),
          claim.object ? `→ ${claim.object.name}` : null,
        ];
  const sentence = parts.filter((part): part is string => part !== null && part !== '').join(' ');
  return claim.act ? `${sentence}: ${claim.act}` : sentence;
}

function claimItem(claim: EvidenceClaim): HTMLElement {
  return el('li', { className: 'claim' }, [
    el('p', { className: 'claim-head', text: claimHead(claim) }),
    evidenceElement(claim.text, claim.marks),
    documentLine(claim.document),
  ]);
}

export function renderEdge(panel: HTMLElement, detail: EdgeDetail, handlers: DetailHandlers): void {
  const { edge } = detail;
  mark(panel, { edge: edge.key });
  const dates =
    edge.firstDate === edge.lastDate
      ? (edge.firstDate ?? 'undated')
      : `${edge.firstDate ?? '?'} to ${edge.lastDate ?? '?'}`;
  panel.replaceChildren(
    el('h2', { className: `edge-title kind-${edge.kind}` }, [
      button(detail.source.name, () => handlers.openActor(detail.source.id), 'link'),
      ` ${edge.kind === 'affiliation' ? 'part of' : edge.kind === 'denial' ? 'denied' : 'accused'} `,
      button(detail.target.name, () => handlers.openActor(detail.target.id), 'link'),
    ]),
    el('p', { className: 'facts', text: `${edge.kind} · ${detail.claims.length} claim(s) · ${dates}` }),
    el('ol', { className: 'claims' }, detail.claims.map(claimItem)),
  );
}

export function renderMessage(panel: HTMLElement, message: string): void {
  mark(panel, {});
  panel.replaceChildren(el('p', { className: 'hint', text: message }));
}
