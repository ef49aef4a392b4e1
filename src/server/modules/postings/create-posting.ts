// The officer posts a proposed list (công khai danh sách): nominations the council passed, chosen one by one or
// all those a closed council session passed, open to the public's comments from starts_on to ends_on.
import { randomUUID } from 'node:crypto'
import { vietnameseDate } from '../../../shared/campaign-plan-checks.ts'
import { NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import { assertCan, inScope } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, forbidden } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { nominationLabel } from '../nominations/nomination-status.ts'
import { findNominations } from '../nominations/nominations.repository.ts'
import { postingDetail, type PostingDetail } from './posting-view.ts'
import { findClosedSessions, findPosting, insertPosting } from './postings.repository.ts'
import type { CreatePostingInput } from './postings.schemas.ts'

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message })

export async function createPosting(ctx: UseCaseContext & { config: { publicUrl: string } }, input: CreatePostingInput): Promise<PostingDetail> {
  const { db, actor } = ctx
  const org = await findOrganization(db, actor.provinceId, input.organizationId)
  if (!org) throw invalid('organizationId', 'Cơ quan công khai: không tồn tại')
  assertCan(actor, 'posting.manage', org.path)

  let nominationIds = input.nominationIds ?? []
  if (input.sessionId) {
    const [session] = await findClosedSessions(db, actor.provinceId, { scopePath: actor.organizationPath, sessionId: input.sessionId })
    if (!session) throw invalid('sessionId', 'Phiên họp Hội đồng: không tồn tại hoặc chưa kết thúc bỏ phiếu')
    assertCan(actor, 'posting.manage', session.organizationPath)
    if (session.passedNominationIds.length === 0) throw invalid('sessionId', `Phiên họp Hội đồng «${session.title}»: không có đề nghị nào được thông qua`)
    nominationIds = session.passedNominationIds
  }

  const found = new Map((await findNominations(db, actor.provinceId, nominationIds)).map((n) => [n.id, n]))
  const problems: string[] = []
  for (const id of nominationIds) {
    const n = found.get(id)
    if (!n) problems.push(`Đề nghị ${id}: không tồn tại`)
    else if (!inScope(actor, n.nominatingOrganizationPath)) throw forbidden(`${nominationLabel(n)}: thuộc đơn vị ngoài phạm vi quản lý của bạn.`)
    else if (n.status !== 'passed') problems.push(`${nominationLabel(n)}: đang ở trạng thái «${NOMINATION_STATUS_LABELS[n.status]}», chỉ công khai đề nghị đã được Hội đồng thông qua`)
  }
  if (problems.length > 0) throw new AppError('VALIDATION', `Các đề nghị công khai: ${problems.join('; ')}`, { nominationIds: problems.join('; ') })

  const id = randomUUID()
  return db.transaction(async (tx) => {
    await insertPosting(tx, actor.provinceId, {
      id, organizationId: org.id, sessionId: input.sessionId ?? null, title: input.title, startsOn: input.startsOn, endsOn: input.endsOn,
      createdBy: actor.accountId, nominationIds,
    })
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'public_posting', entityId: id, organizationId: org.id,
      summary: `Công khai danh sách «${input.title}» (${nominationIds.length} đề nghị) từ ${vietnameseDate(input.startsOn)} đến hết ${vietnameseDate(input.endsOn)}`,
      after: { title: input.title, startsOn: input.startsOn, endsOn: input.endsOn, sessionId: input.sessionId ?? null, nominationIds },
    })
    return postingDetail(tx, actor.provinceId, (await findPosting(tx, actor.provinceId, id))!, ctx.config.publicUrl)
  })
}
