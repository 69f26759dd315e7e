// The layers of claimgraph, bottom to top, and the import rules that keep them layers (`npm run lint`):
//
//   core     the extraction contract, shared types, errors, plain-text helpers
//   extract  text -> document -> sentences -> actors -> claims
//   graph    the embedded store and Neo4j: building, querying, exporting the graph
//   view     query results shaped for people (profiles, who tables, evidence); runs in Node and the page
//   src      the application: CLI and server          viewer   the page (built by vite)
//
// A module imports only from its own layer or the layers below it; bench/ and scripts/ sit on top.
// index.ts, the library API, exports core to view.
const LAYERS = ['core', 'extract', 'graph', 'view', 'src|viewer'];

/** For each layer, the layers above it: importing from them is forbidden. */
const upwardImports = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `layer-${layer}`,
  comment: `${layer}/ is below ${LAYERS.slice(index + 1).join(', ')}: it must not import from them`,
  severity: 'error',
  from: { path: `^(${layer})/` },
  to: { path: `^(${LAYERS.slice(index + 1).join('|')}|bench|scripts|test)/` },
}));

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other: move the shared declaration down into its own module',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upwardImports,
    {
      name: 'library-entry-below-the-application',
      comment: 'index.ts is the library API: the layers up to view/, never the CLI, server or page',
      severity: 'error',
      from: { path: '^index\\.ts$' },
      to: { path: '^(src|viewer|bench|scripts|test)/' },
    },
    {
      name: 'application-and-page-apart',
      comment: 'The CLI/server and the page share code only through view/ and core/',
      severity: 'error',
      from: { path: '^(src|viewer)/' },
      to: { path: '^(src|viewer)/', pathNot: '^$1/' },
    },
    {
      name: 'terminal-packages-in-the-application',
      comment:
        'Flags, terminal tables and progress bars belong to the CLI (src/); library layers return data',
      severity: 'error',
      from: { pathNot: '^(src|bench|scripts|test)/' },
      to: { path: 'node_modules/(commander|cli-table3|cli-progress)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|viewer/dist)/' },
    // Type-only imports count: a cycle of types is still a cycle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
