// The one type the generated gql-types/graphql.ts imports from @graphql-typed-document-node/core: a
// dependency of the codegen preset that pnpm does not place where test/ resolves it. Stated here as
// in its own typings (3.2.0) instead of adding a dependency; types only, nothing runs.
declare module '@graphql-typed-document-node/core' {
  export interface DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: (variables: TVariables) => TResult;
  }
}
