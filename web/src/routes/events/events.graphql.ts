// The event catalogue's operations: every event type with its properties, and the newest events of one.
import { graphql } from '../../gql';

export const EventCatalogueQuery = graphql(`
  query EventCatalogue {
    eventTypes {
      name
      description
      builtin
      updatedAt
      properties {
        name
        type
        required
      }
    }
  }
`);

export const RecentEventsQuery = graphql(`
  query RecentEvents($type: String!, $first: Int!) {
    trackedEvents(type: $type, first: $first) {
      id
      userId
      occurredAt
      receivedAt
      properties
    }
  }
`);

export const DefineEventTypeMutation = graphql(`
  mutation DefineEventType($input: DefineEventTypeInput!) {
    defineEventType(input: $input) {
      name
      description
      builtin
      updatedAt
      properties {
        name
        type
        required
      }
    }
  }
`);
