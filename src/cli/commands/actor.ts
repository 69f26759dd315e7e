// `claimgraph actor NAME`: aliases, affiliations, accusations made and received, denials.
import { Option, type Command } from 'commander';
import { STORE_FLAG_HELP, withStore } from '../../../graph/open-store.js';
import { actorProfile, type ActorProfile, type RelatedActor } from '../../../graph/queries/actor.js';
import { printStdout } from '../../output/print-stdout.js';
import { forTerminal } from '../../output/terminal-text.js';

const EVIDENCE_CHARS = 160;

export function register(program: Command): void {
  program
    .command('actor')
    .description("an actor's aliases, affiliations, accusations made and received, and denials")
    .argument('<name>', 'name, alias or id (case-insensitive)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--store <file>', STORE_FLAG_HELP)
    .action(async (name: string, flags: { format: 'text' | 'json'; store?: string }) => {
      const profile = await withStore(flags.store, (store) => actorProfile(store, name));
      await printStdout(
        flags.format === 'json' ? `${JSON.stringify(profile, null, 2)}\n` : profileText(profile),
      );
    });
}

function profileText({ actor, ...related }: ActorProfile): string {
  const lines = [
    `${forTerminal(actor.name)} (${actor.id}) — ${actor.type}${actor.country ? `, ${forTerminal(actor.country)}` : ''}`,
    `aliases: ${actor.aliases.length > 0 ? actor.aliases.map((alias) => forTerminal(alias)).join('; ') : '(none)'}`,
  ];
  const sections: [string, RelatedActor[]][] = [
    ['part of', related.partOf],
    ['members / units', related.members],
    ['accused', related.accused],
    ['accused by', related.accusedBy],
    ['denied accusations by', related.denied],
    ['its accusations denied by', related.deniedBy],
  ];
  for (const [title, rows] of sections) {
    if (rows.length === 0) continue;
    lines.push('', `${title}:`);
    for (const row of rows) {
      const dates = row.firstDate
        ? ` ${row.firstDate}${row.lastDate !== row.firstDate ? `..${row.lastDate}` : ''}`
        : '';
      lines.push(`  ${forTerminal(row.name)} [${row.claims} claim${row.claims === 1 ? '' : 's'}${dates}]`);
      lines.push(`    "${forTerminal(row.evidence, EVIDENCE_CHARS)}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}
