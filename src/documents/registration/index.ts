// The registration and the cluster's pledge as Decree 30 documents.
export { pledgeDocument, registrationDocument, SIGNATURES_HEADER, TARGETS_HEADER } from './registration-documents.ts'
export type { PledgeData, PledgeMember, RegisteredTarget, RegistrationDocumentData } from './registration-documents.ts'
