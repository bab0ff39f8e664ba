import { createBrowserRouter } from 'react-router';
import { ConsoleLayout } from '../layout/ConsoleLayout.js';
import { LoginPage } from '../features/auth/LoginPage.js';
import { PasswordPage } from '../features/auth/PasswordPage.js';
import { WorkbenchPage } from '../features/workbench/WorkbenchPage.js';
import { OrgsPage } from '../features/organisations/OrgsPage.js';
import { DepartmentsPage } from '../features/departments/DepartmentsPage.js';
import { VenuesPage } from '../features/venues/VenuesPage.js';
import { ContactPointsPage } from '../features/contact-points/ContactPointsPage.js';
import { ContactPointPage } from '../features/contact-points/ContactPointPage.js';
import { ExperiencesPage } from '../features/experiences/ExperiencesPage.js';
import { ExperiencePage } from '../features/experiences/ExperiencePage.js';
import { UsersPage } from '../features/users/UsersPage.js';
import { AuditPage } from '../features/audit/AuditPage.js';
import { ProposalsPage } from '../features/proposals/ProposalsPage.js';
import { TopicsPage } from '../features/topics/TopicsPage.js';
import { TopicPage } from '../features/topics/TopicPage.js';
import { PlansPage } from '../features/plans/PlansPage.js';
import { SolicitationsPage } from '../features/solicitations/SolicitationsPage.js';
import { MyProposalsPage } from '../features/my/MyProposalsPage.js';
import { MyActivitiesPage } from '../features/my/MyActivitiesPage.js';
import { HandlingBoardPage } from '../features/handling/HandlingBoardPage.js';
import { ItemPage } from '../features/handling/ItemPage.js';
import { RoomConsolePage } from '../features/rooms/RoomConsolePage.js';
import { MyItemsPage } from '../features/handling/MyItemsPage.js';
import { StatisticsPage } from '../features/statistics/StatisticsPage.js';
import { CityDashboardPage } from '../features/statistics/CityDashboardPage.js';
import { CheckinPage } from '../features/members/CheckinPage.js';
import { MyArchivePage } from '../features/members/MyArchivePage.js';
import { ArchivesPage } from '../features/members/ArchivesPage.js';
import { MemberArchivePage } from '../features/members/MemberArchivePage.js';
import { PointRulesPage } from '../features/members/PointRulesPage.js';
import { NotFoundPage } from '../components/NotFoundPage.js';
import { RouteErrorPage } from '../components/RouteErrorPage.js';
import { DeliveriesPage } from '../features/notifications/DeliveriesPage.js';
import { SearchPage } from '../features/search/SearchPage.js';
import { ThesaurusPage } from '../features/thesaurus/ThesaurusPage.js';
import { NotificationSettingsPage } from '../features/notifications/NotificationSettingsPage.js';
import { NotificationsPage } from '../features/notifications/NotificationsPage.js';

/** Console routes, all under /console. */
export const router = createBrowserRouter([
  { path: '/console/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/console',
    element: <ConsoleLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <WorkbenchPage /> },
      { path: 'proposals', element: <ProposalsPage /> },
      { path: 'topics', element: <TopicsPage /> },
      { path: 'topics/:id', element: <TopicPage /> },
      { path: 'plans', element: <PlansPage /> },
      { path: 'solicitations', element: <SolicitationsPage /> },
      { path: 'my/proposals', element: <MyProposalsPage /> },
      { path: 'my/activities', element: <MyActivitiesPage /> },
      { path: 'my/archive', element: <MyArchivePage /> },
      { path: 'checkin', element: <CheckinPage /> },
      { path: 'archives', element: <ArchivesPage /> },
      { path: 'archives/:userId', element: <MemberArchivePage /> },
      { path: 'point-rules', element: <PointRulesPage /> },
      { path: 'handling', element: <HandlingBoardPage /> },
      { path: 'handling/items/:id', element: <ItemPage /> },
      { path: 'rooms/:id', element: <RoomConsolePage /> },
      { path: 'my/items', element: <MyItemsPage /> },
      { path: 'statistics', element: <StatisticsPage /> },
      { path: 'statistics/city', element: <CityDashboardPage /> },
      { path: 'orgs', element: <OrgsPage /> },
      { path: 'departments', element: <DepartmentsPage /> },
      { path: 'venues', element: <VenuesPage /> },
      { path: 'contact-points', element: <ContactPointsPage /> },
      { path: 'contact-points/:id', element: <ContactPointPage /> },
      { path: 'experiences', element: <ExperiencesPage /> },
      { path: 'experiences/:id', element: <ExperiencePage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'thesaurus', element: <ThesaurusPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'notifications/settings', element: <NotificationSettingsPage /> },
      { path: 'notifications/deliveries', element: <DeliveriesPage /> },
      { path: 'password', element: <PasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  { path: '*', element: <NotFoundPage standalone /> },
]);
