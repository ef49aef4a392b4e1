// Providers (antd theme and Vietnamese locale, TanStack Query) and the route table.
import { lazy, Suspense } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { ApiError } from './api.ts'
import { FullPageSpin, ME_KEY, RequireAuth, RequirePermission } from './auth.tsx'
import { AppLayout } from './components/AppLayout.tsx'
import { LoginPage } from './pages/LoginPage.tsx'
import { theme } from './theme.ts'

const OverviewPage = lazy(() => import('./pages/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })))
const OrganizationsPage = lazy(() => import('./pages/OrganizationsPage.tsx').then((m) => ({ default: m.OrganizationsPage })))
const PeoplePage = lazy(() => import('./pages/PeoplePage.tsx').then((m) => ({ default: m.PeoplePage })))
const ImportPage = lazy(() => import('./pages/ImportPage.tsx').then((m) => ({ default: m.ImportPage })))
const HouseholdsPage = lazy(() => import('./pages/HouseholdsPage.tsx').then((m) => ({ default: m.HouseholdsPage })))
const AccountsPage = lazy(() => import('./pages/AccountsPage.tsx').then((m) => ({ default: m.AccountsPage })))
const AuditPage = lazy(() => import('./pages/AuditPage.tsx').then((m) => ({ default: m.AuditPage })))
const CampaignsPage = lazy(() => import('./pages/CampaignsPage.tsx').then((m) => ({ default: m.CampaignsPage })))
const NewCampaignPage = lazy(() => import('./pages/NewCampaignPage.tsx').then((m) => ({ default: m.NewCampaignPage })))
const CampaignPage = lazy(() => import('./pages/CampaignPage.tsx').then((m) => ({ default: m.CampaignPage })))
const CalendarPage = lazy(() => import('./pages/CalendarPage.tsx').then((m) => ({ default: m.CalendarPage })))
const DocumentImportPage = lazy(() => import('./pages/DocumentImportPage.tsx').then((m) => ({ default: m.DocumentImportPage })))
const SubjectHistoryPage = lazy(() => import('./pages/SubjectHistoryPage.tsx').then((m) => ({ default: m.SubjectHistoryPage })))
const HistoryImportPage = lazy(() => import('./pages/HistoryImportPage.tsx').then((m) => ({ default: m.HistoryImportPage })))
const EligibleListPage = lazy(() => import('./pages/EligibleListPage.tsx').then((m) => ({ default: m.EligibleListPage })))
const RegistryPage = lazy(() => import('./pages/RegistryPage.tsx').then((m) => ({ default: m.RegistryPage })))
const RulesPage = lazy(() => import('./pages/RulesPage.tsx').then((m) => ({ default: m.RulesPage })))
const NominationsPage = lazy(() => import('./pages/NominationsPage.tsx').then((m) => ({ default: m.NominationsPage })))
const NominationPage = lazy(() => import('./pages/NominationPage.tsx').then((m) => ({ default: m.NominationPage })))
const CouncilPage = lazy(() => import('./pages/CouncilPage.tsx').then((m) => ({ default: m.CouncilPage })))
const CouncilSessionPage = lazy(() => import('./pages/CouncilSessionPage.tsx').then((m) => ({ default: m.CouncilSessionPage })))
const PostingsPage = lazy(() => import('./pages/PostingsPage.tsx').then((m) => ({ default: m.PostingsPage })))
const PostingPage = lazy(() => import('./pages/PostingPage.tsx').then((m) => ({ default: m.PostingPage })))
const PublicPostingPage = lazy(() => import('./pages/PublicPostingPage.tsx').then((m) => ({ default: m.PublicPostingPage })))
const DecisionsPage = lazy(() => import('./pages/DecisionsPage.tsx').then((m) => ({ default: m.DecisionsPage })))
const DecisionPage = lazy(() => import('./pages/DecisionPage.tsx').then((m) => ({ default: m.DecisionPage })))
const CertificatesPage = lazy(() => import('./pages/CertificatesPage.tsx').then((m) => ({ default: m.CertificatesPage })))
const VerifyCertificatePage = lazy(() => import('./pages/VerifyCertificatePage.tsx').then((m) => ({ default: m.VerifyCertificatePage })))
const ProposalsPage = lazy(() => import('./pages/ProposalsPage.tsx').then((m) => ({ default: m.ProposalsPage })))
const ProposalPage = lazy(() => import('./pages/ProposalPage.tsx').then((m) => ({ default: m.ProposalPage })))
const RegistrationsPage = lazy(() => import('./pages/RegistrationsPage.tsx').then((m) => ({ default: m.RegistrationsPage })))
const RegistrationPage = lazy(() => import('./pages/RegistrationPage.tsx').then((m) => ({ default: m.RegistrationPage })))
const FundPage = lazy(() => import('./pages/FundPage.tsx').then((m) => ({ default: m.FundPage })))
const StatisticsPage = lazy(() => import('./pages/StatisticsPage.tsx').then((m) => ({ default: m.StatisticsPage })))
const EventsPage = lazy(() => import('./pages/EventsPage.tsx').then((m) => ({ default: m.EventsPage })))
const EventPage = lazy(() => import('./pages/EventPage.tsx').then((m) => ({ default: m.EventPage })))
const NotificationsPage = lazy(() => import('./pages/NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage })))
const ReportsPage = lazy(() => import('./pages/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })))
const ReportsCompiledPage = lazy(() => import('./pages/ReportsCompiledPage.tsx').then((m) => ({ default: m.ReportsCompiledPage })))
const ReportPage = lazy(() => import('./pages/ReportPage.tsx').then((m) => ({ default: m.ReportPage })))
const HonourBoardAdminPage = lazy(() => import('./pages/HonourBoardAdminPage.tsx').then((m) => ({ default: m.HonourBoardAdminPage })))
const PublicHonourBoardPage = lazy(() => import('./pages/PublicHonourBoardPage.tsx').then((m) => ({ default: m.PublicHonourBoardPage })))
const PublicExemplarPage = lazy(() => import('./pages/PublicExemplarPage.tsx').then((m) => ({ default: m.PublicExemplarPage })))
const PublicPostingsIndexPage = lazy(() => import('./pages/PublicPostingsIndexPage.tsx').then((m) => ({ default: m.PublicPostingsIndexPage })))
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx').then((m) => ({ default: m.NotFoundPage })))

function createQueryClient(): QueryClient {
  // A 401 anywhere means the session ended: forget the user, and <RequireAuth> sends them to sign in.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(ME_KEY, null)
  }
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Client errors (4xx) will not fix themselves; retry only network and server failures once.
        retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  })
  return queryClient
}

const router = createBrowserRouter([
  { path: '/dang-nhap', element: <LoginPage /> },
  // Public pages, without an account: the posted list of nominees with its comment form, certificate checks.
  { path: '/cong-khai', element: <Suspense fallback={<FullPageSpin />}><PublicPostingsIndexPage /></Suspense> },
  { path: '/cong-khai/:id', element: <Suspense fallback={<FullPageSpin />}><PublicPostingPage /></Suspense> },
  { path: '/vinh-danh', element: <Suspense fallback={<FullPageSpin />}><PublicHonourBoardPage /></Suspense> },
  { path: '/vinh-danh/:id', element: <Suspense fallback={<FullPageSpin />}><PublicExemplarPage /></Suspense> },
  { path: '/xac-minh', element: <Suspense fallback={<FullPageSpin />}><VerifyCertificatePage /></Suspense> },
  { path: '/xac-minh/:code', element: <Suspense fallback={<FullPageSpin />}><VerifyCertificatePage /></Suspense> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'to-chuc', element: <OrganizationsPage /> },
      { path: 'ca-nhan', element: <PeoplePage /> },
      { path: 'ca-nhan/nhap', element: <ImportPage /> },
      { path: 'ho-gia-dinh', element: <HouseholdsPage /> },
      { path: 'ke-hoach', element: <CampaignsPage /> },
      { path: 'ke-hoach/moi', element: <RequirePermission permission="campaign.write"><NewCampaignPage /></RequirePermission> },
      { path: 'ke-hoach/:id', element: <CampaignPage /> },
      { path: 'ke-hoach/:id/phan-cap', element: <CampaignPage /> },
      { path: 'lich', element: <CalendarPage /> },
      { path: 'tai-khoan', element: <RequirePermission permission="account.read"><AccountsPage /></RequirePermission> },
      { path: 'nhat-ky', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
      { path: 'nhap-van-ban', element: <RequirePermission permission="document.import"><DocumentImportPage /></RequirePermission> },
      { path: 'ca-nhan/:id', element: <SubjectHistoryPage kind="individual" /> },
      { path: 'to-chuc/:id/lich-su', element: <SubjectHistoryPage kind="collective" /> },
      { path: 'ho-gia-dinh/:id/lich-su', element: <SubjectHistoryPage kind="household" /> },
      { path: 'lich-su/nhap', element: <RequirePermission permission="history.write"><HistoryImportPage /></RequirePermission> },
      { path: 'xet-dieu-kien', element: <EligibleListPage /> },
      { path: 'so-khen-thuong', element: <RegistryPage /> },
      { path: 'quy-dinh', element: <RulesPage /> },
      { path: 'de-nghi', element: <NominationsPage /> },
      { path: 'de-nghi/:id', element: <NominationPage /> },
      { path: 'hoi-dong', element: <RequirePermission permission="council.read"><CouncilPage /></RequirePermission> },
      { path: 'hoi-dong/phien/:id', element: <RequirePermission permission="council.read"><CouncilSessionPage /></RequirePermission> },
      { path: 'cong-khai-danh-sach', element: <RequirePermission permission="posting.manage"><PostingsPage /></RequirePermission> },
      { path: 'cong-khai-danh-sach/:id', element: <RequirePermission permission="posting.manage"><PostingPage /></RequirePermission> },
      { path: 'quyet-dinh', element: <DecisionsPage /> },
      { path: 'quyet-dinh/:id', element: <DecisionPage /> },
      { path: 'quyet-dinh/:id/giay-khen', element: <CertificatesPage /> },
      { path: 'trinh-cap-tren', element: <ProposalsPage /> },
      { path: 'trinh-cap-tren/:id', element: <ProposalPage /> },
      { path: 'dang-ky-thi-dua', element: <RegistrationsPage /> },
      { path: 'dang-ky-thi-dua/:id', element: <RegistrationPage /> },
      { path: 'bao-cao', element: <ReportsPage /> },
      { path: 'bao-cao/tong-hop', element: <ReportsCompiledPage /> },
      { path: 'bao-cao/:id', element: <ReportPage /> },
      { path: 'quy-thi-dua', element: <RequirePermission permission="fund.read"><FundPage /></RequirePermission> },
      { path: 'thong-ke', element: <RequirePermission permission="statistics.read"><StatisticsPage /></RequirePermission> },
      { path: 'su-kien', element: <EventsPage /> },
      { path: 'su-kien/:id', element: <EventPage /> },
      { path: 'thong-bao', element: <NotificationsPage /> },
      { path: 'bang-vinh-danh', element: <RequirePermission permission="honour.manage"><HonourBoardAdminPage /></RequirePermission> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])

const queryClient = createQueryClient()

export function App() {
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  )
}
