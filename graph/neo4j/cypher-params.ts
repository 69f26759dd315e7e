// `--param key=value` flags into query parameters. A value that parses as JSON is taken as JSON
// (numbers, booleans, null, lists, maps); anything else is a string. Quote a number to keep it a
// string: --param 'id="42"'.
import { UsageError } from '../../core/errors.js';

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseCypherParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const key = equals < 0 ? pair : pair.slice(0, equals);
    if (equals < 0 || !KEY.test(key)) {
      throw new UsageError(
        'cypher',
        `--param expects key=value with a key like "name" or "min_count", got "${pair}"`,
      );
    }
    if (Object.hasOwn(params, key)) throw new UsageError('cypher', `--param ${key} is given twice`);
    params[key] = parseValue(pair.slice(equals + 1));
  }
  return params;
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
