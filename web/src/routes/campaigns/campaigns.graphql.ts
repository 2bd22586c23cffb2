// The campaign screens' typed operations (generated types in src/gql; `pnpm --filter @couponflow/web codegen`).
import { graphql } from '../../gql';

export const CampaignsQuery = graphql(`
  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {
    campaigns(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        name
        status
        budget
        spent
        reserved
        issuedCount
        redeemedCount
        startsAt
        endsAt
        updatedAt
        budgetStatus {
          budget
          spent
          reserved
          liability
          headroom
          redemptionRateBp
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const CampaignQuery = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      id
      name
      description
      status
      budget
      startsAt
      endsAt
      exhaustedAt
      issuedCount
      redeemedCount
      expiredCount
      outstandingMax
      createdAt
      updatedAt
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

export const CampaignTemplatesQuery = graphql(`
  query CampaignTemplates($campaignId: ID!, $first: Int!, $after: String) {
    templates(first: $first, after: $after, filter: { campaignId: $campaignId }) {
      nodes {
        id
        name
        kind
        status
        maxValue
        issuedCount
        quotaTotal
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      name
      status
      budget
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      id
      name
      description
      budget
      endsAt
      updatedAt
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

export const PauseCampaignMutation = graphql(`
  mutation PauseCampaign($id: ID!) {
    pauseCampaign(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const ResumeCampaignMutation = graphql(`
  mutation ResumeCampaign($id: ID!) {
    resumeCampaign(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const EndCampaignMutation = graphql(`
  mutation EndCampaign($id: ID!) {
    endCampaign(id: $id) {
      id
      status
      updatedAt
    }
  }
`);
