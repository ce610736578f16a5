import path from 'node:path';
import type { Config } from 'jest';

/** TypeScript through SWC: fast, and it keeps the decorator metadata type-graphql reads. */
const transform: Config['transform'] = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          react: { runtime: 'automatic' },
        },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
  // jose ships ES modules only; the server loads it with import(), which Jest runs as require().
  '[\\\\/]node_modules[\\\\/]jose[\\\\/].+\\.js$': [
    '@swc/jest',
    { jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};

/** node_modules stay untransformed, except the ES-module-only packages above. */
const transformIgnorePatterns: Config['transformIgnorePatterns'] = [
  '[\\\\/]node_modules[\\\\/](?!jose[\\\\/])',
];

/** Tests import workspace packages from their sources, so no build is needed first. */
const moduleNameMapper: Config['moduleNameMapper'] = {
  '^@schutznetz/(domain|demo-data|analysis|neo4j-embedded)$': '<rootDir>/../$1/src/index.ts',
};

const project = (name: string, extra: Partial<Config> = {}): Config => ({
  displayName: name,
  rootDir: path.join(__dirname, 'packages', name),
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns,
  moduleNameMapper,
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
  ...extra,
});

const config: Config = {
  // One embedded Neo4j per worker, started once for the whole run (see jest/global-setup.ts).
  globalSetup: '<rootDir>/jest/global-setup.ts',
  globalTeardown: '<rootDir>/jest/global-teardown.ts',
  maxWorkers: 2,
  // Integration tests write through the real database; a loaded 2-core machine needs headroom.
  testTimeout: 60_000,
  projects: [
    project('domain'),
    project('demo-data'),
    project('analysis'),
    project('neo4j-embedded'),
    project('server', { setupFiles: ['reflect-metadata'] }),
    project('client'),
    // End-to-end: the built client in Debian's Chromium against the real server and Neo4j.
    project('client', {
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
      setupFiles: ['reflect-metadata'],
    }),
  ],
};

export default config;
