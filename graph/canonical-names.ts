// Canonical actor names come from the lexicon: its ids are the graph-wide actor ids and its names
// are stable, while documents name the same actor in many ways.
import { loadLexicon } from '../extract/lexicon/index.js';
import type { CanonicalName } from './build.js';

/** The production lexicon's name for an id (the lexicon is only built on first use). */
export const lexiconName: CanonicalName = (actorId) => loadLexicon().byId(actorId)?.name;
