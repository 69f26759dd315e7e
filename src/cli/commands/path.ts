// `claimgraph path A B`: the shortest chain of accusation/affiliation edges between two actors.
import { Option, type Command } from 'commander';
import { ClaimgraphError } from '../../../core/errors.js';
import { openStore, STORE_FLAG_HELP } from '../open-store.js';
import { shortestPath, type ActorPath } from '../../../graph/queries/path.js';
import { printStdout } from '../../output/print-stdout.js';
import { forTerminal } from '../../../core/terminal-text.js';

const EVIDENCE_CHARS = 160;

interface PathFlags {
  directed?: boolean;
  format: 'text' | 'json';
  store?: string;
}

export function register(program: Command): void {
  program
    .command('path')
    .description('the shortest chain of accusation and affiliation edges between two actors')
    .argument('<from>', 'name, alias or id')
    .argument('<to>', 'name, alias or id')
    .option('--directed', 'follow edges in their direction only (accuser -> accused, member -> parent)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--store <file>', STORE_FLAG_HELP)
    .action(async (from: string, to: string, flags: PathFlags) => {
      const path = shortestPath(await openStore(flags.store), from, to, {
        directed: flags.directed ?? false,
      });
      if (path === null)
        throw new ClaimgraphError(
          'graph',
          `no chain of accusations or affiliations links "${from}" and "${to}"`,
        );
      await printStdout(flags.format === 'json' ? `${JSON.stringify(path, null, 2)}\n` : pathText(path));
    });
}

function pathText({ actors, hops }: ActorPath): string {
  const names = new Map(actors.map((actor) => [actor.id, forTerminal(actor.name)]));
  const lines = [
    `${hops.length} step${hops.length === 1 ? '' : 's'}: ${actors.map((actor) => names.get(actor.id)).join(' — ')}`,
  ];
  for (const hop of hops) {
    const arrow = hop.forward ? `-[${hop.type}]->` : `<-[${hop.type}]-`;
    lines.push(
      `  ${names.get(hop.from)} ${arrow} ${names.get(hop.to)} (${hop.claims} claim${hop.claims === 1 ? '' : 's'})`,
    );
    lines.push(`    "${forTerminal(hop.evidence, EVIDENCE_CHARS)}"`);
  }
  return `${lines.join('\n')}\n`;
}
