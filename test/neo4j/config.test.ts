// Connection settings, --param parsing and error translation: no server needed.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { resolveNeo4jConfig, translateNeo4jError } from '../../graph/neo4j/connection.js';
import { parseCypherParams } from '../../graph/neo4j/cypher-params.js';
import { ClaimgraphError } from '../../core/errors.js';

describe('resolveNeo4jConfig', () => {
  it('takes flags over environment over the local defaults', () => {
    const env = {
      NEO4J_URI: 'bolt://db:7687',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'from-env',
      NEO4J_DATABASE: 'claims',
    };
    expect(resolveNeo4jConfig({ password: 'from-flag' }, env)).toEqual({
      uri: 'bolt://db:7687',
      user: 'reader',
      password: 'from-flag',
      database: 'claims',
    });
    expect(resolveNeo4jConfig({}, { NEO4J_URI: '' })).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      user: 'neo4j',
      password: 'claimgraph',
      database: undefined,
    });
  });
});

describe('parseCypherParams', () => {
  it('reads JSON values as JSON and anything else as text', () => {
    expect(
      parseCypherParams([
        'n=5',
        'flag=true',
        'none=null',
        'list=["a",1]',
        'name=APT28',
        'id="42"',
        'eq=a=b',
        'empty=',
      ]),
    ).toEqual({
      n: 5,
      flag: true,
      none: null,
      list: ['a', 1],
      name: 'APT28',
      id: '42',
      eq: 'a=b',
      empty: '',
    });
  });

  it('rejects pairs without a key, bad keys and repeated keys', () => {
    expect(() => parseCypherParams(['novalue'])).toThrow(/--param expects key=value/);
    expect(() => parseCypherParams(['1x=2'])).toThrow(/--param expects key=value/);
    expect(() => parseCypherParams(['a=1', 'a=2'])).toThrow(/--param a is given twice/);
  });
});

describe('translateNeo4jError', () => {
  const config = { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'x' };
  const translated = (code: string, message: string) =>
    translateNeo4jError(new Neo4jError(message, code, 'gqlStatus', 'description'), config);

  it('turns driver failures into one-line ClaimgraphErrors', () => {
    const unreachable = translated(
      'ServiceUnavailable',
      'Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
    );
    expect(unreachable).toBeInstanceOf(ClaimgraphError);
    expect((unreachable as Error).message).toMatch(
      /^claimgraph\/neo4j: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:7687 \(connect ECONNREFUSED 127\.0\.0\.1:7687\)/,
    );
    expect((translated('Neo.ClientError.Security.Unauthorized', 'no') as Error).message).toMatch(
      /authentication failed for user "neo4j"/,
    );
    expect((translated('Neo.ClientError.Statement.SyntaxError', 'Invalid input') as Error).message).toMatch(
      /Cypher syntax error: Invalid input/,
    );
    expect(
      (translated('Neo.ClientError.Statement.AccessMode', 'Writing in read access mode') as Error).message,
    ).toMatch(/pass --write/);
    expect((translated('Neo.TransientError.General.Whatever', 'first line\nsecond') as Error).message).toBe(
      'claimgraph/neo4j: Neo4j error Neo.TransientError.General.Whatever: first line',
    );
  });

  it('leaves errors that are not from the driver alone', () => {
    const other = new RangeError('not mine');
    expect(translateNeo4jError(other, config)).toBe(other);
  });
});
