// Teaches compromise the lexicon's names as frozen entries, so its tagger keeps "National Security
// Agency" or "Qihoo 360" whole and its own #Person/#Organization guesses cover only unknown names.
import nlp from 'compromise';
import type { Lexicon } from '../lexicon/types.js';
import type { ActorType } from '../../core/types.js';

const TAG: Record<ActorType, string> = {
  person: 'Person',
  organization: 'Organization',
  threat_group: 'Organization',
  country: 'Country',
};
// compromise reserves these characters in lexicon keys.
const RESERVED = /[0-9,;!:|¦]/;
const installed = new WeakSet<Lexicon>();

export function installLexiconPlugin(lexicon: Lexicon): void {
  if (installed.has(lexicon)) return;
  installed.add(lexicon);
  const frozen: Record<string, string> = {};
  for (const entry of lexicon.entries.values()) {
    for (const surface of [entry.name, ...entry.aliases]) {
      if (surface.length < 3 || RESERVED.test(surface) || !/\s/.test(surface)) continue;
      frozen[surface.toLowerCase()] = TAG[entry.type];
    }
  }
  nlp.plugin({ frozen });
}
