// The synthetic corpus as a regression check for the claim frames (see bench/synthetic/score.ts).
//   npm run bench:synthetic [-- --claims 1000] [--seed 1]
import { parseArgs } from 'node:util';
import { SCORED_KINDS, scoreSyntheticCorpus } from './synthetic/score.js';

const { values } = parseArgs({
  options: { claims: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
});
const score = scoreSyntheticCorpus({ claims: Number(values.claims), seed: Number(values.seed) });
process.stdout.write(
  `synthetic corpus: ${score.documents} documents, ${values.claims} claims written (seed ${values.seed})\n\n` +
    '| kind | written | found | not written |\n|---|---:|---:|---:|\n' +
    SCORED_KINDS.map(
      (k) => `| ${k} | ${score[k].written} | ${score[k].found} | ${score[k].notWritten} |`,
    ).join('\n') +
    '\n',
);
