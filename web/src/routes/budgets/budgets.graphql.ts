// The budget page's typed operations (generated types in src/gql).
import { graphql } from '../../gql';

export const BudgetCampaignsQuery = graphql(`
  query BudgetCampaigns {
    campaigns(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** One campaign's budget (the status is computed per campaign, so it is asked for one at a time). */
export const CampaignBudgetQuery = graphql(`
  query CampaignBudget($id: ID!) {
    campaign(id: $id) {
      id
      name
      status
      budget
      startsAt
      createdAt
      budgetStatus {
        budget
        spent
        reserved
        liability
        headroom
        redemptionRateBp
      }
    }
  }
`);

export const CampaignSubsidyQuery = graphql(`
  query CampaignSubsidy($id: ID!, $from: DateTime!, $to: DateTime!) {
    metrics(scope: { kind: CAMPAIGN, id: $id }, from: $from, to: $to) {
      timeZone
      daily {
        date
        subsidy
      }
    }
  }
`);

export const ForecastChoicesQuery = graphql(`
  query ForecastChoices {
    templates(first: 100) {
      nodes {
        id
        name
      }
    }
    audiences {
      id
      name
      kind
    }
  }
`);

export const ForecastIssueQuery = graphql(`
  query ForecastIssue($templateId: ID!, $audienceId: ID!, $mode: ForecastMode) {
    forecastIssue(templateId: $templateId, audienceId: $audienceId, mode: $mode) {
      templateId
      audienceId
      mode
      cost {
        value
        low
        high
      }
      figures {
        name
        value
        low
        high
        source
        basis
      }
    }
  }
`);
