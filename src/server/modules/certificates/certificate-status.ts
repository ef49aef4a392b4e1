// The one rule for both changes: only a valid certificate may be reissued or cancelled, at its current version.
import { AppError, staleVersion } from '../../http/errors.ts'
import type { CertificateRecord } from './certificates.repository.ts'

export const certificateLabel = (c: Pick<CertificateRecord, 'code' | 'serial'>) => `Giấy khen số sổ vàng ${c.serial} (mã ${c.code})`

export function assertChangeable(c: CertificateRecord, version: number, action: string): void {
  if (c.status === 'replaced') throw new AppError('CONFLICT', `${certificateLabel(c)} đã được cấp lại; không thể ${action} bản không còn giá trị. Hãy thao tác trên bản cấp lại.`)
  if (c.status === 'cancelled') throw new AppError('CONFLICT', `${certificateLabel(c)} đã bị hủy bỏ, thu hồi (Luật Thi đua, khen thưởng 2022, Điều 93); không thể ${action}.`)
  if (c.version !== version) throw staleVersion(certificateLabel(c))
}
