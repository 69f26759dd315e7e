import { configDefaults, defineConfig } from 'vitest/config';

// Two projects so that the Neo4j global setup (which may build and start a server) runs only
// when Neo4j tests are among the selected files.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/neo4j/**'],
        },
      },
      {
        extends: true,
        // One shared database: the Neo4j test files take turns.
        test: {
          name: 'neo4j',
          include: ['test/neo4j/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
