// Picks a reporting period of a plan (sơ kết of a phase, tổng kết), with its due date; periods not yet open can be
// shown disabled (a report cannot be written for them yet).
import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { api } from '../../api.ts'
import { formatDate } from '../../format.ts'
import { REPORTS_KEY, type PlanPeriods } from './report-ui.ts'

export const usePlanPeriods = (campaignId: string | undefined) =>
  useQuery({
    queryKey: [...REPORTS_KEY, 'periods', campaignId],
    queryFn: () => api.get<PlanPeriods>(`/api/reports/periods?campaignId=${campaignId}`),
    enabled: !!campaignId,
  })

interface Props {
  campaignId: string | undefined
  value?: string
  onChange?: (value: string | undefined) => void
  /** Disable the periods that have not started. */
  onlyOpen?: boolean
  id?: string
  'data-testid'?: string
}

export function PeriodSelect({ campaignId, value, onChange, onlyOpen, id, ...rest }: Props) {
  const { data, isFetching } = usePlanPeriods(campaignId)
  return (
    <Select
      id={id}
      allowClear
      value={value}
      onChange={(next?: string) => onChange?.(next)}
      loading={isFetching}
      disabled={!campaignId}
      placeholder={campaignId ? 'Kỳ báo cáo' : 'Chọn kế hoạch trước'}
      aria-label="Kỳ báo cáo"
      data-testid={rest['data-testid']}
      options={(data?.periods ?? []).map((p) => ({
        value: p.id,
        label: `${p.name}${p.due ? ` — hạn ${formatDate(p.due)}` : ' — chưa có hạn'}${onlyOpen && p.notOpen ? ' (chưa bắt đầu)' : ''}`,
        disabled: onlyOpen && p.notOpen !== null,
      }))}
      style={{ width: '100%' }}
    />
  )
}
