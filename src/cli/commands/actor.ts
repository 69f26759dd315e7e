// `claimgraph actor NAME`: aliases, affiliations, accusations made and received, denials.
import { Option, type Command } from 'commander';
import { openStore, STORE_FLAG_HELP } from '../open-store.js';
import { resolveActor } from '../../../graph/resolve-name.js';
import { indexSnapshot } from '../../../view/graph-index.js';
import { actorProfile } from '../../../view/profile.js';
import type { ActorProfile, ProfileLink } from '../../../view/types.js';
import { printStdout } from '../../output/print-stdout.js';
import { forTerminal } from '../../../core/terminal-text.js';
import type { Certainty } from '../../../core/types.js';
import { cutNote, outputWidth } from '../../output/fit-table.js';
import { certaintyOption, certaintySummary, limitOption } from '../options.js';

const EVIDENCE_CHARS = 160;

interface ActorFlags {
  format: 'text' | 'json';
  store?: string;
  certainty?: Certainty;
  limit?: number;
}

export function register(program: Command): void {
  program
    .command('actor')
    .description("an actor's aliases, affiliations, accusations made and received, and denials")
    .argument('<name>', 'name, alias or id (case-insensitive)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(certaintyOption())
    .addOption(limitOption('actors per section'))
    .option('--store <file>', STORE_FLAG_HELP)
    .action(async (name: string, flags: ActorFlags) => {
      const store = await openStore(flags.store);
      const filter = flags.certainty === undefined ? {} : { certainty: flags.certainty };
      // resolveActor throws for an unknown name, so the profile exists.
      const profile = actorProfile(indexSnapshot(store.snapshot()), resolveActor(store, name).id, filter)!;
      await printStdout(
        flags.format === 'json'
          ? `${JSON.stringify(profile, null, 2)}\n`
          : profileText(profile, flags.limit ?? Infinity),
      );
    });
}

function profileText({ actor, ...related }: ActorProfile, limit: number): string {
  const evidenceChars = Math.min(EVIDENCE_CHARS, outputWidth() - 6);
  const lines = [
    `${forTerminal(actor.name)} (${actor.id}) — ${actor.type}${actor.country ? `, ${forTerminal(actor.country)}` : ''}`,
    `aliases: ${actor.aliases.length > 0 ? actor.aliases.map((alias) => forTerminal(alias)).join('; ') : '(none)'}`,
  ];
  const sections: [string, ProfileLink[]][] = [
    ['part of', related.memberOf],
    ['members / units', related.members],
    ['accused', related.accusationsMade],
    ['accused by', related.accusationsReceived],
    ['denied accusations by', related.denialsMade],
    ['its accusations denied by', related.denialsReceived],
  ];
  for (const [title, rows] of sections) {
    if (rows.length === 0) continue;
    lines.push('', `${title}:`);
    for (const row of rows.slice(0, limit)) {
      const dates = row.firstDate
        ? ` ${row.firstDate}${row.lastDate !== row.firstDate ? `..${row.lastDate}` : ''}`
        : '';
      const certainty = certaintySummary(row.certainties);
      lines.push(
        `  ${forTerminal(row.other.name)} [${row.count} claim${row.count === 1 ? '' : 's'}${dates}${certainty ? `; ${certainty}` : ''}]`,
      );
      lines.push(`    "${forTerminal(row.evidence.text, evidenceChars)}"`);
    }
    const note = cutNote(Math.min(limit, rows.length), rows.length, 'actors');
    if (note !== null) lines.push(`  ${note}`);
  }
  return `${lines.join('\n')}\n`;
}
