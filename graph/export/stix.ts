// STIX 2.1 bundle for threat-intelligence platforms (OpenCTI, MISP). The mapping:
//   every actor                 -> identity (so it can be a claimant: created_by_ref, opinion author)
//   threat_group actor          -> intrusion-set; any other accused or sponsoring actor -> threat-actor
//   accusation / admission      -> a campaign (the act) `attributed-to` the accused, which `targets`
//                                  the target; both relationships are created_by the claimant
//   affiliation of a group      -> intrusion-set `attributed-to` its parent; other affiliations
//                                  -> `related-to` between identities
//   denial                      -> opinion `strongly-disagree` on the accusations it rejects
//   document                    -> report over the objects its claims produced
// Ids are UUIDv5 of the graph ids, and timestamps come from document dates, so exporting the same
// graph twice gives the same bytes.
import { v5 as uuidv5 } from 'uuid';
import type { ActorNode, ClaimNode, DocumentNode, GraphSnapshot } from '../model.js';
import type { Certainty } from '../../core/types.js';
import type { ExportFile } from './types.js';

/** Namespace of claimgraph's UUIDv5 ids (a fixed random UUID; never change it). */
const CLAIMGRAPH_NAMESPACE = '3f1e6c2a-8d54-4b7e-9a0c-5e2f71d9b6a4';
/** STIX requires created/modified/published; undated things get this fixed instant. */
const UNDATED = '1970-01-01T00:00:00.000Z';
const ACT_NAME_CHARS = 120;

type StixObject = Record<string, unknown> & { type: string; id: string };

const stixId = (type: string, key: string): string =>
  `${type}--${uuidv5(`${type}|${key}`, CLAIMGRAPH_NAMESPACE)}`;
const timestamp = (date: string | null): string => (date ? `${date}T00:00:00.000Z` : UNDATED);

/** STIX `confidence` (0-100) per certainty: the spec's High/Medium/Low scale (85/50/15, appendix
 * A), and above it, for a claim stated without any hedge, 95 (never 100: it is one claimant's word). */
const STIX_CONFIDENCE: Readonly<Record<Certainty, number>> = {
  low: 15,
  moderate: 50,
  high: 85,
  asserted: 95,
};

export function stixExport(snapshot: GraphSnapshot): ExportFile[] {
  const bundle = stixBundle(snapshot);
  return [{ name: 'graph.stix.json', content: `${JSON.stringify(bundle, null, 2)}\n` }];
}

export function stixBundle(snapshot: GraphSnapshot) {
  const actors = new Map(snapshot.actors.map((a) => [a.id, a]));
  const documents = new Map(snapshot.documents.map((d) => [d.id, d]));
  const objects = new Map<string, StixObject>();
  const refsByDocument = new Map<string, Set<string>>();
  const add = (object: StixObject, documentId: string): string => {
    if (!objects.has(object.id)) objects.set(object.id, object);
    const refs = refsByDocument.get(documentId) ?? new Set<string>();
    refs.add(object.id);
    refsByDocument.set(documentId, refs);
    return object.id;
  };
  const identityRef = (actorId: string, documentId: string) =>
    add(identity(actors.get(actorId)!), documentId);
  const actingAs = (actorId: string, documentId: string) =>
    add(perpetrator(actors.get(actorId)!), documentId);

  const claims = [...snapshot.claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const attributions = new Map<string, { claim: ClaimNode; relationshipId: string }>();
  for (const claim of claims) {
    const document = documents.get(claim.documentId)!;
    const common = claimCommon(claim, document);
    const createdBy =
      claim.claimant === null ? {} : { created_by_ref: identityRef(claim.claimant, document.id) };
    const accused =
      claim.kind === 'admission' ? claim.claimant : claim.kind === 'accusation' ? claim.subject : null;
    if (accused !== null) {
      const campaign = add(
        {
          type: 'campaign',
          id: stixId('campaign', claim.id),
          spec_version: '2.1',
          created: common.created,
          modified: common.modified,
          name: campaignName(claim, actors.get(accused)!),
          description: claim.text,
          ...createdBy,
        },
        document.id,
      );
      const attributedTo = relationship(
        'attributed-to',
        claim,
        campaign,
        actingAs(accused, document.id),
        common,
      );
      add({ ...attributedTo, ...createdBy }, document.id);
      attributions.set(claim.id, { claim, relationshipId: attributedTo.id });
      if (claim.object !== null) {
        const targets = relationship(
          'targets',
          claim,
          actingAs(accused, document.id),
          identityRef(claim.object, document.id),
          common,
        );
        add({ ...targets, ...createdBy }, document.id);
      }
    } else if (claim.kind === 'affiliation' && claim.subject !== null && claim.object !== null) {
      const member = actors.get(claim.subject)!;
      const link =
        member.type === 'threat_group'
          ? relationship(
              'attributed-to',
              claim,
              actingAs(member.id, document.id),
              actingAs(claim.object, document.id),
              common,
            )
          : relationship(
              'related-to',
              claim,
              identityRef(member.id, document.id),
              identityRef(claim.object, document.id),
              common,
            );
      add({ ...link, ...createdBy }, document.id);
    }
  }
  for (const denial of claims.filter((c) => c.kind === 'denial' && c.claimant !== null)) {
    const document = documents.get(denial.documentId)!;
    const rejected = [...attributions.values()]
      .filter(
        ({ claim }) =>
          claim.subject === denial.claimant && (denial.object === null || claim.claimant === denial.object),
      )
      .map(({ relationshipId }) => relationshipId);
    const common = claimCommon(denial, document);
    const denier = actors.get(denial.claimant!)!;
    add(
      {
        type: 'opinion',
        id: stixId('opinion', denial.id),
        spec_version: '2.1',
        ...common,
        created_by_ref: identityRef(denier.id, document.id),
        authors: [denier.name],
        explanation: denial.text,
        opinion: 'strongly-disagree',
        // With no accusation of the denier in the graph, the opinion is about the document itself.
        object_refs: rejected.length > 0 ? rejected : [stixId('report', document.id)],
      },
      document.id,
    );
  }
  const reports = snapshot.documents
    .filter((d) => refsByDocument.has(d.id))
    .map((d) => report(d, [...refsByDocument.get(d.id)!].sort()));
  return {
    type: 'bundle',
    id: stixId(
      'bundle',
      snapshot.documents
        .map((d) => d.id)
        .sort()
        .join(','),
    ),
    objects: [...[...objects.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), ...reports],
  };
}

function identity(actor: ActorNode): StixObject {
  return {
    type: 'identity',
    id: stixId('identity', actor.id),
    spec_version: '2.1',
    created: UNDATED,
    modified: UNDATED,
    name: actor.name,
    identity_class:
      actor.type === 'person' ? 'individual' : actor.type === 'threat_group' ? 'group' : 'organization',
    ...(actor.type === 'country' ? { sectors: ['government-national'] } : {}),
    ...(actor.country ? { contact_information: `country: ${actor.country}` } : {}),
  };
}

/** The actor as the doer of cyber operations: an intrusion-set for a named group, else a threat-actor. */
function perpetrator(actor: ActorNode): StixObject {
  const base = {
    spec_version: '2.1',
    created: UNDATED,
    modified: UNDATED,
    name: actor.name,
    ...aliases(actor),
  };
  if (actor.type === 'threat_group')
    return { type: 'intrusion-set', id: stixId('intrusion-set', actor.id), ...base };
  return {
    type: 'threat-actor',
    id: stixId('threat-actor', actor.id),
    ...base,
    threat_actor_types: [actor.type === 'person' ? 'unknown' : 'nation-state'],
  };
}

const aliases = (actor: ActorNode) => (actor.aliases.length > 0 ? { aliases: actor.aliases } : {});

function campaignName(claim: ClaimNode, accused: ActorNode): string {
  const act = claim.act.trim().slice(0, ACT_NAME_CHARS);
  return act === '' ? `Activity attributed to ${accused.name}` : `${accused.name}: ${act}`;
}

function claimCommon(claim: ClaimNode, document: DocumentNode) {
  const reference = {
    source_name: document.publisher ?? document.title ?? document.path,
    ...(document.url ? { url: document.url } : {}),
    description: claim.text,
    external_id: `${claim.id}@${claim.start}-${claim.end}`,
  };
  return {
    created: timestamp(document.date),
    modified: timestamp(document.date),
    external_references: [reference],
    ...(claim.certainty === undefined ? {} : { confidence: STIX_CONFIDENCE[claim.certainty] }),
  };
}

function relationship(
  type: string,
  claim: ClaimNode,
  source: string,
  target: string,
  common: ReturnType<typeof claimCommon>,
): StixObject {
  return {
    type: 'relationship',
    id: stixId('relationship', `${claim.id}|${type}`),
    spec_version: '2.1',
    ...common,
    relationship_type: type,
    source_ref: source,
    target_ref: target,
    description: claim.text,
  };
}

function report(document: DocumentNode, objectRefs: string[]): StixObject {
  return {
    type: 'report',
    id: stixId('report', document.id),
    spec_version: '2.1',
    created: timestamp(document.date),
    modified: timestamp(document.date),
    name: document.title ?? document.path,
    published: timestamp(document.date),
    report_types: ['threat-report'],
    object_refs: objectRefs,
    external_references: [
      {
        source_name: document.publisher ?? document.title ?? document.path,
        ...(document.url ? { url: document.url } : {}),
        description: document.path,
        hashes: { 'SHA-256': document.sha256 },
      },
    ],
  };
}
