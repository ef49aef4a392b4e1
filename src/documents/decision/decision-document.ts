// The award decision (quyết định khen thưởng, Decree 30/2020 Mẫu 1.2): who decides, the bases (căn cứ),
// "QUYẾT ĐỊNH:", Điều 1 (who receives what, the list attached), Điều 2 (the money per line and in total,
// from the body's emulation fund — Nghị định 152/2025/NĐ-CP, Điều 49, 50, 54; law.md §6), Điều 3 (who
// carries it out), recipients and the signature (TM./KT., law.md §8.3), then the list as its annex on a new
// page. A draft is marked "DỰ THẢO" and unnumbered.
import type { Block, DocumentModel } from '../document-model.ts'
import { item, paragraph } from '../nomination/parts.ts'
import { decisionAnnex } from './annex-document.ts'
import type { DecisionDocumentData, DecisionLine } from './decision-data.ts'
import { awardPhrase, awardsOf, coefficientText, countByKind, money } from './text.ts'

const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)
const uncapitalized = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1).replace(/\.$/, '')

/** A centred bold line: who decides, "QUYẾT ĐỊNH:". */
const centredBold = (text: string): Block => ({ type: 'paragraph', runs: [{ text, bold: true }], align: 'center' })

function article(n: number, ...text: string[]): Block {
  return paragraph({ text: `Điều ${n}. `, bold: true }, ...text)
}

function firstArticle(data: DecisionDocumentData): Block[] {
  const awards = awardsOf(data.lines)
  const scope = `đã có thành tích trong phong trào thi đua năm ${data.year}`
  if (awards.length === 1) return [article(1, `Tặng ${awards[0]} cho ${countByKind(data.lines)} ${scope} (có danh sách kèm theo).`)]
  return [
    article(1, `Tặng thưởng cho ${countByKind(data.lines)} ${scope}, cụ thể như sau (có danh sách kèm theo):`),
    ...awards.map((award, i) => item(`Tặng ${award} cho ${countByKind(data.lines.filter((l) => awardPhrase(l) === award))}${i === awards.length - 1 ? '.' : ';'}`)),
  ]
}

/** One item per award, subject kind and amount: "Giấy khen, cá nhân: 0,3 × 2.340.000 đồng, làm tròn 710.000 đồng (02 cá nhân);". */
function moneyItems(lines: readonly DecisionLine[]): Block[] {
  const paid = lines.filter((l) => l.paid && l.amount !== null)
  const groups = new Map<string, DecisionLine[]>()
  for (const l of paid) {
    const key = `${awardPhrase(l)}|${l.kind}|${l.amount}`
    groups.set(key, [...(groups.get(key) ?? []), l])
  }
  const items = [...groups.values()].map((group) => {
    const l = group[0]!
    const product = `${coefficientText(l.coefficient!)} × ${money(l.baseSalary!)} đồng`
    const rounded = l.unrounded === l.amount ? `${money(l.amount!)} đồng` : `${money(l.unrounded!)} đồng, làm tròn ${money(l.amount!)} đồng`
    return item(`${capitalized(awardPhrase(l))} (${countByKind(group)}): mỗi trường hợp ${product} = ${rounded};`)
  })
  const unpaid = lines.filter((l) => !l.paid)
  const unknown = lines.filter((l) => l.paid && l.amount === null)
  return [
    ...items,
    ...unpaid.map((l) => item(`${l.name} (${awardPhrase(l)}): không nhận tiền thưởng${l.note ? ` — ${uncapitalized(l.note)}` : ''};`)),
    ...unknown.map((l) => item(`${l.name} (${awardPhrase(l)}): chưa xác định mức tiền thưởng;`)),
  ]
}

export function decisionDocument(data: DecisionDocumentData): DocumentModel {
  const { issuer } = data
  const awards = awardsOf(data.lines)
  const bases = data.bases.map((basis, i) => paragraph({ text: `${basis}${i === data.bases.length - 1 ? '.' : ';'}`, italic: true }))
  return {
    header: { track: issuer.track, governingBody: issuer.governingBody, issuer: issuer.heading, number: data.number, symbol: data.symbol, place: issuer.place, date: data.date },
    documentType: 'QUYẾT ĐỊNH',
    title: data.title,
    body: [
      centredBold(issuer.deciderLine),
      ...bases,
      centredBold('QUYẾT ĐỊNH:'),
      ...firstArticle(data),
      article(2, `Kèm theo ${awards.join(', ')} là tiền thưởng theo quy định tại ${data.moneyInstrument}, mức thưởng của từng trường hợp theo danh sách kèm theo:`),
      ...moneyItems(data.lines),
      paragraph(`Tổng số tiền thưởng: ${money(data.total)} đồng, chi từ Quỹ thi đua, khen thưởng của ${issuer.formalName}.`),
      article(3, `Quyết định này có hiệu lực kể từ ngày ký. Văn phòng, bộ phận tài chính – kế toán của ${issuer.formalName}, thủ trưởng các cơ quan, đơn vị có liên quan và ${countByKind(data.lines)} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`),
    ],
    recipients: ['Như Điều 3', 'Lưu: VT'],
    signature: data.signature,
    draft: data.number === null,
    annexes: [decisionAnnex(data)],
  }
}
