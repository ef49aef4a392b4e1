// Demo honour board (bảng vinh danh), written in the demo seeding's transaction through the honours' own use
// cases, as the commune offices would (each writes its audit rows); after the commendation (seed-commendation.ts),
// whose decision 01/QĐ-UBND of Bắc Sơn the first exemplar rests on:
//   - Bắc Sơn (bacson.vanphong): the primary teacher Giấy khen'd by 01/QĐ-UBND, an advanced exemplar linked to that
//     award and decision (its public page links to the certificate's check); Thôn Kim Sơn's flower road, a good
//     model; a motorbike-taxi driver outside the registry who returned money he found, a good deed (typed name);
//   - Bình Thành (binhthanh.vanphong): the primary principal's digital school record, an initiative; a household
//     of Xóm Đồng Tâm that gave land for the village road, a good deed; and a draft about the health station's
//     doctor, not yet published (never on the public board).
import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import type { Actor } from '../auth/policy.ts'
import type { UseCaseContext } from '../http/route.ts'
import { todayInVietnam } from '../../shared/people.ts'
import { findAccount } from '../modules/accounts/accounts.repository.ts'
import { createExemplar } from '../modules/honours/create-exemplar.ts'
import { publishExemplar } from '../modules/honours/publish-exemplar.ts'
import type { CreateExemplarInput } from '../modules/honours/honours.schemas.ts'
import type { DemoData } from './demo-data.ts'

type Entry = Omit<CreateExemplarInput, 'awardRecordIds'> & { awardRecordIds?: string[] }

export async function seedHonours(db: Db, provinceId: string, data: DemoData, accountIds: ReadonlyMap<string, string>): Promise<void> {
  const org = (key: string) => data.organizationByKey.get(key) ?? fail('organization', key)
  const person = (key: string) => data.personByKey.get(key) ?? fail('person', key)
  const as = async (username: string): Promise<UseCaseContext> => {
    const account = (await findAccount(db, provinceId, accountIds.get(username) ?? fail('account', username)))!
    const actor: Actor = { accountId: account.id, provinceId, username: account.username, displayName: account.displayName, role: account.role, organizationId: account.organizationId, organizationPath: account.organizationPath }
    return { db, actor, requestId: randomUUID() }
  }
  const year = Number(todayInVietnam().slice(0, 4))
  const publish = async (ctx: UseCaseContext, entry: Entry) => {
    const draft = await createExemplar(ctx, { awardRecordIds: [], ...entry })
    return publishExemplar(ctx, draft.id, draft.version)
  }

  // Bắc Sơn: the teacher's Giấy khen of 01/QĐ-UBND (the registry row its issue wrote, with its certificate).
  const bacSon = await as('bacson.vanphong')
  const teacher = person('bacSon:teacherPrimary')
  const [giayKhen] = await db.query<{ id: string; decisionId: string; year: number }>(
    `SELECT r.id, r.decision_id AS "decisionId", r.year FROM award_records r JOIN award_decisions d ON d.province_id = r.province_id AND d.id = r.decision_id
      WHERE r.province_id = $1 AND r.person_id = $2 AND d.status = 'issued' AND d.number = 1 ORDER BY r.created_at LIMIT 1`,
    [provinceId, teacher.id],
  )
  if (!giayKhen) fail('award of decision 01/QĐ-UBND for', teacher.fullName)
  await publish(bacSon, {
    organizationId: org('bacSon').id, kind: 'advanced', subjectKind: 'individual', subjectId: teacher.id, year: giayKhen.year,
    awardRecordIds: [giayKhen.id], decisionId: giayKhen.decisionId,
    title: 'Người thắp lửa ở điểm trường Kim Sơn',
    summary: 'Mở lớp phụ đạo miễn phí buổi tối, giúp 100% học sinh lớp chủ nhiệm hoàn thành chương trình; được Chủ tịch UBND xã tặng Giấy khen.',
    story: [
      `Năm học vừa qua, ${teacher.fullName} chủ nhiệm lớp ghép ở điểm trường Kim Sơn, nơi nhiều em học sinh là con em đồng bào dân tộc thiểu số, bố mẹ đi làm ăn xa.`,
      'Thấy các em chậm đọc, chậm viết, cô mở lớp phụ đạo miễn phí vào các buổi tối trong tuần, tự làm thẻ chữ, sưu tầm truyện tranh để các em mượn về nhà. Nhiều tối mưa, cô đi từng nhà đón các em đến lớp.',
      'Cuối năm học, 100% học sinh lớp cô chủ nhiệm hoàn thành chương trình lớp học, không em nào bỏ học. Cách làm của cô được nhà trường nhân rộng ra các lớp khác trong điểm trường.',
    ].join('\n\n'),
  })
  await publish(bacSon, {
    organizationId: org('bacSon').id, kind: 'model', subjectKind: 'collective', subjectId: org('bacSon:Thôn Kim Sơn').id, year,
    title: 'Mô hình "Đường hoa nông thôn mới" Thôn Kim Sơn',
    summary: 'Bà con góp công, góp cây trồng 3 km đường hoa, mỗi hộ nhận chăm sóc đoạn đường trước cửa nhà.',
    story: [
      'Từ đầu năm, Chi hội Phụ nữ và Chi đoàn thanh niên Thôn Kim Sơn vận động bà con góp cây giống, góp ngày công trồng hoa dọc 3 km đường trục thôn.',
      'Mỗi hộ nhận chăm sóc đoạn đường trước cửa nhà; tổ tự quản họp hằng tháng để phân công nhổ cỏ, thay cây. Con đường trở thành điểm sinh hoạt chung của cả thôn vào các buổi chiều.',
      'Mô hình được Ban Chỉ đạo xây dựng nông thôn mới xã đánh giá cao và đề nghị nhân rộng ra các thôn trong xã.',
    ].join('\n\n'),
  })
  await publish(bacSon, {
    organizationId: org('bacSon').id, kind: 'good_deed', subjectKind: 'named', subjectName: 'Anh Hà Văn Thịnh', subjectUnit: 'Lái xe ôm, Thôn Tân Sơn', year,
    title: 'Trả lại 45 triệu đồng nhặt được cho người đánh rơi',
    summary: 'Nhặt được chiếc túi có 45 triệu đồng và giấy tờ, anh đã nhờ Công an xã tìm và trả lại cho người bị mất.',
    story: [
      'Trên đường chở khách qua cầu Kim Sơn, anh Hà Văn Thịnh nhặt được một chiếc túi vải trong có 45 triệu đồng cùng giấy tờ tùy thân.',
      'Anh mang ngay chiếc túi đến Công an xã nhờ tìm người đánh rơi. Chiều cùng ngày, số tiền đã được trao lại cho một người dân ở xã bên, là tiền bán trâu để lo cho con đi học.',
    ].join('\n\n'),
  })

  // Bình Thành.
  const binhThanh = await as('binhthanh.vanphong')
  const principal = person('binhThanh:principalPrimary')
  await publish(binhThanh, {
    organizationId: org('binhThanh').id, kind: 'initiative', subjectKind: 'individual', subjectId: principal.id, year,
    title: 'Sáng kiến "Học bạ số và sổ liên lạc điện tử" ở Trường Tiểu học Bình Thành',
    summary: 'Chuyển toàn bộ học bạ và sổ liên lạc sang bản điện tử, tiết kiệm giấy in và giúp phụ huynh theo dõi việc học của con hằng tuần.',
    story: [
      `${principal.fullName} đề xuất và tổ chức thực hiện việc chuyển học bạ, sổ liên lạc của học sinh sang bản điện tử ngay từ đầu năm học.`,
      'Giáo viên được tập huấn theo nhóm, phụ huynh được hướng dẫn cài đặt ứng dụng tại các buổi họp lớp. Sau một học kỳ, 96% phụ huynh thường xuyên xem nhận xét của giáo viên, nhà trường giảm đáng kể chi phí in ấn.',
      'Sáng kiến được Hội đồng sáng kiến cấp cơ sở công nhận và áp dụng có hiệu quả tại các trường trong xã.',
    ].join('\n\n'),
  })
  const village = org('binhThanh:Xóm Đồng Tâm')
  const household = data.households.find((h) => h.organizationId === village.id) ?? fail('household of', village.name)
  await publish(binhThanh, {
    organizationId: org('binhThanh').id, kind: 'good_deed', subjectKind: 'household', subjectId: household.id, year,
    title: 'Hiến 120 m² đất mở rộng đường xóm',
    summary: `Hộ ${household.headName} tự nguyện hiến đất, tháo dỡ tường rào để mở rộng đường bê tông Xóm Đồng Tâm.`,
    story: [
      `Khi xóm bàn mở rộng đường bê tông liên xóm, hộ ông ${household.headName} là hộ đầu tiên đăng ký hiến 120 m² đất vườn và tự tháo dỡ tường rào, cổng ngõ.`,
      'Noi gương gia đình ông, 14 hộ khác trên tuyến đường cũng hiến đất; con đường được mở rộng lên 5 m, xe chở nông sản vào tận xóm.',
    ].join('\n\n'),
  })
  const doctor = person('binhThanh:doctor')
  await createExemplar(binhThanh, {
    organizationId: org('binhThanh').id, kind: 'advanced', subjectKind: 'individual', subjectId: doctor.id, year, awardRecordIds: [],
    title: 'Người bác sĩ của Trạm Y tế xã (dự thảo)',
    summary: 'Đang thu thập tư liệu, chưa công bố.',
    story: 'Văn phòng đang xin ý kiến gia đình và Trạm Y tế về nội dung bài viết.',
  })
}

function fail(what: string, key: string): never {
  throw new Error(`demo ${what} ${key} not found`)
}
