// Picks issued plans (parents of a plan, a plan cited as legal basis): searched on the server,
// with the labels of plans already chosen loaded by id.
import { useState } from 'react'
import { useQueries, useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { api, toQuery } from '../../api.ts'
import { useDebouncedValue } from '../useDebouncedValue.ts'
import { campaignDetailKey } from './campaign-queries.ts'
import type { CampaignSummary, Page } from '../../types.ts'

interface Props<V> {
  id?: string
  value?: V
  onChange?: (value: V) => void
  multiple?: boolean
  /** The plan being edited, which cannot be its own parent. */
  excludeId?: string
  placeholder?: string
}

const label = (plan: Pick<CampaignSummary, 'numberAndSymbol' | 'title'>) => `${plan.numberAndSymbol ?? 'Chưa có số'} — ${plan.title}`

export function CampaignSelect<V extends string | string[] | undefined>({ id, value, onChange, multiple, excludeId, placeholder }: Props<V>) {
  const [search, setSearch] = useState('')
  const q = useDebouncedValue(search)
  const { data, isFetching } = useQuery({
    queryKey: ['campaigns', 'options', q],
    queryFn: () => api.get<Page<CampaignSummary>>(`/api/campaigns${toQuery({ q, pageSize: 30 })}`),
  })
  const chosen = Array.isArray(value) ? value : value ? [value] : []
  const found = (data?.items ?? []).filter((plan) => plan.status !== 'draft' && plan.id !== excludeId)
  const missing = chosen.filter((planId) => !found.some((plan) => plan.id === planId))
  const chosenPlans = useQueries({
    queries: missing.map((planId) => ({
      queryKey: campaignDetailKey(planId),
      queryFn: () => api.get<CampaignSummary>(`/api/campaigns/${planId}`),
      staleTime: 60_000,
    })),
  })
  const options = [
    ...found.map((plan) => ({ value: plan.id, label: label(plan) })),
    ...missing.map((planId, index) => {
      const plan = chosenPlans[index]?.data
      return { value: planId, label: plan ? label(plan) : 'Đang tải…' }
    }),
  ]
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={(next) => onChange?.(next as V)}
      options={options}
      loading={isFetching}
      allowClear
      placeholder={placeholder ?? 'Gõ số hoặc trích yếu để tìm kế hoạch đã ban hành'}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={isFetching ? 'Đang tìm…' : 'Không tìm thấy kế hoạch'}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(640px, 95vw)' } } }}
      style={{ width: '100%' }}
    />
  )
}
