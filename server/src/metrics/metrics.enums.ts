// GraphQL enums of metrics and experiments.
import { graphqlEnum } from '../graphql/enums';

export const MetricsScopeKindEnum = graphqlEnum(
  ['ALL', 'TEMPLATE', 'CAMPAIGN', 'RULE', 'MERCHANT', 'FUNDER'] as const,
  'MetricsScopeKind',
);
export const FunderKindEnum = graphqlEnum(['PLATFORM', 'MERCHANT', 'BRAND'] as const, 'FunderKind');
export const RecommendationEnum = graphqlEnum(
  ['SOLIDIFY', 'KEEP_TESTING', 'STOP'] as const,
  'ExperimentRecommendation',
);
export const ForecastModeEnum = graphqlEnum(['BULK', 'CLAIM'] as const, 'ForecastMode');
export const FigureSourceEnum = graphqlEnum(['HISTORY', 'PRIOR', 'EXACT'] as const, 'ForecastSource');
export const LtvGroupByEnum = graphqlEnum(['COHORT', 'RULE_ARM', 'AUDIENCE'] as const, 'LtvGroupBy');
export const OutcomeMetricEnum = graphqlEnum(
  ['CONVERSION', 'REVENUE_PER_USER', 'NET_CONTRIBUTION_PER_USER'] as const,
  'ExperimentMetric',
);
