// docker-compose.yml keeps the promises the README makes about it (no Docker needed to check):
// loopback-only ports that move with NEO4J_BOLT_PORT, the import folder bound to the host, APOC
// installed because the GraphML export points at apoc.import.graphml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../cli/cli.js';

interface Service {
  ports: string[];
  environment: Record<string, string>;
  volumes: string[];
}

describe('docker-compose.yml', () => {
  const neo4j = (
    parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as { services: { neo4j: Service } }
  ).services.neo4j;

  test('publishes on 127.0.0.1 only, Bolt on NEO4J_BOLT_PORT (the variable the test server uses)', () => {
    for (const port of neo4j.ports) expect(port).toMatch(/^127\.0\.0\.1:/);
    expect(neo4j.ports).toContain('127.0.0.1:${NEO4J_BOLT_PORT:-7687}:7687');
    expect(readFileSync(join(REPO_ROOT, 'scripts/neo4j-start.sh'), 'utf8')).toContain(
      'PORT="${NEO4J_BOLT_PORT:-7687}"',
    );
  });

  test('binds /import to the host folder the csv export writes to, and installs APOC', () => {
    expect(neo4j.volumes).toContain('./neo4j-import:/import');
    expect(JSON.parse(neo4j.environment.NEO4J_PLUGINS!)).toContain('apoc');
    expect(neo4j.environment.NEO4J_apoc_import_file_enabled).toBe('true');
  });

  test('takes the password from NEO4J_PASSWORD, defaulting to the CLI default', () => {
    expect(neo4j.environment.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-claimgraph}');
  });
});
