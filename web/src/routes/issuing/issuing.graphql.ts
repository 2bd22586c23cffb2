// Issuing by hand: typed operations (generated types in src/gql; `pnpm --filter @couponflow/web codegen`).
import { graphql } from '../../gql';

export const BulkJobFields = graphql(`
  fragment BulkJobFields on BulkIssueJob {
    id
    templateId
    status
    total
    processed
    issued
    heldOut
    skipped
    failed
    percent
    holdoutPercent
    error
    refusals {
      reason
      count
    }
    createdAt
    updatedAt
    finishedAt
  }
`);

export const IssueTemplatesQuery = graphql(`
  query IssuingTemplates($search: String) {
    templates(first: 50, filter: { search: $search, status: [ACTIVE, PAUSED, DRAFT] }) {
      nodes {
        id
        name
        kind
        status
      }
    }
  }
`);

export const IssueAudiencesQuery = graphql(`
  query IssuingAudiences {
    audiences {
      id
      name
      kind
      size
    }
  }
`);

export const JobsQuery = graphql(`
  query IssuingJobs($first: Int!, $before: ID) {
    bulkIssueJobs(first: $first, before: $before) {
      ...BulkJobFields
    }
  }
`);

export const JobQuery = graphql(`
  query IssuingJob($id: ID!) {
    bulkIssueJob(id: $id) {
      ...BulkJobFields
    }
  }
`);

export const StartToUsersMutation = graphql(`
  mutation IssuingStartToUsers($input: BulkIssueInput!) {
    startBulkIssue(input: $input) {
      ...BulkJobFields
    }
  }
`);

export const StartToAudienceMutation = graphql(`
  mutation IssuingStartToAudience($templateId: ID!, $audienceId: ID!, $holdoutPercent: Float) {
    issueToAudience(templateId: $templateId, audienceId: $audienceId, holdoutPercent: $holdoutPercent) {
      ...BulkJobFields
    }
  }
`);

export const PauseJobMutation = graphql(`
  mutation IssuingPause($id: ID!) {
    pauseBulkIssue(id: $id) {
      ...BulkJobFields
    }
  }
`);

export const ResumeJobMutation = graphql(`
  mutation IssuingResume($id: ID!) {
    resumeBulkIssue(id: $id) {
      ...BulkJobFields
    }
  }
`);

export const CancelJobMutation = graphql(`
  mutation IssuingCancel($id: ID!) {
    cancelBulkIssue(id: $id) {
      ...BulkJobFields
    }
  }
`);

export const JobExperimentQuery = graphql(`
  query IssuingJobExperiment($jobId: ID!, $windowSeconds: Int) {
    jobExperiment(jobId: $jobId, windowSeconds: $windowSeconds, minUsersPerArm: 20) {
      jobId
      holdoutPercent
      windowSeconds
      exposedUsers
      measuredUsers
      srm {
        mismatch
        p
        observed
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
        metric
        arm
        absolute {
          estimate
          low
          high
          p
        }
        relative {
          estimate
          low
          high
        }
      }
      incrementalProfit {
        estimate
        low
        high
        treatedUsers
      }
      recommendation
      evidence
    }
  }
`);
