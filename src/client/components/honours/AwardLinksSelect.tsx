// The registry awards of the chosen subject, to link to the story (cancelled ones cannot be chosen).
import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { api } from '../../api.ts'
import { formatDate } from '../../format.ts'
import type { AwardRecord } from '../../types.ts'
import type { ExemplarSubjectKind } from './honour-ui.ts'

interface Props {
  subjectKind: ExemplarSubjectKind
  subjectId: string | null | undefined
  value?: string[]
  onChange?: (value: string[]) => void
  id?: string
}

const awardLabel = (a: AwardRecord) =>
  [`${a.name} (${a.year})`, a.decisionNumber && `QĐ ${a.decisionNumber}`, a.decisionDate && formatDate(a.decisionDate), a.revokedOn && 'đã hủy bỏ'].filter(Boolean).join(' — ')

export function AwardLinksSelect({ subjectKind, subjectId, value, onChange, id }: Props) {
  const enabled = subjectKind !== 'named' && !!subjectId
  const awards = useQuery({
    queryKey: ['registry', 'subject', subjectKind, subjectId],
    queryFn: () => api.get<{ awards: AwardRecord[] }>(`/api/registry/${subjectKind}/${subjectId}`),
    enabled,
  })
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      disabled={!enabled}
      loading={awards.isFetching}
      placeholder={enabled ? 'Chọn khen thưởng trong sổ (không bắt buộc)' : 'Chọn đối tượng trong danh sách trước'}
      options={(awards.data?.awards ?? []).map((a) => ({ value: a.id, label: awardLabel(a), disabled: a.revokedOn !== null }))}
      notFoundContent="Sổ khen thưởng chưa ghi khen thưởng nào của đối tượng này"
      data-testid="exemplar-awards-select"
      style={{ width: '100%' }}
    />
  )
}
