// The route table of the whole API: one list, read by the app, the OpenAPI generator and the authorization matrix.
import type { AnyRoute } from './http/route.ts'
import { authRoutes } from './modules/auth/auth.routes.ts'
import { organizationRoutes } from './modules/organizations/organizations.routes.ts'
import { peopleRoutes } from './modules/people/people.routes.ts'
import { householdRoutes } from './modules/households/households.routes.ts'
import { accountRoutes } from './modules/accounts/accounts.routes.ts'
import { auditRoutes } from './modules/audit/audit.routes.ts'
import { campaignRoutes } from './modules/campaigns/campaigns.routes.ts'
import { historyRoutes } from './modules/history/history.routes.ts'
import { eligibilityRoutes } from './modules/eligibility/eligibility.routes.ts'
import { registryRoutes } from './modules/registry/registry.routes.ts'
import { importRoutes } from './modules/imports/imports.routes.ts'
import { nominationRoutes } from './modules/nominations/nominations.routes.ts'
import { holidayRoutes } from './modules/holidays/holidays.routes.ts'
import { councilRoutes } from './modules/council/council.routes.ts'
import { postingRoutes } from './modules/postings/postings.routes.ts'
import { decisionRoutes } from './modules/decisions/decisions.routes.ts'
import { certificateRoutes } from './modules/certificates/certificates.routes.ts'
import { proposalRoutes } from './modules/proposals/proposals.routes.ts'
import { registrationRoutes } from './modules/registrations/registrations.routes.ts'

export const routes: AnyRoute[] = [...authRoutes, ...organizationRoutes, ...peopleRoutes, ...householdRoutes, ...accountRoutes, ...auditRoutes, ...campaignRoutes, ...registryRoutes, ...historyRoutes, ...eligibilityRoutes, ...importRoutes, ...nominationRoutes, ...holidayRoutes,
  ...councilRoutes, ...postingRoutes, ...decisionRoutes, ...certificateRoutes, ...proposalRoutes, ...registrationRoutes]
