// The proposal to the level above as a Decree 30 document and its list as a spreadsheet.
export { upwardProposalDocument } from './upward-proposal.ts'
export { proposalListWorkbook } from './list-workbook.ts'
export type { ProposalEntry, UpwardProposalData } from './proposal-data.ts'
