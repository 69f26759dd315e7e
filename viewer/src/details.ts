// The side panel: an actor's profile, an edge's claims with their evidence and documents, or a path.
import type {
  ActorProfile,
  DocumentSummary,
  EdgeDetail,
  EvidenceClaim,
  ProfileLink,
} from '../../view/types.js';
import { KIND_COLOURS } from './colours.js';
import { button, el, externalLink } from './dom.js';
import { evidenceElement } from './evidence.js';

/** The panel names what it shows in data-actor / data-edge / data-path, for automation and styling. */
function mark(panel: HTMLElement, what: { actor?: string; edge?: string; path?: string }): void {
  delete panel.dataset.actor;
  delete panel.dataset.edge;
  delete panel.dataset.path;
  Object.assign(panel.dataset, what);
}

export interface DetailHandlers {
  openEdge(key: string): void;
  openActor(id: string): void;
}

export interface ProfileActions {
  explore(): void;
  expand(): void;
  hide(): void;
  togglePin(): void;
  pinned: boolean;
  exploring: boolean;
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

function actionRow(actions: ProfileActions): HTMLElement {
  return el('p', { className: 'actions' }, [
    button(actions.exploring ? 'Expand neighbours' : 'Explore from here', () =>
      actions.exploring ? actions.expand() : actions.explore(),
    ),
    button('Hide', actions.hide),
    button(actions.pinned ? 'Unpin' : 'Pin', actions.togglePin),
  ]);
}

export function renderProfile(
  panel: HTMLElement,
  profile: ActorProfile,
  handlers: DetailHandlers,
  actions: ProfileActions | null,
): void {
  const { actor } = profile;
  const facts = [
    actor.type.replace('_', ' '),
    actor.country ?? 'country unknown',
    `accused ${actor.accusationsReceived} time(s)`,
    `made ${actor.accusationsMade} accusation(s)`,
  ];
  const aliases = actor.aliases.length > 0 ? actor.aliases : ['(none)'];
  mark(panel, { actor: actor.id });
  panel.replaceChildren(
    el('h2', { text: actor.name, className: 'actor-name' }),
    el('p', { className: 'facts', text: facts.join(' · ') }),
    ...(actions ? [actionRow(actions)] : []),
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
    ...linkSection('Denied the accusations of', profile.denialsMade, handlers),
    ...linkSection('Its accusations denied by', profile.denialsReceived, handlers),
    ...linkSection('Claimed responsibility for operations against', profile.admissionsMade, handlers),
    ...linkSection('Named as target by', profile.admissionsReceived, handlers),
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

function claimItem(claim: EvidenceClaim): HTMLElement {
  const quote = evidenceElement(claim.text, claim.marks);
  quote.style.borderLeftColor = KIND_COLOURS[claim.kind];
  return el('li', { className: `claim kind-${claim.kind}` }, [
    el('p', {
      className: 'claim-head',
      text: claim.certainty === null ? claim.heading : `${claim.heading} · certainty: ${claim.certainty}`,
    }),
    quote,
    documentLine(claim.document),
  ]);
}

function dateRange(first: string | null, last: string | null): string {
  return first === last ? (first ?? 'undated') : `${first ?? '?'} to ${last ?? '?'}`;
}

function edgeSection(detail: EdgeDetail, handlers: DetailHandlers): HTMLElement[] {
  const { edge } = detail;
  const title = el('h2', { className: `edge-title kind-${edge.kind}`, text: detail.heading });
  title.style.borderBottomColor = KIND_COLOURS[edge.kind];
  return [
    title,
    el('p', { className: 'facts' }, [
      button(detail.source.name, () => handlers.openActor(detail.source.id), 'link'),
      ' → ',
      button(detail.target.name, () => handlers.openActor(detail.target.id), 'link'),
      ` · ${edge.kind} · ${detail.claims.length} claim(s) · ${dateRange(edge.firstDate, edge.lastDate)}`,
    ]),
    el('ol', { className: 'claims' }, detail.claims.map(claimItem)),
  ];
}

/** One edge, or a drawn edge that merges several (collapsed units): each with its claims. */
export function renderEdge(
  panel: HTMLElement,
  key: string,
  details: EdgeDetail[],
  handlers: DetailHandlers,
): void {
  mark(panel, { edge: key });
  const head =
    details.length > 1
      ? [el('p', { className: 'facts', text: `${details.length} edges between the collapsed groups:` })]
      : [];
  panel.replaceChildren(...head, ...details.flatMap((detail) => edgeSection(detail, handlers)));
}

export interface PathStep {
  key: string;
  heading: string;
}

export function renderPath(
  panel: HTMLElement,
  ends: [string, string],
  names: [string, string],
  steps: PathStep[] | null,
  handlers: DetailHandlers,
): void {
  mark(panel, { path: ends.join(',') });
  if (steps === null) {
    panel.replaceChildren(
      el('h2', { text: `No path from ${names[0]} to ${names[1]}` }),
      el('p', {
        className: 'hint',
        text: 'No chain of accusations or affiliations links them among the actors and claims shown.',
      }),
    );
    return;
  }
  panel.replaceChildren(
    el('h2', { text: `Path from ${names[0]} to ${names[1]}: ${steps.length} step(s)` }),
    el(
      'ol',
      { className: 'path-steps' },
      steps.map((step) => el('li', {}, [button(step.heading, () => handlers.openEdge(step.key), 'link')])),
    ),
  );
}

export function renderMessage(panel: HTMLElement, message: string): void {
  mark(panel, {});
  panel.replaceChildren(el('p', { className: 'hint', text: message }));
}
