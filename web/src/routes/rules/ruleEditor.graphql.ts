// Operations of the rule editor route (STYLE item 17): the rule with its draft, saving the draft and
// the name.
import { graphql } from '../../gql';

export const RuleEditorQuery = graphql(`
  query RuleEditor($id: ID!) {
    rule(id: $id) {
      id
      name
      description
      status
      mode
      draft
      activeVersion
      latestVersion
      updatedAt
    }
  }
`);

export const UpdateRuleDraftMutation = graphql(`
  mutation UpdateRuleDraft($id: ID!, $input: UpdateRuleInput!) {
    updateRule(id: $id, input: $input) {
      id
      name
      status
      mode
      updatedAt
    }
  }
`);
