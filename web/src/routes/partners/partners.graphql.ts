// The partners screen's operations: API keys, webhook endpoints with their delivery log, staff users.
import { graphql } from '../../gql';

export const ApiKeysQuery = graphql(`
  query PartnersApiKeys {
    apiKeys {
      id
      name
      scopes
      merchantIds
      createdAt
      revokedAt
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation PartnersCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
        scopes
        merchantIds
        createdAt
        revokedAt
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation PartnersRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query PartnersWebhookEndpoints($after: String) {
    webhookEndpoints(first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        url
        description
        enabled
        disabledReason
        eventTypes
        createdAt
        lastSuccessAt
        failingSince
        previousSecretExpiresAt
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation PartnersCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation PartnersUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      id
      enabled
      disabledReason
      eventTypes
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation PartnersDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation PartnersRotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      previousSecretExpiresAt
      endpoint {
        id
        previousSecretExpiresAt
      }
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query PartnersWebhookDeliveries($endpointId: ID!, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        eventId
        eventType
        status
        attempts
        lastStatusCode
        lastError
        createdAt
        replayOf
      }
    }
  }
`);

export const WebhookAttemptsQuery = graphql(`
  query PartnersWebhookAttempts($endpointId: ID!, $deliveryId: ID!) {
    webhookAttempts(endpointId: $endpointId, deliveryId: $deliveryId, first: 50) {
      nodes {
        id
        attempt
        outcome
        statusCode
        durationMs
        startedAt
        error
      }
    }
  }
`);

export const ReplayDeliveryMutation = graphql(`
  mutation PartnersReplayDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      id
      status
    }
  }
`);

export const ReplayRangeMutation = graphql(`
  mutation PartnersReplayRange($input: ReplayWebhookDeliveriesInput!) {
    replayWebhookDeliveries(input: $input) {
      queued
    }
  }
`);

export const StaffUsersQuery = graphql(`
  query PartnersStaffUsers {
    staffUsers {
      id
      email
      role
      disabled
      createdAt
    }
  }
`);

export const CreateStaffMutation = graphql(`
  mutation PartnersCreateStaff($input: CreateStaffInput!) {
    createStaffUser(input: $input) {
      id
      email
      role
      disabled
      createdAt
    }
  }
`);

export const UpdateStaffMutation = graphql(`
  mutation PartnersUpdateStaff($input: UpdateStaffInput!) {
    updateStaffUser(input: $input) {
      id
      role
      disabled
    }
  }
`);
