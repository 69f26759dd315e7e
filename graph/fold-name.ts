// How a typed name is compared with stored names and aliases, in both backends: the embedded store
// keeps folded names in its actor_names table, and graph/neo4j/statements.ts FIND_ACTORS_BY_NAME
// folds stored names alike.
export function foldName(name: string): string {
  return name.normalize('NFKC').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
