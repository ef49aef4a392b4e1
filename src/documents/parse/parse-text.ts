// Normalized text → every field with its source spans. Pure: no I/O.

import { toDoc } from './extract/document.ts'
import { foundList, type Found } from './extract/found.ts'
import { readDocType, readHeader } from './extract/header.ts'
import { readIssuer } from './extract/issuer.ts'
import { readLegalBases } from './extract/legal-bases.ts'
import { readSlogans, readTheme } from './extract/theme.ts'
import { readCampaignPeriod, readPhases } from './extract/period.ts'
import { readTargetGroups } from './extract/target-groups.ts'
import { readAwardForms } from './extract/award-forms.ts'
import { readDossierItems } from './extract/dossier.ts'
import { readDeadlines } from './extract/deadlines.ts'
import { readAssignments } from './extract/assignments.ts'
import { findRecipientsIndex, readRecipients, readSignature } from './extract/closing.ts'
import { readEvent } from './extract/event.ts'
import { readStandards } from './extract/standards.ts'
import { readAwardees } from './extract/awardees.ts'
import type { Awardee, ParsedFields, ParseMeta, Span } from './types.ts'

/** A decision grants the forms its awardees receive. */
function awardeeForms(awardees: Found<Awardee[]>): Found<string[]> {
  return foundList(awardees.value.flatMap((a, i) => (a.form ? [{ value: a.form, span: awardees.spans[i] as Span }] : [])))
}

/** Fields and their spans read from text already normalized (see text/normalize.ts). */
export function extractFields(text: string): { fields: ParsedFields; sources: ParseMeta['sources'] } {
  const doc = toDoc(text)
  const header = readHeader(doc)
  const recipientsIndex = findRecipientsIndex(doc, header.bodyStart)
  const bodyEnd = recipientsIndex ?? doc.paragraphs.length
  const from = header.bodyStart
  const docType = readDocType(doc, header)
  const signature = readSignature(doc, from, recipientsIndex)
  const phases = readPhases(doc, from, header.date.value)
  const awardees = docType.value === 'quyet_dinh' || docType.value === 'to_trinh' ? readAwardees(doc, from) : { value: [], spans: [] }
  const awardForms = readAwardForms(doc, from, bodyEnd)
  const found = {
    doc_type: docType,
    number: header.number,
    symbol: header.symbol,
    issuer: readIssuer(doc, header),
    place: header.place,
    date: header.date,
    title: header.title,
    legal_bases: readLegalBases(doc, header.preamble),
    theme: readTheme(doc, header.afterTitle),
    slogans: readSlogans(doc, header.afterTitle),
    period: readCampaignPeriod(doc, from, header.date.value, phases),
    phases,
    target_groups: readTargetGroups(doc, from, bodyEnd),
    award_forms: awardForms.value.length ? awardForms : awardeeForms(awardees),
    dossier_items: readDossierItems(doc, from, bodyEnd),
    deadlines: readDeadlines(doc, from, bodyEnd),
    assignments: readAssignments(doc, from, bodyEnd),
    recipients: readRecipients(doc, recipientsIndex),
    signer_title: signature.title,
    signer_name: signature.name,
    event: readEvent(doc, header.title.value, from, bodyEnd),
    standards: readStandards(doc, from, bodyEnd),
    awardees,
  } satisfies { [K in keyof ParsedFields]: Found<ParsedFields[K]> }
  const fields = Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value])) as unknown as ParsedFields
  const sources: Record<string, Span[]> = {}
  for (const [k, v] of Object.entries(found)) if (v.spans.length) sources[k] = v.spans
  return { fields, sources }
}
