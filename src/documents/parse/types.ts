// The result of parsing one document: the fields named as in the gold labels
// (/work/shared/corpus/seeds.gold.jsonl), plus _meta with the normalized text and, per field, the
// character spans of that text it was read from (for highlighting in the UI).

import type { ParseError } from './errors.ts'
import type { DocType } from './extract/header.ts'
import type { Span } from './extract/document.ts'
import type { Period, Phase } from './extract/period.ts'
import type { PlanEvent } from './extract/event.ts'
import type { Awardee } from './extract/awardees.ts'

export type { DocType, Span, Period, Phase, PlanEvent, Awardee, ParseError }

export interface ParsedFields {
  doc_type: DocType
  number: string | null
  symbol: string | null
  issuer: string | null
  place: string | null
  date: string | null
  title: string | null
  legal_bases: string[]
  theme: string | null
  slogans: string[]
  period: Period | null
  phases: Phase[]
  target_groups: string[]
  award_forms: string[]
  dossier_items: string[]
  deadlines: string[]
  assignments: string[]
  recipients: string[]
  signer_title: string | null
  signer_name: string | null
  event: PlanEvent | null
  standards: string | null
  awardees: Awardee[]
}

export type SourceFormat = 'txt' | 'docx' | 'pdf' | 'text'

export interface ParseMeta {
  /** The normalized text (one paragraph per line) that the spans point into. */
  text: string
  sources: Partial<Record<keyof ParsedFields, Span[]>>
  format: SourceFormat
  /** Encoding of a text file when it was not UTF-8 (converted from TCVN3, VNI, Windows-1258). */
  encoding: string | null
}

export interface ParsedDocument extends ParsedFields {
  _meta: ParseMeta
}

export type ParseResult = { ok: true; document: ParsedDocument } | { ok: false; error: ParseError }
