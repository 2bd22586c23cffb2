// The template screens' typed operations (generated types in src/gql; `pnpm --filter @couponflow/web codegen`).
import { graphql } from '../../gql';

export const TemplatesQuery = graphql(`
  query Templates($first: Int!, $after: String, $filter: TemplateFilter) {
    templates(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        name
        kind
        status
        campaignId
        maxValue
        issuedCount
        quotaTotal
        quotaAvailable
        updatedAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const TemplateQuery = graphql(`
  query Template($id: ID!) {
    template(id: $id) {
      id
      name
      description
      kind
      status
      campaignId
      amount
      threshold
      discountBp
      cap
      step
      sku
      units
      unitValue
      balance
      rateBp
      days
      principalCap
      applyTo
      maxUnits
      minQuantity
      buyQuantity
      getQuantity
      maxApplications
      getScope {
        includeSkus
        includeCategories
      }
      multiplePerOrder
      stackGroup
      exclusive
      validFrom
      validUntil
      validForSeconds
      validAfterSeconds
      claimStartsAt
      claimEndsAt
      quotaTotal
      quotaAvailable
      quotaBatches {
        id
        releaseAt
        units
        releasedAt
      }
      restoreOnExpiry
      limitPerAccount
      limitPerDevice
      limitFrequency
      scope {
        merchantIds
        includeSkus
        excludeSkus
        includeBrands
        excludeBrands
        includeCategories
        excludeCategories
      }
      funding {
        platformBp
        merchantBp
        brandBp
        merchantId
        brandId
      }
      placements
      audienceIds
      refundable
      minTermDays
      sharing {
        friendTemplateId
        packSize
        expiresInSeconds
        newUsersOnly
        rewardTemplateId
        rewardWhen
        rewardAfterClaims
      }
      maxValue
      issuedCount
      codes {
        claimed
        unused
      }
      createdAt
      updatedAt
    }
  }
`);

/** Campaigns and audiences to pick from in the form. */
export const TemplateFormOptionsQuery = graphql(`
  query TemplateFormOptions {
    campaigns(first: 100, filter: { status: [ACTIVE, PAUSED] }) {
      nodes {
        id
        name
        budget
        budgetStatus {
          headroom
          redemptionRateBp
        }
      }
    }
    audiences {
      id
      name
    }
  }
`);

export const CreateTemplateMutation = graphql(`
  mutation CreateTemplate($input: CreateTemplateInput!) {
    createTemplate(input: $input) {
      id
      name
      status
      maxValue
    }
  }
`);

export const UpdateTemplateMutation = graphql(`
  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {
    updateTemplate(id: $id, input: $input) {
      id
      name
      description
      quotaTotal
      quotaAvailable
      limitPerAccount
      limitPerDevice
      limitFrequency
      placements
      audienceIds
      refundable
      minTermDays
      sharing {
        friendTemplateId
        packSize
        expiresInSeconds
        newUsersOnly
        rewardTemplateId
        rewardWhen
        rewardAfterClaims
      }
      claimStartsAt
      claimEndsAt
      updatedAt
    }
  }
`);

export const ActivateTemplateMutation = graphql(`
  mutation ActivateTemplate($id: ID!) {
    activateTemplate(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const PauseTemplateMutation = graphql(`
  mutation PauseTemplate($id: ID!) {
    pauseTemplate(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const ResumeTemplateMutation = graphql(`
  mutation ResumeTemplate($id: ID!) {
    resumeTemplate(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const EndTemplateMutation = graphql(`
  mutation EndTemplate($id: ID!) {
    endTemplate(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const MintCodesMutation = graphql(`
  mutation MintCodes($input: MintCodesInput!) {
    mintCodes(input: $input) {
      count
      sample
      codes
    }
  }
`);
