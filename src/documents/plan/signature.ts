// The signature block from the plan's signer (law.md §8.3 signing conventions): state documents
// write "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; Party documents (HD 36-HD/VPTW) "T/M ĐẢNG ỦY", "K/T BÍ THƯ".
import { SIGNATURE_MODES, type PlanContent } from '../../shared/campaign-plan.ts'
import type { SignatureBlock } from '../document-model.ts'

type Signer = PlanContent['signer']
type Mode = Signer['mode']

const PARTY_MODES: Record<Mode, string> = { TM: 'T/M', KT: 'K/T', Q: 'Q.', TL: 'T/L', TUQ: 'T/UQ', none: '' }

export function signatureBlock(signer: Signer, track: 'state' | 'party'): SignatureBlock {
  const prefix = track === 'party' ? PARTY_MODES[signer.mode] : SIGNATURE_MODES[signer.mode]
  const title = signer.title.toLocaleUpperCase('vi')
  const onBehalfOf = signer.onBehalfOf?.toLocaleUpperCase('vi') ?? ''
  // An acting head signs under the title itself: "Q. CHỦ TỊCH".
  if (signer.mode === 'Q') return { authorityLines: [], title: `${prefix} ${title}`, name: signer.name }
  const authorityLines = prefix && onBehalfOf ? [`${prefix} ${onBehalfOf}`] : []
  return { authorityLines, title, name: signer.name }
}
