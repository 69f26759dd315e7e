// The fixture graph plus one document whose actor name and evidence carry what documents may carry:
// quotes, backslash, backticks, markup, a control character, CRLF, semicolons.
import type { GraphSnapshot } from '../../graph/model.js';
import { corpusStore, loadExtraction } from './fixtures.js';

export const HOSTILE = 'Klow "Security" \\ `x` <script>alert(1)</script> & co; \u0007bell';
export const HOSTILE_EVIDENCE = 'Klow said:\r\n"it\'s `them`" <img src=x onerror=alert(1)>; done.';

export function hostileSnapshot(): GraphSnapshot {
  const store = corpusStore();
  const extraction = loadExtraction('04-klow-blog');
  extraction.document = {
    ...extraction.document,
    id: 'feedfacefeedface',
    sha256: 'feedface'.repeat(8),
    path: 'blog/hostile.txt',
  };
  extraction.actors[0] = { ...extraction.actors[0]!, id: 'hostile', name: HOSTILE, aliases: ['a;b', 'c'] };
  extraction.claims[0] = {
    ...extraction.claims[0]!,
    claimant: 'hostile',
    evidence: { text: HOSTILE_EVIDENCE, start: 0, end: HOSTILE_EVIDENCE.length },
  };
  store.ingest(extraction);
  return store.snapshot();
}
