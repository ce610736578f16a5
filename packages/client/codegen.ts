import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every operation in the client from the committed server schema. The output in `src/gql`
 * is committed, so typecheck and build need no generation step; `npm run codegen:check` fails
 * while it is stale (part of `npm run check`).
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
        skipTypename: true,
      },
    },
  },
};

// graphql-codegen reads its config from the default export.
export default config;
