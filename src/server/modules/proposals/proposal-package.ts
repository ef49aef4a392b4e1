// The package of a proposal for a level that is not on tdkt (gói hồ sơ .zip): the proposal as Word and PDF,
// its list as a spreadsheet, one folder per nominee with the dossier parts the nominations generate (Word
// and PDF) and the files uploaded to the dossier, and manifest.json (who made it, what it holds, SHA-256 of
// every file). Built afresh on each download from the stored data: the same content apart from timestamps.
import { createHash } from 'node:crypto'
import { strToU8, zipSync } from 'fflate'
import type { DocumentModel } from '../../../documents/document-model.ts'
import { renderDocx, renderPdf } from '../../../documents/decree30/index.ts'
import { achievementReport, proposalDocument, reviewMinutes, summaryTable } from '../../../documents/nomination/index.ts'
import { proposalListWorkbook, upwardProposalDocument } from '../../../documents/proposal/index.ts'
import { DOSSIER_PARTS, type GeneratedPart } from '../../../shared/nomination-dossier.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import type { Actor } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { readDocument } from '../documents/documents.repository.ts'
import { listAttachments } from '../nominations/nominations.repository.ts'
import { loadProposalDocuments, type NomineeDossier } from './proposal-document-data.ts'
import { toSummary } from './proposal-view.ts'
import type { ProposalRecord } from './proposals.repository.ts'

interface PackedFile {
  path: string
  description: string
  bytes: Uint8Array
}

/** "Nguyễn Thị Lan" → "nguyen-thi-lan" (names every unzip tool shows the same). */
const asciiName = (text: string) => foldAccents(text).replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '') || 'tep'

/** "to-trinh-05-ttr-ubnd" (a draft: "to-trinh-du-thao"). */
export const proposalFileStem = (p: ProposalRecord) => `to-trinh-${asciiName(toSummary(p).numberAndSymbol ?? 'du thao')}`

/** The generated parts of a nominee's dossier, as the nominations module writes them. */
function dossierModels(x: NomineeDossier): { part: GeneratedPart; model: DocumentModel }[] {
  return [
    { part: 'to-trinh', model: proposalDocument(x.data) },
    { part: 'bao-cao-thanh-tich', model: achievementReport(x.data, x.own) },
    { part: 'bang-tom-tat', model: summaryTable(x.data) },
    ...(x.data.meeting ? [{ part: 'bien-ban' as const, model: reviewMinutes(x.data, x.data.meeting) }] : []),
  ]
}

async function both(path: string, description: string, model: DocumentModel): Promise<PackedFile[]> {
  return [
    { path: `${path}.docx`, description: `${description} (Word)`, bytes: await renderDocx(model) },
    { path: `${path}.pdf`, description: `${description} (PDF)`, bytes: await renderPdf(model) },
  ]
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

export async function buildPackage(db: Db, actor: Actor, p: ProposalRecord): Promise<Uint8Array> {
  const { data, nominees } = await loadProposalDocuments(db, actor.provinceId, p)
  const summary = toSummary(p)
  const stem = proposalFileStem(p)
  const files: PackedFile[] = [
    ...(await both(stem, `Tờ trình ${summary.numberAndSymbol}`, upwardProposalDocument(data))),
    { path: 'danh-sach-de-nghi-khen-thuong.xlsx', description: 'Danh sách đề nghị khen thưởng (Excel)', bytes: await proposalListWorkbook(data) },
  ]
  const attachments = await listAttachments(db, actor.provinceId, nominees.map((x) => x.nomination.id))
  const items = []
  for (const [i, x] of nominees.entries()) {
    const n = x.nomination
    const folder = `ho-so/${String(i + 1).padStart(2, '0')}-${asciiName(n.subjectName)}`
    const own: PackedFile[] = []
    for (const { part, model } of dossierModels(x)) own.push(...(await both(`${folder}/${part}`, `${DOSSIER_PARTS[part]} — ${n.subjectName}`, model)))
    for (const [k, a] of attachments.filter((a) => a.nominationId === n.id).entries()) {
      const stored = (await readDocument(db, actor.provinceId, a.sha256))!
      own.push({ path: `${folder}/tep-dinh-kem/${String(k + 1).padStart(2, '0')}-${asciiName(a.name)}`, description: `${DOSSIER_PARTS[a.part]}: ${a.name}`, bytes: stored.bytes })
    }
    files.push(...own)
    items.push({
      position: i + 1, nominationId: n.id, subject: { kind: n.subjectKind, name: n.subjectName, unit: n.subjectOrganizationName },
      nominatingOrganization: n.nominatingOrganizationName, target: n.target, targetName: x.own.targetName, year: n.year,
      council: x.council && { name: x.council.councilName, session: x.council.sessionTitle, meetsOn: x.council.meetsOn, votesFor: x.council.votesFor, totalMembers: x.council.totalMembers },
      folder, files: own.map((f) => f.path),
    })
  }
  const manifest = {
    format: 'tdkt/goi-ho-so-trinh-cap-tren/1',
    generatedAt: new Date().toISOString(),
    generatedBy: { name: actor.displayName, username: actor.username },
    proposal: {
      id: p.id, numberAndSymbol: summary.numberAndSymbol, date: p.sentOn, title: p.title, status: p.status,
      from: { id: p.fromOrganizationId, name: p.fromOrganizationName }, to: { id: p.toOrganizationId, name: p.toName },
    },
    items,
    files: files.map((f) => ({ path: f.path, description: f.description, size: f.bytes.length, sha256: sha256(f.bytes) })),
  }
  const mtime = new Date(`${p.sentOn ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`)
  // Word, PDF and Excel files are compressed already: stored as they are.
  const entries = Object.fromEntries(files.map((f) => [f.path, [f.bytes, { level: /\.(docx|pdf|xlsx)$/.test(f.path) ? 0 : 6 }] as const]))
  return zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)) }, { level: 6, mtime })
}
