// The metrics dashboard's typed operations (generated types in src/gql).
import { graphql } from '../../gql';

export const MetricsDashboardQuery = graphql(`
  query MetricsDashboard($scope: MetricsScope!, $from: DateTime!, $to: DateTime!) {
    metrics(scope: $scope, from: $from, to: $to) {
      from
      to
      timeZone
      redemptionRate
      couponOrderShare
      allPaidOrders
      scope {
        kind
        id
      }
      totals {
        ...MetricsFiguresFields
      }
      daily {
        ...MetricsFiguresFields
      }
      subsidyByFunder {
        funder
        funderId
        amount
      }
    }
  }

  fragment MetricsFiguresFields on MetricsFigures {
    date
    issued
    issuedClaim
    issuedCode
    issuedRule
    issuedBulk
    issuedApi
    claimed
    redeemed
    expired
    subsidy
    paidOrders
    couponOrders
    revenue
    margin
    marginOrders
    grossProfit
    refunds
    newCustomers
    newCustomersViaCoupon
  }
`);

/** What the scope picker offers for each kind (names, so people pick rather than paste ids); one
 *  query per kind keeps each under the API's query-cost limit. */
export const ScopeRulesQuery = graphql(`
  query MetricsScopeRules {
    rules(first: 200) {
      id
      name
    }
  }
`);

export const ScopeCampaignsQuery = graphql(`
  query MetricsScopeCampaigns {
    campaigns(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const ScopeTemplatesQuery = graphql(`
  query MetricsScopeTemplates {
    templates(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
