// The catalogue of titles and forms (/api/eligibility/targets), for one kind of subject or all, and as
// Select options grouped by category (Danh hiệu thi đua, Hình thức khen thưởng…); the query keys of evaluations.
import { useQuery } from '@tanstack/react-query'
import { SUBJECT_KINDS, type SubjectKind } from '../../../rules/types.ts'
import { api, toQuery } from '../../api.ts'
import type { Target, TargetList } from '../../types.ts'

/** Evaluations of one subject (every question): refreshed after its history changes. */
export const evaluationKey = (subjectKind: SubjectKind, subjectId: string) => ['evaluation', subjectKind, subjectId] as const

export function useTargets(subjectKind?: SubjectKind, date?: string) {
  return useQuery({
    queryKey: ['eligibility', 'targets', subjectKind ?? 'all', date ?? 'today'],
    queryFn: () => api.get<TargetList>(`/api/eligibility/targets${toQuery({ subjectKind, date })}`),
    staleTime: 10 * 60_000,
  })
}

interface Options {
  /** Add the kinds of subject to each label ("Giấy khen … — cá nhân, tập thể"). */
  withSubjects?: boolean
  /** Titles and forms not in force on the date stay visible but cannot be chosen. */
  disableUnavailable?: boolean
}

export function targetOptions(targets: readonly Target[], { withSubjects = false, disableUnavailable = false }: Options = {}) {
  const groups = new Map<string, { value: string; label: string; disabled: boolean }[]>()
  for (const target of targets) {
    const subjects = withSubjects ? ` — ${target.subjects.map((kind) => SUBJECT_KINDS[kind].toLowerCase()).join(', ')}` : ''
    const unavailable = disableUnavailable && !target.available
    const option = { value: target.code, label: `${target.name}${subjects}${unavailable ? ' (không áp dụng vào ngày xét)' : ''}`, disabled: unavailable }
    groups.set(target.categoryLabel, [...(groups.get(target.categoryLabel) ?? []), option])
  }
  return [...groups].map(([label, options]) => ({ label, title: label, options }))
}

/** "LĐTT" for a code, or the code itself while the catalogue loads. */
export function targetShort(targets: readonly Target[] | undefined, code: string): string {
  return targets?.find((target) => target.code === code)?.short ?? code
}
