// The text of each component as printed, shared by the DOCX and PDF writers and
// toPlainText(), so that the three always agree word for word.
import type { Annex, Block, DocumentModel, Inline } from '../document-model.ts'

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc'
export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM'
/** Party documents separate the issuer from the number with an asterisk (HD 36-HD/VPTW), not a rule. */
export const PARTY_SEPARATOR = '*'
export const RECIPIENTS_LABEL = 'Nơi nhận:'
/** The mark of a draft, boxed under the number line. */
export const DRAFT_MARK = 'DỰ THẢO'

export interface StyledText {
  text: string
  bold: boolean
  italic: boolean
}

/** One line of text: NFC, runs of white space (line breaks included) folded to one space. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ')
}

function cleanInline(run: Inline): Inline {
  return typeof run === 'string' ? clean(run) : { ...run, text: clean(run.text) }
}

const runText = (run: Inline): string => (typeof run === 'string' ? run : run.text)
const withText = (run: Inline, text: string): Inline => (typeof run === 'string' ? text : { ...run, text })

/** Runs cleaned, without white space before the first word or after the last. */
function cleanRuns(runs: Inline[]): Inline[] {
  const out = runs.map(cleanInline)
  const blank = (run: Inline | undefined) => run !== undefined && runText(run).trim() === ''
  while (blank(out[0])) out.shift()
  while (blank(out[out.length - 1])) out.pop()
  const first = out[0]
  if (first !== undefined) out[0] = withText(first, runText(first).trimStart())
  const last = out[out.length - 1]
  if (last !== undefined) out[out.length - 1] = withText(last, runText(last).trimEnd())
  return out.filter((run) => runText(run) !== '')
}

function cleanBlock(block: Block): Block {
  switch (block.type) {
    case 'heading':
      return { ...block, text: clean(block.text).trim() }
    case 'paragraph':
      return { ...block, runs: cleanRuns(block.runs) }
    case 'item':
      return { ...block, marker: clean(block.marker).trim(), runs: cleanRuns(block.runs) }
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => clean(cell).trim())) }
  }
}

/** An annex as printed: its title in capitals, an empty reference dropped. */
function cleanAnnex(annex: Annex): Annex {
  const reference = annex.reference === undefined ? '' : clean(annex.reference).trim()
  return {
    title: clean(annex.title).trim().toLocaleUpperCase('vi'),
    ...(reference === '' ? {} : { reference }),
    body: annex.body.map(cleanBlock),
  }
}

/**
 * The model as the writers print it: every string in NFC (Vietnamese letters as single
 * code points, as TCVN 6909 text is), white space folded; the issuer keeps its line breaks.
 */
export function normalizeModel(model: DocumentModel): DocumentModel {
  const { header, signature } = model
  return {
    header: {
      ...header,
      governingBody: header.governingBody === null ? null : clean(header.governingBody).trim(),
      issuer: header.issuer.normalize('NFC'),
      number: header.number === null ? null : header.number.normalize('NFC').trim(),
      symbol: clean(header.symbol).trim(),
      place: clean(header.place).trim(),
    },
    documentType: clean(model.documentType).trim(),
    title: clean(model.title).trim(),
    body: model.body.map(cleanBlock),
    recipients: model.recipients.map((r) => clean(r).trim()).filter((r) => r !== ''),
    signature: {
      authorityLines: signature.authorityLines.map((l) => clean(l).trim()).filter((l) => l !== ''),
      title: clean(signature.title).trim(),
      name: clean(signature.name).trim(),
    },
    draft: model.draft === true,
    annexes: (model.annexes ?? []).map(cleanAnnex),
  }
}

/** The annexes of a normalized model. */
export const annexesOf = (model: DocumentModel): Annex[] => model.annexes ?? []

/** The issuer's lines as printed (the issuer string may carry "\n"). */
export function issuerLines(issuer: string): string[] {
  return issuer.split('\n').map(clean).map((l) => l.trim()).filter((l) => l !== '')
}

/** "- Đảng ủy xã;" for each recipient, the last one ending with "." instead. */
export function recipientLines(recipients: string[]): string[] {
  return recipients.map((recipient, i) => {
    const bare = recipient.replace(/[\s;.,]+$/u, '')
    return `- ${bare}${i === recipients.length - 1 ? '.' : ';'}`
  })
}

/** The signature block's printed lines above the blank space: authority lines, then the title. */
export function signatureHeadLines(model: DocumentModel): string[] {
  return [...model.signature.authorityLines, model.signature.title].filter((l) => l !== '')
}

export function styled(runs: Inline[]): StyledText[] {
  return runs.map((run) =>
    typeof run === 'string'
      ? { text: run, bold: false, italic: false }
      : { text: run.text, bold: run.bold === true, italic: run.italic === true },
  )
}

export function inlineText(runs: Inline[]): string {
  return styled(runs).map((r) => r.text).join('')
}
