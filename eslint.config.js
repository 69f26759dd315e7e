import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'viewer/dist/', 'neo4j-server/', '.venv/', 'neo4j-import/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
);
