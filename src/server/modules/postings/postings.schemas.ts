// Request schemas of the public posting API (công khai danh sách đề nghị khen thưởng), each field labelled in Vietnamese.
import { z } from 'zod'
import { isoDate, optionalText, pageQuery, requiredText, uuid, version } from '../../../shared/schemas.ts'
import { longText } from '../nominations/nominations.schemas.ts'

export const createPostingBody = z
  .object({
    organizationId: uuid('Cơ quan công khai'),
    title: requiredText('Tiêu đề', 500),
    startsOn: isoDate('Ngày bắt đầu công khai'),
    endsOn: isoDate('Ngày kết thúc công khai'),
    nominationIds: z.array(uuid('Đề nghị')).max(500, 'tối đa 500 đề nghị một danh sách').optional().describe('Các đề nghị công khai'),
    sessionId: uuid('Phiên họp Hội đồng').optional(),
  })
  .superRefine((body, ctx) => {
    if (body.endsOn < body.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'không được trước ngày bắt đầu công khai' })
    if (body.sessionId && body.nominationIds?.length) {
      ctx.addIssue({ code: 'custom', path: ['sessionId'], message: 'chọn các đề nghị hoặc một phiên họp Hội đồng, không chọn cả hai' })
    }
    if (!body.sessionId && !body.nominationIds?.length) ctx.addIssue({ code: 'custom', path: ['nominationIds'], message: 'chưa chọn đề nghị nào' })
    if (body.nominationIds && new Set(body.nominationIds).size !== body.nominationIds.length) {
      ctx.addIssue({ code: 'custom', path: ['nominationIds'], message: 'một đề nghị được chọn hai lần' })
    }
  })

export const listPostingsQuery = z.object({
  withdrawn: z.enum(['true', 'false']).optional().describe('Gồm cả danh sách đã thu hồi'),
  ...pageQuery,
})

export const commentParams = z.object({ id: uuid('Danh sách công khai'), commentId: uuid('Góp ý') })

export const resolveCommentBody = z.object({ resolution: longText('Kết quả xử lý', 4000) })

export const withdrawPostingBody = z.object({ version, reason: requiredText('Lý do thu hồi', 1000) })

/** A comment from the public (no account). website is a honeypot: people never see it, robots fill it. */
export const publicCommentBody = z.object({
  authorName: requiredText('Họ và tên', 200),
  authorContact: optionalText('Điện thoại hoặc email', 200),
  nominationId: uuid('Đối tượng góp ý').nullable().optional(),
  content: longText('Nội dung góp ý', 4000),
  website: z.string().max(500).optional().describe('Trang web'),
})

export type CreatePostingInput = z.output<typeof createPostingBody>
export type ListPostingsQuery = z.output<typeof listPostingsQuery>
export type PublicCommentInput = z.output<typeof publicCommentBody>
