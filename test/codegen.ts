// Response and variable types of every operation the suites send, generated from the checked-in
// schema (schema/schema.graphql) with the same codegen as the console: `pnpm codegen` writes
// support/gql-types/, `pnpm codegen:check` (CI) fails when it is stale. Operations are written with
// `graphql(`…`)` from support/gql-types; deliberately broken requests stay plain strings.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: [
    'e2e/**/*.ts',
    'support/**/*.ts',
    'fresh/**/*.ts',
    'bench/**/*.ts',
    'browser/**/*.ts',
    '!support/gql-types/**',
  ],
  ignoreNoDocuments: false,
  generates: {
    'support/gql-types/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: {
          DateTime: { input: 'string', output: 'string' },
          JSON: { input: 'unknown', output: 'unknown' },
          Money: { input: 'number', output: 'number' },
          SafeInt: { input: 'number', output: 'number' },
        },
      },
    },
  },
};

export default config;
