// GraphQL enums of staff roles and API scopes (their values: graphql/principal.ts).
import { graphqlEnum } from '../graphql/enums';
import { API_SCOPES, STAFF_ROLES } from '../graphql/principal';

export const StaffRoleEnum = graphqlEnum(
  STAFF_ROLES,
  'StaffRole',
  'What a staff user may do, in the old lower-case spelling (admin, growth, analyst): use Role.',
);
/** The same roles in the one enum case of the API (ADMIN is `admin` inside). */
export const RoleEnum = graphqlEnum(
  STAFF_ROLES,
  'Role',
  'What a staff user may do: ADMIN (everything), GROWTH (coupons, campaigns, audiences, rules, bulk issue), ANALYST (read all, write nothing).',
  (r) => r.toUpperCase(),
);
export const ApiScopeEnum = graphqlEnum(API_SCOPES, 'ApiScope', 'What an API key may do.', (s) =>
  s.replace(':', '_').toUpperCase(),
);
