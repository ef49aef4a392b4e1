// A nomination's dossier parts as Decree 30 documents (the decree30 writers render them to DOCX and PDF).
export { proposalDocument } from './proposal-document.ts'
export { achievementReport } from './achievement-report.ts'
export { summaryTable } from './summary-table.ts'
export { reviewMinutes } from './review-minutes.ts'
export type { DossierEntry, DossierSubject, DossierUnit, NominationDossierData, PriorAward, ReviewMeetingData } from './dossier-data.ts'
