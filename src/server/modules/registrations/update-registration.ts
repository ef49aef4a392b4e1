import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadRegistration, registrationLabel } from './registration-access.ts'
import { checkTargets } from './registration-input.ts'
import { findRegistration, updateContent } from './registrations.repository.ts'
import { registrationDetail, type RegistrationDetail } from './registration-view.ts'
import type { UpdateRegistrationInput } from './registrations.schemas.ts'

/** Changes the targets and commitments of a draft or returned registration (with its version). */
export async function updateRegistration(ctx: UseCaseContext, id: string, input: UpdateRegistrationInput): Promise<RegistrationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadRegistration(tx, actor, id, 'registration.write')
    if (input.version !== current.version) throw staleVersion(registrationLabel(current))
    if (current.status !== 'draft' && current.status !== 'returned') {
      throw new AppError('CONFLICT', `${registrationLabel(current)} đã gửi cấp trên, không sửa được nữa.`)
    }
    if (current.consolidated && input.targets) {
      const message = 'Bản tổng hợp lấy số liệu từ các bản đăng ký đã duyệt của đơn vị trực thuộc; hãy tổng hợp lại thay vì sửa tay'
      throw new AppError('VALIDATION', `${message}.`, { targets: message })
    }
    const targets = input.targets ?? current.targets
    const commitments = input.commitments ?? current.commitments
    checkTargets(targets)
    if (!(await updateContent(tx, actor.provinceId, id, { targets, commitments, consolidated: current.consolidated }, input.version))) throw staleVersion(registrationLabel(current))
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'registration', entityId: id, organizationId: current.organizationId,
      summary: `Sửa ${registrationLabel(current).charAt(0).toLowerCase()}${registrationLabel(current).slice(1)}`,
      before: { targets: current.targets, commitments: current.commitments, version: current.version },
      after: { targets, commitments, version: current.version + 1 },
    })
    return registrationDetail(tx, actor, (await findRegistration(tx, actor.provinceId, id))!)
  })
}
