// The user lookup's operations: everything about one user id, and a rule version's graph for a trace.
import { graphql } from '../../gql';

// Three documents, each within the server's query cost limit.
export const UserFactsQuery = graphql(`
  query UserLookupFacts($userId: ID!) {
    userProfile(userId: $userId) {
      userId
      attributes
    }
    userBehaviour(userId: $userId, days: 30) {
      days
      counts {
        eventType
        total
        recent
        lastDay
      }
      sums {
        eventType
        property
        total
        recent
      }
    }
    userAudiences(userId: $userId) {
      id
      name
      kind
    }
  }
`);

export const UserCouponsQuery = graphql(`
  query UserLookupCoupons($userId: ID!, $first: Int!) {
    walletConnection(userId: $userId, first: $first) {
      ...LookupWalletPage
    }
    couponEventLog(userId: $userId, first: 100) {
      id
      type
      couponId
      templateId
      createdAt
      payload
    }
    couponCenter(userId: $userId) {
      claimable
      reason
      claimedCount
      template {
        id
        name
      }
    }
  }
`);

/** The claims refused to the user, newest first (their own document: the cost limit). */
export const UserRefusalsQuery = graphql(`
  query UserLookupRefusals($userId: ID!, $first: Int!) {
    refusedClaims(userId: $userId, first: $first) {
      ...LookupRefusalPage
    }
  }
`);

export const UserDecisionsQuery = graphql(`
  query UserLookupDecisions($userId: ID!) {
    ruleFirings(userId: $userId, first: 50) {
      ruleId
      version
      eventId
      firedAt
      arm
      control
      acted
      actions
      results
      trace
    }
    trackedEvents(userId: $userId, first: 20) {
      id
      type
      userId
      occurredAt
      properties
    }
  }
`);

export const LiveRulesQuery = graphql(`
  query UserLookupLiveRules {
    rules(status: ACTIVE, first: 500) {
      id
      name
      trigger
      activeVersion
    }
  }
`);

export const RuleVersionsQuery = graphql(`
  query LookupRuleVersions($ruleId: ID!) {
    ruleVersions(ruleId: $ruleId) {
      version
      graph
    }
  }
`);

export const ExplainQuery = graphql(`
  query LookupExplain($graph: JSON!, $facts: JSON!) {
    simulateRule(graph: $graph, facts: $facts, storedFacts: true) {
      actions
      splitArm
      trace
    }
  }
`);

export const LookupWalletPageFragment = graphql(`
  fragment LookupWalletPage on CouponConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      code
      status
      source
      issuedAt
      validUntil
      redeemedAt
      ruleId
      template {
        id
        name
      }
    }
  }
`);

export const LookupRefusalPageFragment = graphql(`
  fragment LookupRefusalPage on RefusedClaimConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      reason
      message
      source
      deviceId
      cookieId
      placement
      createdAt
      template {
        id
        name
      }
    }
  }
`);

/** The next wallet page: the connection's opaque `endCursor` of the page before. */
export const UserWalletPageQuery = graphql(`
  query UserLookupWalletPage($userId: ID!, $first: Int!, $after: String) {
    walletConnection(userId: $userId, first: $first, after: $after) {
      ...LookupWalletPage
    }
  }
`);

/** The next page of refused claims (newest first): `endCursor` of the page before. */
export const UserRefusalPageQuery = graphql(`
  query UserLookupRefusalPage($userId: ID!, $first: Int!, $after: String) {
    refusedClaims(userId: $userId, first: $first, after: $after) {
      ...LookupRefusalPage
    }
  }
`);

/** The next claim-history page: events after the last one shown (outbox order). */
export const UserEventLogPageQuery = graphql(`
  query UserLookupEventLogPage($userId: ID!, $first: Int!, $afterId: SafeInt) {
    couponEventLog(userId: $userId, first: $first, afterId: $afterId) {
      id
      type
      couponId
      templateId
      createdAt
      payload
    }
  }
`);
