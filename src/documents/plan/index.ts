// Campaign plan → Decree 30 document, and the seed plans as complete fixtures.
export { planDocument, type PlanDocumentOptions } from './plan-document.ts'
export { SEED_PLANS, type SeedPlan } from './fixtures/index.ts'
