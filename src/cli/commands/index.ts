// Every CLI command, one module each. Add a command by adding its module here.
import type { Command } from 'commander';
import { register as actor } from './actor.js';
import { register as cypher } from './cypher.js';
import { register as exportGraph } from './export.js';
import { register as extract } from './extract.js';
import { register as ingest } from './ingest.js';
import { register as load } from './load.js';
import { register as path } from './path.js';
import { register as serve } from './serve.js';
import { register as who } from './who.js';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  extract,
  serve,
  ingest,
  who,
  actor,
  path,
  exportGraph,
  load,
  cypher,
];
