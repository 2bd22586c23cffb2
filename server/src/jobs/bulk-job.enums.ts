// GraphQL enum of the bulk-issuance job life cycle.
import { graphqlEnum } from '../graphql/enums';

export const BulkJobStatusEnum = graphqlEnum(
  ['RUNNING', 'PAUSED', 'DONE', 'CANCELLED', 'FAILED'] as const,
  'BulkJobStatus',
  'The state of a bulk issue job.',
);
