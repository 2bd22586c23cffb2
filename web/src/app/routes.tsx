// The route table. Each screen is loaded on demand (its own chunk), so the first screen stays small.
// A new screen adds one route here and one entry in Shell's `nav`.
import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from './LoginPage';
import { NotFoundPage, RouteError } from './RouteError';
import { Shell } from './Shell';
import { Loading } from './states';

export const routes: RouteObject[] = [
  {
    // The first paint while a lazy screen's chunk loads on a cold start.
    hydrateFallbackElement: <Loading />,
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        path: '/',
        element: <Shell />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <Navigate to="/rules" replace /> },
              {
                path: 'rules',
                lazy: () => import('../routes/rules/RulesPage').then((m) => ({ Component: m.RulesPage })),
              },
              {
                path: 'rules/:id',
                lazy: () =>
                  import('../routes/rules/RuleEditorPage').then((m) => ({ Component: m.RuleEditorPage })),
              },
              {
                path: 'rules/:id/experiment',
                lazy: () =>
                  import('../routes/experiment/ExperimentPage').then((m) => ({
                    Component: m.ExperimentPage,
                  })),
              },
              {
                path: 'metrics',
                lazy: () =>
                  import('../routes/metrics/MetricsPage').then((m) => ({ Component: m.MetricsPage })),
              },
              {
                path: 'budgets',
                lazy: () =>
                  import('../routes/budgets/BudgetsPage').then((m) => ({ Component: m.BudgetsPage })),
              },
              {
                path: 'ltv',
                lazy: () => import('../routes/ltv/LtvPage').then((m) => ({ Component: m.LtvPage })),
              },
              {
                path: 'campaigns',
                lazy: () =>
                  import('../routes/campaigns/CampaignsPage').then((m) => ({ Component: m.CampaignsPage })),
              },
              {
                path: 'campaigns/:id',
                lazy: () =>
                  import('../routes/campaigns/CampaignDetailPage').then((m) => ({
                    Component: m.CampaignDetailPage,
                  })),
              },
              {
                path: 'templates',
                lazy: () =>
                  import('../routes/templates/TemplatesPage').then((m) => ({ Component: m.TemplatesPage })),
              },
              {
                path: 'templates/new',
                lazy: () =>
                  import('../routes/templates/TemplateNewPage').then((m) => ({
                    Component: m.TemplateNewPage,
                  })),
              },
              {
                path: 'templates/:id/edit',
                lazy: () =>
                  import('../routes/templates/TemplateEditPage').then((m) => ({
                    Component: m.TemplateEditPage,
                  })),
              },
              {
                path: 'templates/:id',
                lazy: () =>
                  import('../routes/templates/TemplateDetailPage').then((m) => ({
                    Component: m.TemplateDetailPage,
                  })),
              },
              {
                path: 'audiences/:id?',
                lazy: () =>
                  import('../routes/audiences/AudiencesPage').then((m) => ({ Component: m.AudiencesPage })),
              },
              {
                path: 'issuing/:jobId?',
                lazy: () =>
                  import('../routes/issuing/IssuingPage').then((m) => ({ Component: m.IssuingPage })),
              },
              {
                path: 'users',
                lazy: () =>
                  import('../routes/users/UserLookupPage').then((m) => ({ Component: m.UserLookupPage })),
              },
              {
                path: 'events',
                lazy: () =>
                  import('../routes/events/EventTypesPage').then((m) => ({ Component: m.EventTypesPage })),
              },
              {
                path: 'partners',
                lazy: () =>
                  import('../routes/partners/PartnersPage').then((m) => ({ Component: m.PartnersPage })),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
