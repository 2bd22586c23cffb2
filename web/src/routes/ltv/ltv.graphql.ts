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

export const LtvChoicesQuery = graphql(`
  query LtvChoices($rules: Boolean!, $audiences: Boolean!) {
    rules(first: 500) @include(if: $rules) {
      id
      name
      mode
    }
    audiences @include(if: $audiences) {
      id
      name
    }
  }
`);
