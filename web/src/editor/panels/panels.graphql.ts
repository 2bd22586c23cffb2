// The side panels' typed operations (generated types in src/gql; `pnpm --filter @couponflow/web codegen`).
import { graphql } from '../../gql';

/** What the header shows and the panels need to know about the rule itself. */
export const RuleHeaderQuery = graphql(`
  query PanelRule($id: ID!) {
    rule(id: $id) {
      id
      name
      status
      mode
      activeVersion
      latestVersion
      updatedAt
    }
  }
`);

export const EventTypesQuery = graphql(`
  query PanelEventTypes {
    eventTypes {
      name
      description
      properties {
        name
        type
        required
      }
    }
  }
`);

/** Template names for the action lists and cost tables. */
export const TemplateNamesQuery = graphql(`
  query PanelTemplates {
    templates(first: 100) {
      nodes {
        id
        name
        status
        maxValue
        issuedCount
      }
    }
  }
`);

export const SimulateRuleQuery = graphql(`
  query SimulateRule($graph: JSON!, $facts: JSON!, $storedFacts: Boolean!) {
    simulateRule(graph: $graph, facts: $facts, storedFacts: $storedFacts) {
      actions
      splitArm
      trace
    }
  }
`);

export const UserProfileQuery = graphql(`
  query PanelUserProfile($userId: ID!) {
    userProfile(userId: $userId) {
      userId
      attributes
    }
  }
`);

export const ReplayRuleQuery = graphql(`
  query ReplayRule($graph: JSON!, $from: DateTime!, $to: DateTime!) {
    replayRule(graph: $graph, from: $from, to: $to) {
      events
      evaluations
      firings
      users
      control
      worstCaseCost
      expectedCost
      truncated
      issues {
        templateId
        count
        users
        maxValue
        worstCaseCost
        expectedCost
        redemptionRate
      }
    }
  }
`);

export const CheckRuleQuery = graphql(`
  query CheckRule($id: ID!) {
    checkRule(id: $id) {
      valid
      worstCaseSubsidyPerEvent
      issues {
        code
        message
        nodeIds
      }
      checks {
        severity
        code
        message
        nodeIds
      }
    }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation PanelSaveDraft($id: ID!, $graph: JSON!) {
    updateRule(id: $id, input: { graph: $graph }) {
      id
      updatedAt
    }
  }
`);

export const PublishRuleMutation = graphql(`
  mutation PublishRule($id: ID!, $note: String) {
    publishRule(id: $id, note: $note) {
      rule {
        id
        status
        activeVersion
        latestVersion
      }
      report {
        valid
        worstCaseSubsidyPerEvent
        issues {
          code
          message
          nodeIds
        }
        checks {
          severity
          code
          message
          nodeIds
        }
      }
    }
  }
`);

export const SetModeMutation = graphql(`
  mutation SetRuleMode($id: ID!, $mode: RuleMode!) {
    updateRule(id: $id, input: { mode: $mode }) {
      id
      mode
    }
  }
`);

export const PauseMutation = graphql(`
  mutation PanelPauseRule($id: ID!) {
    pauseRule(id: $id) {
      id
      status
    }
  }
`);

export const ResumeMutation = graphql(`
  mutation PanelResumeRule($id: ID!) {
    resumeRule(id: $id) {
      id
      status
    }
  }
`);

export const RuleVersionsQuery = graphql(`
  query RuleVersions($ruleId: ID!) {
    ruleVersions(ruleId: $ruleId) {
      version
      graph
      trigger
      mode
      publishedAt
      publishedBy
      note
    }
  }
`);

export const RollbackMutation = graphql(`
  mutation RollbackRule($id: ID!, $version: Int!) {
    rollbackRule(id: $id, version: $version) {
      id
      status
      activeVersion
    }
  }
`);

export const ExposuresQuery = graphql(`
  query PanelExposures($ruleId: ID!) {
    ruleExposures(ruleId: $ruleId) {
      arm
      control
      users
    }
  }
`);

/** What the live panel shows beside the funnel. */
export const LiveRuleQuery = graphql(`
  query LiveRule($id: ID!) {
    rule(id: $id) {
      id
      status
      activeVersion
      actionsToday
      lastFiredAt
    }
  }
`);

export const RuleNodeUsersQuery = graphql(`
  query RuleNodeUsers($ruleId: ID!, $from: DateTime!, $to: DateTime!, $version: Int) {
    ruleNodeUsers(ruleId: $ruleId, from: $from, to: $to, version: $version) {
      from
      to
      version
      relativeError
      nodes {
        nodeId
        users
      }
      ports {
        nodeId
        port
        users
      }
    }
  }
`);

/** The live version's graph (the funnel is drawn on it when the draft differs). */
export const VersionGraphsQuery = graphql(`
  query PanelVersionGraphs($ruleId: ID!) {
    ruleVersions(ruleId: $ruleId) {
      version
      graph
    }
  }
`);
