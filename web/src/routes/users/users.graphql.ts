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
  query UserLookupCoupons($userId: ID!) {
    wallet(userId: $userId, first: 100) {
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

/** The next wallet page after `after` (walletCursor of the last coupon shown). */
export const UserWalletPageQuery = graphql(`
  query UserLookupWalletPage($userId: ID!, $first: Int!, $after: String) {
    wallet(userId: $userId, first: $first, after: $after) {
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
