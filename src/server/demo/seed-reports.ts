// Demo progress reports (báo cáo sơ kết) under the provincial plan 141/KH-UBND: Bình Thành's units report on the
// interim phase (Đợt 1, sơ kết) of the commune's plan answering 141, so the commune's compiled sơ kết has figures.
// Written in the demo seeding's transaction through the reports' own use cases, as the demo accounts would (each
// writes its history and audit rows):
//   - the primary school (binhthanh.truongtieuhoc) reported and the commune officer (binhthanh.vanphong) accepted
//     it; the officer also entered and accepted Xóm Đồng Tâm's and Xóm Làng Mới's paper reports;
//   - the lower secondary school's report is submitted and awaits the officer;
//   - the health station has not reported: "Chưa nộp" lists it (with the other units) and it was reminded once;
//   - the officer has begun the commune's own narrative of the compiled sơ kết.
// The plan's phases and criteria come from withReportingPhases (seed-campaigns.ts applies it to Bình Thành's plan).
import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import type { Actor } from '../auth/policy.ts'
import type { UseCaseContext } from '../http/route.ts'
import type { PlanContent } from '../../shared/campaign-plan.ts'
import { emptyNarrative, type ReportContent, type ReportResult } from '../../shared/reports.ts'
import { findAccount } from '../modules/accounts/accounts.repository.ts'
import { searchCampaigns } from '../modules/campaigns/campaigns.repository.ts'
import { createReport } from '../modules/reports/create-report.ts'
import { remindReport } from '../modules/reports/remind-report.ts'
import { reviewReport } from '../modules/reports/review-report.ts'
import { saveCompiledNarrative } from '../modules/reports/save-narrative.ts'
import { submitReport } from '../modules/reports/submit-report.ts'
import { updateReport } from '../modules/reports/update-report.ts'
import type { ReportDetail } from '../modules/reports/report-view.ts'
import type { DemoData } from './demo-data.ts'

/** The phase the demo reports on: Đợt 1 of Bình Thành's plan, closed by sơ kết. */
export const DEMO_REPORT_PERIOD = 'dot-1'

/**
 * Bình Thành's plan once it implements 141/KH-UBND: the campaign runs, like 141's, from the plan's issue until the
 * 14th Party Congress; Đợt 1 (to 30/6/2026) is closed by a sơ kết due 15/7/2026, Đợt 2 by the tổng kết due 15 days
 * after the congress (the event 141 dates, journey A4); the collectives are judged on four criteria.
 */
export function withReportingPhases(content: PlanContent): PlanContent {
  return {
    ...content,
    period: { from: { kind: 'date', date: '2025-11-25' }, to: { kind: 'event', eventId: 'dai-hoi-xiv', offsetDays: 0 }, asWritten: 'từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng' },
    phases: [
      {
        id: DEMO_REPORT_PERIOD, name: 'Đợt 1', from: '2025-11-25', to: '2026-06-30', asWritten: 'Đợt 1: Từ khi ban hành Kế hoạch đến ngày 30/6/2026',
        review: { kind: 'interim', due: { kind: 'date', date: '2026-07-15' }, asWritten: 'Các cơ quan, đơn vị, các xóm gửi báo cáo sơ kết Đợt 1 về UBND xã trước ngày 15/7/2026.' },
      },
      {
        id: 'dot-2', name: 'Đợt 2', from: '2026-07-01', to: '2026-12-31', asWritten: 'Đợt 2: Từ ngày 01/7/2026 đến khi tổ chức thành công Đại hội XIV của Đảng',
        review: { kind: 'final', due: { kind: 'event', eventId: 'dai-hoi-xiv', offsetDays: 15 }, asWritten: 'Gửi báo cáo tổng kết về UBND xã chậm nhất 15 ngày sau Đại hội.' },
      },
    ],
    targetGroups: content.targetGroups.map((g) => (g.id !== 'tap-the' ? g : {
      ...g,
      criteria: [
        'Hoàn thành vượt mức các chỉ tiêu phát triển kinh tế - xã hội năm 2025 được giao',
        'Giảm nghèo bền vững: không phát sinh hộ nghèo mới, giúp hộ nghèo, hộ cận nghèo thoát nghèo',
        'Xóa nhà tạm, nhà dột nát; xây dựng đường giao thông nông thôn',
        'Đẩy mạnh chuyển đổi số, cải cách hành chính',
      ],
    })),
  }
}

const result = (criterionKey: string | null, criterion: string, measure: string | null, value: number | null, parts: [string, number][] = [], text: string | null = null): ReportResult =>
  ({ criterionKey, criterion, measure, value, parts: parts.map(([label, v]) => ({ label, value: v })), text })

const narrative = (results: string, shortcomings: string, direction: string) => ({ ...emptyNarrative(), results, shortcomings, direction })

const REPORTS: Record<string, ReportContent> = {
  'binhThanh:tieuhoc': {
    results: [
      result('tap-the#0', '', null, null, [], 'Hoàn thành 100% kế hoạch năm học; tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99,6%.'),
      result('tap-the#3', '', 'số hồ sơ học sinh được số hóa', 412, [['học bạ số', 380]]),
      result(null, 'Học sinh đạt giải các cuộc thi', 'số học sinh', 27, [['cấp tỉnh', 4]]),
    ],
    sections: narrative(
      'Nhà trường quán triệt Kế hoạch đến 100% cán bộ, giáo viên; phát động thi đua "Dạy tốt - học tốt" gắn với chuyển đổi số.',
      'Cơ sở vật chất phòng học bộ môn còn thiếu; một số phụ huynh chưa sử dụng sổ liên lạc điện tử.',
      'Hoàn thành số hóa học bạ toàn trường; duy trì trường chuẩn quốc gia mức độ 1.',
    ),
    models: ['Mô hình «Cổng trường an toàn giao thông»'],
    initiatives: ['Sổ liên lạc điện tử kết nối phụ huynh'],
  },
  'binhThanh:Xóm Đồng Tâm': {
    results: [
      result('tap-the#1', '', 'số hộ thoát nghèo', 5, [['hộ có người cao tuổi', 2]]),
      result('tap-the#2', '', 'mét đường bê tông', 500, [['nhân dân hiến đất, đóng góp', 320]]),
      result('tap-the#2', '', 'số nhà tạm được xóa', 2),
    ],
    sections: narrative('Nhân dân trong xóm tích cực hiến đất, góp công làm đường bê tông nội xóm.', 'Còn 3 hộ cận nghèo có nguy cơ tái nghèo.', 'Phấn đấu không còn hộ nghèo vào cuối năm 2026.'),
    models: ['Mô hình «Xóm sáng - xanh - sạch - đẹp»'],
    initiatives: [],
  },
  'binhThanh:Xóm Làng Mới': {
    results: [
      result('tap-the#1', '', 'số hộ thoát nghèo', 3),
      result('tap-the#2', '', 'mét đường bê tông', 250),
    ],
    sections: narrative('Xóm hoàn thành làm 250 m đường bê tông và giúp 3 hộ thoát nghèo.', 'Nguồn lực xã hội hóa còn hạn chế.', 'Tiếp tục vận động nhân dân đóng góp xây dựng nông thôn mới.'),
    models: [],
    initiatives: ['Tổ tự quản «Đường hoa xóm Làng Mới»'],
  },
  'binhThanh:thcs': {
    results: [result('tap-the#3', '', 'số hồ sơ học sinh được số hóa', 356), result(null, 'Học sinh lớp 9 tốt nghiệp', 'tỷ lệ (%)', 99)],
    sections: narrative('Nhà trường duy trì trường chuẩn quốc gia mức độ 1.', 'Tỷ lệ học sinh khá, giỏi môn Toán chưa cao.', 'Nâng cao chất lượng giáo dục mũi nhọn.'),
    models: [],
    initiatives: [],
  },
}

export async function seedReports(db: Db, provinceId: string, data: DemoData, accountIds: ReadonlyMap<string, string>): Promise<void> {
  const org = (key: string) => data.organizationByKey.get(key) ?? fail('organization', key)
  const as = async (username: string): Promise<UseCaseContext> => {
    const account = (await findAccount(db, provinceId, accountIds.get(username) ?? fail('account', username)))!
    const actor: Actor = { accountId: account.id, provinceId, username: account.username, displayName: account.displayName, role: account.role, organizationId: account.organizationId, organizationPath: account.organizationPath }
    return { db, actor, requestId: randomUUID() }
  }
  const plan = (await searchCampaigns(db, provinceId, { scopePath: org('binhThanh').path, status: 'running', q: null, issuerId: org('binhThanh').id, year: null, limit: 1, offset: 0 })).items[0]
    ?? fail('campaign', 'Bình Thành\'s plan answering 141/KH-UBND')
  const school = await as('binhthanh.truongtieuhoc')
  const office = await as('binhthanh.vanphong')

  const write = async (ctx: UseCaseContext, unit: string): Promise<ReportDetail> => {
    const draft = await createReport(ctx, { organizationId: org(unit).id, campaignId: plan.id, periodId: DEMO_REPORT_PERIOD })
    const content = REPORTS[unit]!
    return submitReport(ctx, draft.id, (await updateReport(ctx, draft.id, { version: draft.version, content })).version)
  }
  const accept = (r: ReportDetail) => reviewReport(office, r.id, { version: r.version, outcome: 'accepted' })

  await accept(await write(school, 'binhThanh:tieuhoc'))
  await accept(await write(office, 'binhThanh:Xóm Đồng Tâm'))
  await accept(await write(office, 'binhThanh:Xóm Làng Mới'))
  await write(office, 'binhThanh:thcs')
  await remindReport(office, { organizationId: org('binhThanh:tramyte').id, campaignId: plan.id, periodId: DEMO_REPORT_PERIOD, note: 'Đề nghị Trạm Y tế gửi báo cáo sơ kết Đợt 1.' })
  await saveCompiledNarrative(office, {
    organizationId: org('binhThanh').id, campaignId: plan.id, periodId: DEMO_REPORT_PERIOD, version: null,
    sections: {
      ...emptyNarrative(),
      results: 'Sau 7 tháng triển khai Kế hoạch, các cơ quan, đơn vị và các xóm trên địa bàn xã đã tổ chức phát động, đăng ký thi đua, tạo khí thế thi đua sôi nổi lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
    },
  })
}

function fail(what: string, key: string): never {
  throw new Error(`demo ${what} ${key} not found`)
}
