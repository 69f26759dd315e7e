// Where extractDocument's time goes, stage by stage, against bare compromise on the same text: each
// source text in turn, every stage timed by CPU time and the stages interleaved per document, so that
// a busy shared machine slows all of them alike. The stages are those of extractDocument for a
// document of one section (every dev-corpus text is one).
import nlp from 'compromise';
import { findActors } from '../extract/actors/index.js';
import { extractClaims } from '../extract/claims/engine.js';
import { loadRuleTable } from '../extract/claims/rule-table.js';
import { buildContext } from '../extract/document/context.js';
import { buildDocument } from '../extract/input/index.js';
import { loadLexicon } from '../extract/lexicon/index.js';
import { extractDocument } from '../extract/pipeline.js';

const STAGES = [
  'bare compromise nlp(text)',
  'buildContext (segment + parse)',
  'findActors',
  'extractClaims',
  'extractDocument (all)',
] as const;

/** CPU milliseconds per pass over `texts`, by stage. */
export function stageTimes(texts: string[], passes: number): Map<string, number> {
  const lexicon = loadLexicon();
  const rules = loadRuleTable();
  const encoder = new TextEncoder();
  const docs = texts.map((text, i) => buildDocument(`stages/${i}.txt`, encoder.encode(text), 'text'));
  const micros = new Map<string, number>(STAGES.map((stage) => [stage, 0]));
  const timed = <T>(stage: (typeof STAGES)[number], work: () => T): T => {
    const start = process.cpuUsage();
    const result = work();
    const { user, system } = process.cpuUsage(start);
    micros.set(stage, micros.get(stage)! + user + system);
    return result;
  };
  for (const doc of docs) extractDocument(doc); // warm-up
  for (const [stage] of micros) micros.set(stage, 0);
  for (let pass = 0; pass < passes; pass++)
    for (const doc of docs) {
      timed('bare compromise nlp(text)', () => nlp(doc.text));
      const ctx = timed('buildContext (segment + parse)', () => buildContext(doc, lexicon));
      const resolution = timed('findActors', () => findActors(ctx));
      timed('extractClaims', () => extractClaims(ctx, resolution, rules));
      timed('extractDocument (all)', () => extractDocument(doc));
    }
  return new Map([...micros].map(([stage, us]) => [stage, us / 1000 / passes]));
}

export function printStageTimes(times: Map<string, number>, texts: number, passes: number): void {
  const bare = times.get('bare compromise nlp(text)')!;
  console.log(
    `\nCPU ms per pass over the ${texts} texts (${passes} passes, stages interleaved per document):\n`,
  );
  console.log('| stage | CPU ms per pass | vs bare compromise |');
  console.log('|---|---:|---:|');
  for (const [stage, ms] of times)
    console.log(`| ${stage} | ${ms.toFixed(0)} | ${(ms / bare).toFixed(2)}x |`);
}
