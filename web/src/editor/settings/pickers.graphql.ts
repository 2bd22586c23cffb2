// What the settings pickers ask the server: event types with their properties, coupon templates by
// name, audiences.
import { graphql } from '../../gql';

export const EventTypesQuery = graphql(`
  query EditorEventTypes {
    eventTypes {
      name
      description
      builtin
      properties {
        name
        type
        required
      }
    }
  }
`);

export const TemplateSearchQuery = graphql(`
  query EditorTemplateSearch($search: String, $first: Int!) {
    templates(first: $first, filter: { search: $search }) {
      nodes {
        id
        name
        kind
        status
      }
      totalCount
    }
  }
`);

export const TemplateByIdQuery = graphql(`
  query EditorTemplateById($id: ID!) {
    template(id: $id) {
      id
      name
      kind
      status
    }
  }
`);

export const AudiencesQuery = graphql(`
  query EditorAudiences {
    audiences {
      id
      name
      kind
      size
    }
  }
`);

export const UserAttributeKeysQuery = graphql(`
  query EditorUserAttributeKeys($search: String, $first: Int!) {
    userAttributeKeys(search: $search, first: $first)
  }
`);
