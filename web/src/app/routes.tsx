// The route table. Each screen is loaded on demand (its own chunk), so the first screen stays small.
import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from './LoginPage';
import { Shell } from './Shell';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/rules" replace /> },
      {
        path: 'rules',
        lazy: () => import('../routes/rules/RulesPage').then((m) => ({ Component: m.RulesPage })),
      },
      {
        path: 'rules/:id',
        lazy: () => import('../routes/rules/RuleEditorPage').then((m) => ({ Component: m.RuleEditorPage })),
      },
      { path: '*', element: <Navigate to="/rules" replace /> },
    ],
  },
];
