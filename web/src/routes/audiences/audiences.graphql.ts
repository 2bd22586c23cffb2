// The audience screens' typed operations (generated types in src/gql; `pnpm --filter @couponflow/web codegen`).
import { graphql } from '../../gql';

export const AudiencesQuery = graphql(`
  query AudiencesList($search: String) {
    audiences(search: $search) {
      id
      name
      description
      kind
      size
      updatedAt
    }
  }
`);

export const AudienceQuery = graphql(`
  query AudienceDetail($id: ID!) {
    audience(id: $id) {
      id
      name
      description
      kind
      expression
      size
      createdAt
      updatedAt
    }
  }
`);

export const AudiencePreviewQuery = graphql(`
  query AudienceEstimate($audienceId: ID, $expression: JSON, $sample: Int!) {
    audiencePreview(audienceId: $audienceId, expression: $expression, sample: $sample) {
      size
      sample
    }
  }
`);

export const IsMemberQuery = graphql(`
  query AudienceMembershipCheck($audienceId: ID!, $userId: ID!) {
    isAudienceMember(audienceId: $audienceId, userId: $userId)
  }
`);

export const CreateAudienceMutation = graphql(`
  mutation AudienceCreate($input: CreateAudienceInput!) {
    createAudience(input: $input) {
      id
      name
      kind
      expression
      size
    }
  }
`);

export const UpdateAudienceMutation = graphql(`
  mutation AudienceUpdate($id: ID!, $input: UpdateAudienceInput!) {
    updateAudience(id: $id, input: $input) {
      id
      name
      description
      expression
      size
      updatedAt
    }
  }
`);

export const DeleteAudienceMutation = graphql(`
  mutation AudienceDelete($id: ID!) {
    deleteAudience(id: $id)
  }
`);

export const UploadMembersMutation = graphql(`
  mutation AudienceUploadChunk($audienceId: ID!, $csv: String!, $replace: Boolean!) {
    uploadAudienceMembers(audienceId: $audienceId, csv: $csv, replace: $replace) {
      rows
      added
      size
      invalid {
        line
        value
      }
    }
  }
`);
