// A person of the registry, searched by name without accents (/api/people, the caller's scope).
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { api, toQuery } from '../../api.ts'
import type { Page, Person } from '../../types.ts'
import { useDebouncedValue } from '../useDebouncedValue.ts'

export function PersonSearch({ value, onChange, onPick }: { value?: string | null; onChange?: (id: string | null) => void; onPick?: (person: Person | null) => void }) {
  const [search, setSearch] = useState('')
  const q = useDebouncedValue(search, 300)
  const { data, isFetching } = useQuery({ queryKey: ['people', 'event-search', q], queryFn: () => api.get<Page<Person>>(`/api/people${toQuery({ q, pageSize: 20 })}`), enabled: q.trim() !== '' })
  const people = data?.items ?? []
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value ?? undefined}
      onChange={(id?: string) => {
        onChange?.(id ?? null)
        onPick?.(people.find((p) => p.id === id) ?? null)
      }}
      options={people.map((p) => ({ value: p.id, label: `${p.fullName} — ${[p.position, p.organizationName].filter(Boolean).join(', ')}` }))}
      loading={isFetching}
      placeholder="Tìm cá nhân theo họ tên (không cần dấu)"
      notFoundContent={q.trim() === '' ? 'Gõ họ tên để tìm' : 'Không tìm thấy'}
      data-testid="attendee-person"
    />
  )
}
