// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Builds a no-restricted-imports rule from import patterns and a reason each. */
const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map(([group, message]) => ({ group, message, allowTypeImports: true })),
    },
  ],
});

const NODE_IO = ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '.data/**',
      'packages/neo4j-embedded/java/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': 'off',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      // neo4j-driver types its plain option objects as classes (SessionConfig, QueryConfig, …).
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // Layer boundaries (docs/decisions/001 and style.md): client → domain ← server → analysis → domain.
  {
    files: ['packages/domain/src/**/*.ts'],
    rules: restrict(
      [NODE_IO, 'domain does no I/O'],
      [
        ['@schutznetz/*', 'neo4j-driver', 'react', 'express', 'graphql', 'type-graphql'],
        'domain depends on nothing else in the workspace and on no framework',
      ],
    ),
  },
  {
    files: ['packages/analysis/src/**/*.ts'],
    rules: restrict(
      [NODE_IO, 'analysis does no I/O: it computes over graphs it is given'],
      [
        [
          '@schutznetz/server',
          '@schutznetz/client',
          '@schutznetz/neo4j-embedded',
          'neo4j-driver',
          'react',
          'express',
          'graphql',
          'type-graphql',
        ],
        'analysis depends on domain and graph libraries only',
      ],
    ),
  },
  {
    files: ['packages/client/src/**/*.{ts,tsx}'],
    rules: restrict(
      [
        [
          '@schutznetz/server',
          '@schutznetz/server/*',
          '@schutznetz/neo4j-embedded',
          'neo4j-driver',
        ],
        'the client talks to the server over GraphQL only',
      ],
      [['**/server/src/**'], 'the client never imports server code'],
    ),
  },
  {
    files: ['packages/server/src/**/*.ts'],
    ignores: [
      'packages/server/src/neo4j/**',
      'packages/server/src/**/*.repository.ts',
      'packages/server/src/**/*.test.ts',
      'packages/server/src/test/**',
      'packages/server/src/index.ts',
      'packages/server/src/scripts/**',
      'packages/server/src/bench/**',
    ],
    rules: restrict(
      [['neo4j-driver'], 'only repositories and src/neo4j talk to the driver'],
      [['@schutznetz/client', '@schutznetz/client/*'], 'the server never imports the client'],
      [['@schutznetz/neo4j-embedded'], 'only start-up (index.ts) starts the embedded database'],
    ),
  },
  {
    files: ['packages/server/src/**/*.service.ts', 'packages/server/src/**/*.repository.ts'],
    rules: restrict(
      [
        ['type-graphql', 'graphql', '@apollo/*'],
        'services and repositories know nothing of GraphQL',
      ],
      [['@schutznetz/client', '@schutznetz/client/*'], 'the server never imports the client'],
      [['**/*.resolver'], 'calls go resolver → service → repository, never back'],
    ),
  },
  {
    files: ['packages/server/src/**/*.resolver.ts'],
    rules: restrict(
      [['neo4j-driver'], 'resolvers hold no Cypher: they call a service'],
      [['**/*.repository'], 'resolvers call services, not repositories'],
      [['@schutznetz/neo4j-embedded'], 'only start-up starts the embedded database'],
    ),
  },
  {
    files: ['packages/server/src/**/*.ts'],
    ignores: [
      'packages/server/src/config.ts',
      'packages/server/src/test/**',
      'packages/server/src/bench/**',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'read configuration through config.ts' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'jest/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
