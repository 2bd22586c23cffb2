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

/** What the scope picker offers for each kind (names, so people pick rather than paste ids). */
export const ScopeChoicesQuery = graphql(`
  query MetricsScopeChoices($rules: Boolean!, $campaigns: Boolean!, $templates: Boolean!) {
    rules(first: 500) @include(if: $rules) {
      id
      name
    }
    campaigns(first: 100) @include(if: $campaigns) {
      nodes {
        id
        name
      }
    }
    templates(first: 100) @include(if: $templates) {
      nodes {
        id
        name
      }
    }
  }
`);
