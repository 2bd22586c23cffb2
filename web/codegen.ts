// Typed GraphQL operations for the console, generated from the server's emitted schema.
// `pnpm --filter @couponflow/web codegen` writes src/gql/; `codegen:check` fails when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          JSON: 'unknown',
          Money: 'number',
          SafeInt: 'number',
        },
      },
    },
  },
};

export default config;
