// The review table shared by the cards that turn the people, collectives and households a document names
// into records (registry entries from a decision, nomination drafts from a proposal): for each row a
// checkbox (locked while something is missing, saying what), who the document names, the title or form
// from the catalogue, and the match with the officer's scope (picked among namesakes or searched). Each
// card adds its own columns and owns the choices; the table only reports changes.
import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Checkbox, Flex, Select, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { SUBJECT_KINDS, type SubjectKind } from '../../../rules/types.ts'
import type { CatalogueCode } from '../../../rules/index.ts'
import type { Target } from '../../../server/modules/eligibility/list-targets.ts'
import type { AwardeeMatch } from '../../../server/modules/imports/awardee-matching.ts'
import { api } from '../../api.ts'
import { formatDate } from '../../format.ts'
import { labelMatches } from '../select-filter.ts'
import { MATCH_TAGS } from './decision-review.ts'
import { SubjectPicker } from './SubjectPicker.tsx'

export interface ReviewRow {
  index: number
  awardee: { name: string }
  identity: { kind: SubjectKind; position: string | null; organization: string | null; birthDate?: string | null }
  proposed: { subjectKind: SubjectKind }
  match: AwardeeMatch
}

export interface ReviewChoice {
  include: boolean
  subjectId: string | null
}

interface Props<R extends ReviewRow, C extends ReviewChoice> {
  rows: R[]
  choices: ReadonlyMap<number, C>
  /** A change to one row's choice. */
  onChange: (index: number, change: (choice: C) => C) => void
  /** What stops the row, or null. */
  problemOf: (choice: C) => string | null
  /** The choice once another subject is picked (or cleared). */
  withSubject: (choice: C, subjectId: string | null) => C
  include: { title: string; ariaLabel: (name: string) => string }
  awardeeTitle: string
  code: {
    title: string
    width: number
    placeholder: string
    get: (choice: C) => CatalogueCode | null
    set: (row: R, choice: C, code: CatalogueCode | null) => C
    /** Shown under the select (the name as written, the form read…). */
    extra?: (row: R, choice: C) => ReactNode
  }
  afterAwardee?: ColumnsType<R>
  afterCode?: ColumnsType<R>
  afterMatch?: ColumnsType<R>
  /** data-testid prefixes of each row's controls: `${prefix}include-3`, `${prefix}${codeTestId}-3`… */
  testIdPrefix: string
  codeTestId: string
  scrollX: number
  'data-testid': string
}

const birth = (date: string) => `sinh ${date.length === 4 ? `năm ${date}` : formatDate(date)}`

export function AwardeeReviewTable<R extends ReviewRow, C extends ReviewChoice>(props: Props<R, C>) {
  const { rows, choices, onChange, problemOf, withSubject, include, code, testIdPrefix: prefix } = props
  const targets = useQuery({ queryKey: ['eligibility', 'targets'], queryFn: () => api.get<{ items: Target[] }>('/api/eligibility/targets'), staleTime: Infinity })

  const columns: ColumnsType<R> = [
    {
      title: include.title,
      key: 'include',
      width: 56,
      render: (_, row) => {
        const choice = choices.get(row.index)
        const problem = choice ? problemOf(choice) : null
        return (
          <Tooltip title={problem}>
            <Checkbox
              aria-label={include.ariaLabel(row.awardee.name)}
              checked={choice?.include ?? false}
              disabled={!choice || problem !== null}
              onChange={(e) => onChange(row.index, (c) => ({ ...c, include: e.target.checked }))}
              data-testid={`${prefix}include-${row.index}`}
            />
          </Tooltip>
        )
      },
    },
    {
      title: props.awardeeTitle,
      key: 'awardee',
      width: 250,
      render: (_, row) => (
        <Flex vertical gap={2}>
          <span>
            {row.awardee.name} <Tag>{SUBJECT_KINDS[row.identity.kind]}</Tag>
          </span>
          {[row.identity.position, row.identity.organization, row.identity.birthDate && birth(row.identity.birthDate)].filter(Boolean).map((text) => (
            <Typography.Text key={text as string} type="secondary">
              {text}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    ...(props.afterAwardee ?? []),
    {
      title: code.title,
      key: 'code',
      width: code.width,
      render: (_, row) => {
        const choice = choices.get(row.index)
        if (!choice) return null
        const options = (targets.data?.items ?? []).filter((t) => t.subjects.includes(row.proposed.subjectKind)).map((t) => ({ value: t.code, label: t.name }))
        return (
          <Flex vertical gap={4}>
            <Select<CatalogueCode>
              value={code.get(choice) ?? undefined}
              onChange={(next?: CatalogueCode) => onChange(row.index, (c) => code.set(row, c, next ?? null))}
              options={options}
              allowClear
              placeholder={code.placeholder}
              showSearch={{ filterOption: labelMatches }}
              loading={targets.isPending}
              popupMatchSelectWidth={false}
              styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
              style={{ width: '100%' }}
              data-testid={`${prefix}${props.codeTestId}-${row.index}`}
            />
            {code.extra?.(row, choice)}
          </Flex>
        )
      },
    },
    ...(props.afterCode ?? []),
    {
      title: 'Đối chiếu',
      key: 'match',
      width: 300,
      render: (_, row) => {
        const tag = MATCH_TAGS[row.match.status]
        return (
          <Flex vertical gap={4}>
            <span>
              <Tag color={tag.color} data-testid={`${prefix}match-${row.index}`}>
                {tag.label}
              </Tag>
            </span>
            <SubjectPicker
              kind={row.proposed.subjectKind}
              candidates={row.match.candidates}
              value={choices.get(row.index)?.subjectId ?? null}
              onChange={(subjectId) => onChange(row.index, (c) => withSubject(c, subjectId))}
              data-testid={`${prefix}subject-${row.index}`}
            />
          </Flex>
        )
      },
    },
    ...(props.afterMatch ?? []),
  ]
  return <Table<R> rowKey="index" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: props.scrollX }} data-testid={props['data-testid']} />
}
