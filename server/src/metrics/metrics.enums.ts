// GraphQL enums of metrics and experiments.
import { graphqlEnum } from '../graphql/enums';

export const MetricsScopeKindEnum = graphqlEnum(
  ['ALL', 'TEMPLATE', 'CAMPAIGN', 'RULE', 'MERCHANT', 'FUNDER'] as const,
  'MetricsScopeKind',
  'What a metrics scope measures.',
);
export const FunderKindEnum = graphqlEnum(
  ['PLATFORM', 'MERCHANT', 'BRAND'] as const,
  'FunderKind',
  'Who pays for a discount.',
);
export const RecommendationEnum = graphqlEnum(
  ['SOLIDIFY', 'KEEP_TESTING', 'STOP'] as const,
  'ExperimentRecommendation',
  'What an experiment’s results recommend.',
);
export const ForecastModeEnum = graphqlEnum(
  ['BULK', 'CLAIM'] as const,
  'ForecastMode',
  'How a forecast issue would reach users.',
);
export const FigureSourceEnum = graphqlEnum(
  ['HISTORY', 'PRIOR', 'EXACT'] as const,
  'ForecastSource',
  'Where a forecast’s rates come from.',
);
export const LtvGroupByEnum = graphqlEnum(
  ['COHORT', 'RULE_ARM', 'AUDIENCE'] as const,
  'LtvGroupBy',
  'How to group users in an LTV report.',
);
export const OutcomeMetricEnum = graphqlEnum(
  ['CONVERSION', 'REVENUE_PER_USER', 'NET_CONTRIBUTION_PER_USER'] as const,
  'ExperimentMetric',
  'The metrics an experiment is measured on.',
);
