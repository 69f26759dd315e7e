import { buildDocument } from './dist/extract/input/index.js';
import { buildContext } from './dist/extract/document/context.js';
import { loadLexicon } from './dist/extract/lexicon/index.js';
const t = process.argv[2];
const doc = buildDocument('inline.txt', new TextEncoder().encode(t), 'text');
const ctx = buildContext(doc, loadLexicon());
for (const s of ctx.sentences) console.log(JSON.stringify(s.tokens.map(k=>[k.text,[...k.tags].join('/')])));
console.log(JSON.stringify(ctx.lexicon.findMentions(t)));
