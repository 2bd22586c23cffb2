// The experiment page's typed operations (generated types in src/gql).
import { graphql } from '../../gql';

export const RuleExperimentQuery = graphql(`
  query RuleExperiment(
    $ruleId: ID!
    $windowSeconds: Int
    $sequential: Boolean
    $marginRateBp: Int
    $minUsersPerArm: Int
  ) {
    experiment(
      ruleId: $ruleId
      windowSeconds: $windowSeconds
      sequential: $sequential
      marginRateBp: $marginRateBp
      minUsersPerArm: $minUsersPerArm
    ) {
      ...ExperimentResultFields
    }
  }

  fragment ExperimentResultFields on ExperimentResult {
    ruleId
    version
    mode
    measuredAt
    windowSeconds
    exposedUsers
    measuredUsers
    recommendation
    evidence
    srm {
      mismatch
      p
      chiSquare
      observed
      expectedShares
    }
    arms {
      arm
      control
      exposed
      users
      conversion
      revenuePerUser
      netContributionPerUser
      subsidy
    }
    lifts {
      arm
      metric
      absolute {
        estimate
        low
        high
        se
        p
      }
      relative {
        estimate
        low
        high
        se
      }
      cuped {
        estimate
        low
        high
        se
        theta
        varianceReduction
      }
      sequential {
        estimate
        low
        high
        se
      }
    }
    incrementalProfit {
      arm
      estimate
      low
      high
      se
      treatedUsers
    }
  }
`);

export const ExperimentRuleQuery = graphql(`
  query ExperimentRule($id: ID!) {
    rule(id: $id) {
      id
      name
      status
      mode
      activeVersion
    }
  }
`);

export const SolidifyRuleMutation = graphql(`
  mutation SolidifyRule($ruleId: ID!, $holdoutPercent: Float!) {
    solidifyRule(ruleId: $ruleId, holdoutPercent: $holdoutPercent)
  }
`);
