// The rule list's typed operations (generated types in src/gql; `pnpm --filter @couponflow/web codegen`).
import { graphql } from '../../gql';

export const RulesQuery = graphql(`
  query Rules($first: Int!) {
    rules(first: $first) {
      id
      name
      description
      status
      mode
      activeVersion
      latestVersion
      trigger
      lastFiredAt
      actionsToday
      updatedAt
    }
  }
`);

export const CreateRuleMutation = graphql(`
  mutation CreateRule($input: CreateRuleInput!) {
    createRule(input: $input) {
      id
      name
      status
      mode
    }
  }
`);

/** A new DRAFT with a copy of the draft, named "… (copy)". */
export const DuplicateRuleMutation = graphql(`
  mutation DuplicateRule($id: ID!) {
    duplicateRule(id: $id) {
      id
      name
      status
    }
  }
`);

export const PauseRuleMutation = graphql(`
  mutation PauseRule($id: ID!) {
    pauseRule(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const ResumeRuleMutation = graphql(`
  mutation ResumeRule($id: ID!) {
    resumeRule(id: $id) {
      id
      status
      updatedAt
    }
  }
`);
