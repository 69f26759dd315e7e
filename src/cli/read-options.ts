// The flags of every command that reads documents (extract, ingest, load): how large a file may be
// and whether the folder walk follows symbolic links out of the folder.
import bytes from 'bytes';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES, type ReadOptions } from '../../extract/input/index.js';

const SIZE = /^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i;

export interface ReadFlags {
  maxSize: number;
  followSymlinks?: boolean;
}

export function addReadOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--max-size <size>', 'skip files larger than this (bytes, or e.g. 500KB, 10MB)')
        .argParser(parseSize)
        .default(DEFAULT_MAX_BYTES, '10MB'),
    )
    .option('--follow-symlinks', 'follow symbolic links that lead out of a folder being walked');
}

export function readOptionsFrom(flags: ReadFlags): Pick<ReadOptions, 'maxBytes' | 'followSymlinks'> {
  return { maxBytes: flags.maxSize, followSymlinks: flags.followSymlinks ?? false };
}

function parseSize(value: string): number {
  const size = SIZE.test(value.trim()) ? bytes.parse(value.trim()) : null;
  if (size === null || size < 1)
    throw new InvalidArgumentError(`"${value}" is not a size (e.g. 2000, 500KB, 10MB)`);
  return Math.floor(size);
}
