// Picks the stored subject an awardee is: the candidates the server found (same name in the officer's
// scope), or any person, household or unit of the scope searched by name.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import type { SubjectKind } from '../../../rules/index.ts'
import type { Candidate } from '../../../server/modules/imports/awardee-matching.ts'
import { api, toQuery } from '../../api.ts'
import { formatDate } from '../../format.ts'
import type { Household, Organization, Page, Person } from '../../types.ts'
import { useDebouncedValue } from '../useDebouncedValue.ts'

interface Props {
  kind: SubjectKind
  candidates: Candidate[]
  value: string | null
  onChange: (subjectId: string | null) => void
  'data-testid'?: string
}

/** "Nguyễn Văn An — 02/05/1988 — Văn phòng HĐND và UBND xã Bình Thành". */
export const candidateLabel = (c: Candidate) => [c.name, c.birthDate && formatDate(c.birthDate), c.organizationName].filter(Boolean).join(' — ')

async function search(kind: SubjectKind, q: string): Promise<Candidate[]> {
  const query = toQuery({ q, pageSize: 20 })
  if (kind === 'individual') {
    const page = await api.get<Page<Person>>(`/api/people${query}`)
    return page.items.map((p) => ({ subjectId: p.id, name: p.fullName, birthDate: p.birthDate, organizationName: p.organizationName }))
  }
  if (kind === 'household') {
    const page = await api.get<Page<Household>>(`/api/households${query}`)
    return page.items.map((h) => ({ subjectId: h.id, name: `Hộ ${h.headName}`, birthDate: null, organizationName: h.organizationName }))
  }
  const page = await api.get<Page<Organization>>(`/api/organizations${query}`)
  return page.items.map((o) => ({ subjectId: o.id, name: o.name, birthDate: null, organizationName: null }))
}

export function SubjectPicker({ kind, candidates, value, onChange, ...rest }: Props) {
  const [text, setText] = useState('')
  const q = useDebouncedValue(text.trim())
  const found = useQuery({ queryKey: ['imports', 'subjects', kind, q], queryFn: () => search(kind, q), enabled: q.length >= 2 })
  // A subject found by a search stays labelled after the search text changes.
  const [picked, setPicked] = useState<Candidate | null>(null)
  const listed = [...candidates, ...(found.data ?? []), ...(picked ? [picked] : [])].filter((c, i, all) => all.findIndex((o) => o.subjectId === c.subjectId) === i)
  const options = listed.map((c) => ({ value: c.subjectId, label: candidateLabel(c) }))
  return (
    <Select
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(next?: string) => {
        setPicked(listed.find((c) => c.subjectId === next) ?? null)
        onChange(next ?? null)
      }}
      options={options}
      allowClear
      loading={found.isFetching}
      placeholder={candidates.length > 0 ? 'Chọn trong danh sách hoặc gõ tên để tìm' : 'Gõ tên để tìm'}
      showSearch={{ filterOption: false, onSearch: setText }}
      notFoundContent={q.length < 2 ? 'Gõ ít nhất 2 chữ để tìm' : found.isFetching ? 'Đang tìm…' : 'Không tìm thấy trong phạm vi của bạn'}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
      style={{ width: '100%', minWidth: 220 }}
    />
  )
}
