import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'viewer/dist/', 'neo4j-server/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
);
