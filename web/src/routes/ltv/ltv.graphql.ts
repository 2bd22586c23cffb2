// The LTV page's typed operations (generated types in src/gql).
import { graphql } from '../../gql';

export const LtvReportQuery = graphql(`
  query LtvReport($groupBy: LtvGroupBy!, $ruleId: ID, $audienceId: ID, $horizonWeeks: Int, $periods: Int) {
    ltv(
      groupBy: $groupBy
      ruleId: $ruleId
      audienceId: $audienceId
      horizonWeeks: $horizonWeeks
      periods: $periods
    ) {
      groupBy
      customers
      horizonWeeks
      note
      params {
        name
        value
        se
      }
      groups {
        key
        customers
        historical {
          period
          activeUsers
          revenuePerUser
          profitPerUser
        }
        expected {
          customers
          purchases
          value
          low
          high
          se
        }
      }
    }
  }
`);

export const LtvRulesQuery = graphql(`
  query LtvRules {
    rules(first: 200) {
      id
      name
    }
  }
`);

export const LtvAudiencesQuery = graphql(`
  query LtvAudiences {
    audiences {
      id
      name
    }
  }
`);
