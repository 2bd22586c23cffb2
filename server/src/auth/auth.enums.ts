// GraphQL enums of staff roles and API scopes (their values: graphql/principal.ts).
import { graphqlEnum } from '../graphql/enums';
import { API_SCOPES, STAFF_ROLES } from '../graphql/principal';

export const StaffRoleEnum = graphqlEnum(STAFF_ROLES, 'StaffRole', 'What a staff user may do.');
export const ApiScopeEnum = graphqlEnum(API_SCOPES, 'ApiScope', 'What an API key may do.', (s) =>
  s.replace(':', '_').toUpperCase(),
);
