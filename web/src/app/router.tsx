import { createBrowserRouter } from 'react-router';
import { Landing } from '../modules/auth/components/Landing';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { RequirePermission } from '../modules/auth/components/RequirePermission';
import {
  mayReadEscalations,
  mayReadFigures,
  mayReadWaitingList,
  mayReadWorkload,
  mayRequestBreakGlass,
  mayUseIntakeDesk,
  mayUseInvolvementIndex,
  mayManageMailDelivery,
  mayUsePrivacyConsole,
} from '../modules/auth/permissions';
import { IntakeDeskPage } from '../modules/intake/routes/IntakeDeskPage';
import { IntakeReportPage } from '../modules/intake/routes/IntakeReportPage';
import { NewIntakeReportPage } from '../modules/intake/routes/NewIntakeReportPage';
import { InvolvementIndexPage } from '../modules/involvements/routes/InvolvementIndexPage';
import { LoginPage } from '../modules/auth/routes/LoginPage';
import { SecondFactorPage } from '../modules/auth/routes/SecondFactorPage';
import { CaseListPage } from '../modules/cases/routes/CaseListPage';
import { CaseOverviewPage } from '../modules/cases/routes/CaseOverviewPage';
import { SearchPage } from '../modules/cases/routes/SearchPage';
import { WaitingListPage } from '../modules/directors/routes/WaitingListPage';
import { WorkloadPage } from '../modules/directors/routes/WorkloadPage';
import { FiguresPage } from '../modules/figures/routes/FiguresPage';
import { EscalationPage } from '../modules/escalations/routes/EscalationPage';
import { MyEscalationsPage } from '../modules/escalations/routes/MyEscalationsPage';
import { MeetingPage } from '../modules/meetings/routes/MeetingPage';
import { MyMeetingsPage } from '../modules/meetings/routes/MyMeetingsPage';
import { PlanEditorPage } from '../modules/plans/routes/PlanEditorPage';
import { AccessLogPage } from '../modules/privacy/routes/AccessLogPage';
import { AnomalySignalsPage } from '../modules/privacy/routes/AnomalySignalsPage';
import { BreakGlassPage } from '../modules/privacy/routes/BreakGlassPage';
import { DataSubjectExportPage } from '../modules/privacy/routes/DataSubjectExportPage';
import { ErasureRequestPage } from '../modules/privacy/routes/ErasureRequestPage';
import { NotificationsPage } from '../modules/notifications/routes/NotificationsPage';
import { FailedMailsPage } from '../modules/notifications/routes/FailedMailsPage';
import { PrivacyConsolePage } from '../modules/privacy/routes/PrivacyConsolePage';
import { TodayPage } from '../modules/today/routes/TodayPage';
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
            { index: true, Component: Landing },
            { path: '/vandaag', Component: TodayPage },
            { path: '/tweede-factor', Component: SecondFactorPage },
            { path: '/cases', Component: CaseListPage },
            { path: '/zoeken', Component: SearchPage },
            { path: '/cases/:id', Component: CaseOverviewPage },
            { path: '/cases/:id/plan', Component: PlanEditorPage },
            {
              element: <RequirePermission allows={mayRequestBreakGlass} />,
              children: [{ path: '/noodtoegang', Component: BreakGlassPage }],
            },
            {
              // The privacy officer's console (FG); every look at it is audited by the API.
              element: <RequirePermission allows={mayUsePrivacyConsole} />,
              children: [
                { path: '/fg', Component: PrivacyConsolePage },
                { path: '/fg/logboek', Component: AccessLogPage },
                { path: '/fg/signalen', Component: AnomalySignalsPage },
                { path: '/fg/inzage', Component: DataSubjectExportPage },
                { path: '/fg/verwijderen', Component: ErasureRequestPage },
                { path: '/fg/*', Component: PageNotFound },
              ],
            },
            {
              element: <RequirePermission allows={mayReadWaitingList} />,
              children: [{ path: '/werkvoorraad', Component: WaitingListPage }],
            },
            {
              element: <RequirePermission allows={mayReadWorkload} />,
              children: [{ path: '/werklast', Component: WorkloadPage }],
            },
            {
              element: <RequirePermission allows={mayReadFigures} />,
              children: [{ path: '/cijfers', Component: FiguresPage }],
            },
            {
              element: <RequirePermission allows={mayReadEscalations} />,
              children: [
                { path: '/overleggen', Component: MyMeetingsPage },
                { path: '/overleggen/:id', Component: MeetingPage },
                { path: '/escalaties', Component: MyEscalationsPage },
                { path: '/escalaties/:id', Component: EscalationPage },
              ],
            },
            {
              // The front door: Veilig Thuis' reports and advice requests.
              element: <RequirePermission allows={mayUseIntakeDesk} />,
              children: [
                { path: '/intake', Component: IntakeDeskPage },
                { path: '/intake/nieuw', Component: NewIntakeReportPage },
                { path: '/intake/:id', Component: IntakeReportPage },
              ],
            },
            {
              element: <RequirePermission allows={mayUseInvolvementIndex} />,
              children: [{ path: '/verwijsindex', Component: InvolvementIndexPage }],
            },
            { path: '/meldingen', Component: NotificationsPage },
            {
              element: <RequirePermission allows={mayManageMailDelivery} />,
              children: [{ path: '/beheer/e-mail', Component: FailedMailsPage }],
            },
            { path: '*', Component: PageNotFound },
          ],
        },
      ],
    },
  ]);
}
