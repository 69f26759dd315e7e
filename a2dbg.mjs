import { buildDocument } from './dist/extract/input/index.js';
import { extractDocument } from './dist/extract/pipeline.js';
const t = process.argv[2];
const x = extractDocument(buildDocument('inline.txt', new TextEncoder().encode(t), 'text'));
for (const a of x.actors) console.log(a.id, '|', a.name, a.type, a.aliases, a.mentions.map(m=>t.slice(m.start,m.end)));
