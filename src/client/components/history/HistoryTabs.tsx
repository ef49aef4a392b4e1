// A subject's whole history in tabs: titles and awards received (with possible duplicates flagged),
// ratings, initiatives, achievements, discipline, pending proceedings, the unit's assessments, and per
// kind of subject a collective's yearly results or a household's exclusions.
import { useQuery } from '@tanstack/react-query'
import { Alert, Tabs, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { WarningFilled } from '@ant-design/icons'
import type { SubjectKind } from '../../../rules/types.ts'
import { api, toQuery } from '../../api.ts'
import type { AwardRecord, DuplicateGroup, SubjectHistoryPage } from '../../types.ts'
import {
  ACHIEVEMENTS_KIND,
  ASSESSMENTS_KIND,
  AWARDS_KIND,
  COLLECTIVE_YEARS_KIND,
  DISCIPLINE_KIND,
  EXCLUSIONS_KIND,
  INITIATIVES_KIND,
  PROCEEDINGS_KIND,
  RATINGS_KIND,
} from './record-kinds.tsx'
import { RecordTab } from './RecordTab.tsx'

/** The duplicate groups of the subject's unit that involve the subject's own registry rows. */
function useSubjectDuplicates(subject: SubjectHistoryPage['subject']) {
  return useQuery({
    queryKey: ['registry', 'duplicates', subject.organizationId, null],
    queryFn: () => api.get<{ groups: DuplicateGroup<AwardRecord>[] }>(`/api/registry/duplicates${toQuery({ organizationId: subject.organizationId })}`),
    select: (data) => data.groups.filter((group) => group.rows.some((row) => row.subjectId === subject.id)),
  })
}

function AwardsTab({ page, canWrite }: { page: SubjectHistoryPage; canWrite: boolean }) {
  const { data: groups = [] } = useSubjectDuplicates(page.subject)
  const reasonsOf = (award: AwardRecord) => groups.filter((group) => group.rows.some((row) => row.id === award.id)).flatMap((group) => group.reasons)
  const duplicateColumn: ColumnsType<AwardRecord> = [
    {
      title: 'Trùng',
      key: 'duplicate',
      width: 70,
      align: 'center',
      render: (_: unknown, award) => {
        const reasons = reasonsOf(award)
        return reasons.length > 0 ? (
          <Tooltip title={reasons.join(' ')}>
            <WarningFilled style={{ color: '#d46b08', fontSize: 16 }} role="img" aria-label={`Có thể trùng: ${reasons.join(' ')}`} data-testid="award-duplicate" />
          </Tooltip>
        ) : null
      },
    },
  ]
  const reasons = [...new Set(groups.flatMap((group) => group.reasons))]
  return (
    <RecordTab
      config={AWARDS_KIND}
      page={page}
      canWrite={canWrite}
      extraColumns={duplicateColumn}
      description={
        reasons.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title="Có thể trùng khen thưởng (một thành tích chỉ khen một lần — Luật TĐKT 2022, Điều 5, khoản 2)"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            }
            data-testid="duplicate-warnings"
          />
        ) : (
          <Typography.Text type="secondary">Danh hiệu, hình thức đã nhận qua các khối chính quyền, Đảng, đoàn thể — mới nhất trước.</Typography.Text>
        )
      }
    />
  )
}

const hint = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>

interface Props {
  page: SubjectHistoryPage
  canWrite: boolean
  activeKey: string | undefined
  onChange: (key: string) => void
}

export function HistoryTabs({ page, canWrite, activeKey, onChange }: Props) {
  const kind: SubjectKind = page.subject.kind
  const label = (text: string, count: number) => `${text} (${count})`
  const tabs = [
    { key: 'khen-thuong', label: label('Khen thưởng', page.awards.length), children: <AwardsTab page={page} canWrite={canWrite} /> },
    ...(kind !== 'household'
      ? [
          {
            key: 'xep-loai',
            label: label('Xếp loại', page.ratings.length),
            children: <RecordTab config={RATINGS_KIND} page={page} canWrite={canWrite} description={hint('Kết quả đánh giá, xếp loại chất lượng hằng năm; đảng viên, tổ chức đảng có thêm xếp loại của Đảng.')} />,
          },
        ]
      : []),
    ...(kind === 'collective'
      ? [
          {
            key: 'ket-qua-nam',
            label: label('Kết quả năm', page.collectiveYears.length),
            children: <RecordTab config={COLLECTIVE_YEARS_KIND} page={page} canWrite={canWrite} description={hint('Số thành viên, số đạt danh hiệu, kỷ luật trong năm: căn cứ xét danh hiệu tập thể.')} />,
          },
        ]
      : []),
    { key: 'sang-kien', label: label('Sáng kiến', page.initiatives.length), children: <RecordTab config={INITIATIVES_KIND} page={page} canWrite={canWrite} description={hint('Mỗi sáng kiến, đề tài chỉ được dùng một lần để xét khen thưởng.')} /> },
    { key: 'thanh-tich', label: label('Thành tích', page.achievements.length), children: <RecordTab config={ACHIEVEMENTS_KIND} page={page} canWrite={canWrite} /> },
    { key: 'ky-luat', label: label('Kỷ luật', page.discipline.length), children: <RecordTab config={DISCIPLINE_KIND} page={page} canWrite={canWrite} description={hint('Trong thời hạn kỷ luật không xét khen thưởng; thời gian thành tích tính sau ngày hết thời hạn.')} /> },
    {
      key: 'dang-xem-xet',
      label: label('Đang xem xét', page.proceedings.length),
      children: <RecordTab config={PROCEEDINGS_KIND} page={page} canWrite={canWrite} description={hint('Đang xem xét kỷ luật, điều tra, thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo: chưa xét khen thưởng.')} />,
    },
    {
      key: 'danh-gia',
      label: label('Đánh giá', page.assessments.length),
      children: <RecordTab config={ASSESSMENTS_KIND} page={page} canWrite={canWrite} description={hint('Tiêu chuẩn định tính do cuộc họp bình xét của đơn vị đánh giá; chưa đánh giá thì kết quả xét là «Chưa xác định».')} />,
    },
    ...(kind === 'household'
      ? [
          {
            key: 'loai-tru',
            label: label('Trường hợp loại trừ', page.exclusions.length),
            children: <RecordTab config={EXCLUSIONS_KIND} page={page} canWrite={canWrite} description={hint('Thành viên vi phạm thuộc các trường hợp không xét danh hiệu Gia đình văn hóa.')} />,
          },
        ]
      : []),
  ]
  return <Tabs activeKey={activeKey ?? 'khen-thuong'} onChange={onChange} items={tabs} data-testid="history-tabs" />
}
