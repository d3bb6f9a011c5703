import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { LoginPage } from '../modules/auth/routes/LoginPage';
import { CaseListPage } from '../modules/cases/routes/CaseListPage';
import { CaseOverviewPage } from '../modules/cases/routes/CaseOverviewPage';
import { AccessLogPage } from '../modules/privacy/routes/AccessLogPage';
import { BreakGlassPage } from '../modules/privacy/routes/BreakGlassPage';
import { NotificationsPage } from '../modules/privacy/routes/NotificationsPage';
import { PrivacyConsolePage } from '../modules/privacy/routes/PrivacyConsolePage';
import { AppShell } from './AppShell';
import { PageNotFound } from './PageNotFound';

export function createAppRouter() {
  return createBrowserRouter([
    {
      Component: AppShell,
      children: [
        { path: '/login', Component: LoginPage },
        {
          Component: RequireAuth,
          children: [
            { index: true, element: <Navigate to="/cases" replace /> },
            { path: '/cases', Component: CaseListPage },
            { path: '/cases/:id', Component: CaseOverviewPage },
            { path: '/noodtoegang', Component: BreakGlassPage },
            { path: '/fg', Component: PrivacyConsolePage },
            { path: '/fg/logboek', Component: AccessLogPage },
            { path: '/meldingen', Component: NotificationsPage },
            { path: '*', Component: PageNotFound },
          ],
        },
      ],
    },
  ]);
}
