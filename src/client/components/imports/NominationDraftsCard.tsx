// "Tạo dự thảo đề nghị khen thưởng": the people, collectives and households a proposal (tờ trình) or an
// achievement report (báo cáo thành tích) proposes, matched in the officer's scope (POST
// /api/imports/preview-nomination), reviewed row by row — the subject (matched, picked among namesakes or
// searched), the title or form, the achievement — with the nominating unit, the campaign and the year,
// then created in one go (POST /api/imports/apply-nomination), with what was created and what was skipped.
import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { useMutation, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select, Table, Tag, Tooltip, Typography, type FormInstance } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { FileAddOutlined, SyncOutlined } from '@ant-design/icons'
import type { ParsedDocument } from '../../../documents/parse/index.ts'
import { SUBJECT_KINDS } from '../../../rules/types.ts'
import type { CatalogueCode } from '../../../rules/index.ts'
import type { Target } from '../../../server/modules/eligibility/list-targets.ts'
import type { AppliedNomination } from '../../../server/modules/imports/apply-nomination.ts'
import type { NominationPreview, NominationPreviewRow } from '../../../server/modules/imports/preview-nomination.ts'
import { api, toApiError } from '../../api.ts'
import { labelMatches } from '../select-filter.ts'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { CampaignSelect } from '../campaigns/CampaignSelect.tsx'
import { fromReviewValues, toReviewValues, type ReviewValues } from './parsed-form.ts'
import { MATCH_TAGS, previewBody } from './decision-review.ts'
import { changeChoice, chosenNominations, initialNominationChoices, nominationProblem, nominationResult, type NominationChoice } from './nomination-review.ts'
import { SubjectPicker } from './SubjectPicker.tsx'

interface Props {
  form: FormInstance<ReviewValues>
  document: ParsedDocument
  fileName: string
  defaultOrganizationId: string
}

export function NominationDraftsCard({ form, document, fileName, defaultOrganizationId }: Props) {
  const [fields, setFields] = useState(() => fromReviewValues(toReviewValues(document)))
  const preview = useQuery({
    queryKey: ['imports', 'preview-nomination', fields],
    queryFn: () => api.post<NominationPreview>('/api/imports/preview-nomination', previewBody(fields, document)),
  })
  const targets = useQuery({ queryKey: ['eligibility', 'targets'], queryFn: () => api.get<{ items: Target[] }>('/api/eligibility/targets'), staleTime: Infinity })
  const [choices, setChoices] = useState<Map<number, NominationChoice>>(new Map())
  const [organizationId, setOrganizationId] = useState<string | undefined>(defaultOrganizationId)
  const [campaignId, setCampaignId] = useState<string | undefined>(undefined)
  const rows = preview.data?.rows ?? []
  const [year, setYear] = useState<number | null>(null)
  useEffect(() => {
    if (!preview.data) return
    setChoices(initialNominationChoices(preview.data.rows))
    setYear((current) => current ?? preview.data.rows.find((r) => r.proposed.year !== null)?.proposed.year ?? new Date().getFullYear())
  }, [preview.data])
  const chosen = chosenNominations(rows, choices)
  const apply = useMutation({
    mutationFn: (sent: typeof chosen) =>
      api.post<AppliedNomination>('/api/imports/apply-nomination', { fileName, nominatingOrganizationId: organizationId, campaignId: campaignId ?? null, year, rows: sent.map((c) => c.body) }),
  })
  const [sent, setSent] = useState<typeof chosen>([])
  const update = (index: number, change: Partial<Omit<NominationChoice, 'include'>> | { include: boolean }) => {
    setChoices((current) => {
      const choice = current.get(index)!
      const next = 'include' in change ? { ...choice, include: change.include } : changeChoice(choice, change)
      return new Map(current).set(index, next)
    })
    apply.reset()
  }

  const columns: ColumnsType<NominationPreviewRow> = [
    {
      title: 'Tạo',
      key: 'include',
      width: 56,
      render: (_, row) => {
        const choice = choices.get(row.index)
        const problem = choice ? nominationProblem(choice) : null
        return (
          <Tooltip title={problem}>
            <Checkbox
              aria-label={`Tạo đề nghị: ${row.awardee.name}`}
              checked={choice?.include ?? false}
              disabled={!choice || problem !== null}
              onChange={(e) => update(row.index, { include: e.target.checked })}
              data-testid={`nomination-include-${row.index}`}
            />
          </Tooltip>
        )
      },
    },
    {
      title: 'Người, tập thể được đề nghị',
      key: 'awardee',
      width: 240,
      render: (_, row) => (
        <Flex vertical gap={2}>
          <span>
            {row.awardee.name} <Tag>{SUBJECT_KINDS[row.identity.kind]}</Tag>
          </span>
          {[row.identity.position, row.identity.organization].filter(Boolean).map((text) => (
            <Typography.Text key={text as string} type="secondary">
              {text}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      title: 'Danh hiệu, hình thức đề nghị',
      key: 'target',
      width: 260,
      render: (_, row) => {
        const choice = choices.get(row.index)
        if (!choice) return null
        const options = (targets.data?.items ?? []).filter((t) => t.subjects.includes(row.proposed.subjectKind)).map((t) => ({ value: t.code, label: t.name }))
        return (
          <Flex vertical gap={2}>
            <Select<CatalogueCode>
              value={choice.target ?? undefined}
              onChange={(target?: CatalogueCode) => update(row.index, { target: target ?? null })}
              options={options}
              allowClear
              placeholder="Chọn danh hiệu, hình thức"
              showSearch={{ filterOption: labelMatches }}
              loading={targets.isPending}
              popupMatchSelectWidth={false}
              styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
              style={{ width: '100%' }}
              data-testid={`nomination-target-${row.index}`}
            />
            {row.proposed.form && <Typography.Text type="secondary">Theo văn bản: {row.proposed.form}</Typography.Text>}
          </Flex>
        )
      },
    },
    {
      title: 'Thành tích',
      key: 'achievement',
      width: 320,
      render: (_, row) => (
        <Input.TextArea
          aria-label={`Thành tích: ${row.awardee.name}`}
          value={choices.get(row.index)?.achievement ?? ''}
          onChange={(e) => update(row.index, { achievement: e.target.value })}
          autoSize={{ minRows: 2, maxRows: 8 }}
        />
      ),
    },
    {
      title: 'Đối chiếu',
      key: 'match',
      width: 300,
      render: (_, row) => {
        const tag = MATCH_TAGS[row.match.status]
        return (
          <Flex vertical gap={4}>
            <span>
              <Tag color={tag.color} data-testid={`nomination-match-${row.index}`}>
                {tag.label}
              </Tag>
            </span>
            <SubjectPicker
              kind={row.proposed.subjectKind}
              candidates={row.match.candidates}
              value={choices.get(row.index)?.subjectId ?? null}
              onChange={(subjectId) => update(row.index, { subjectId })}
              data-testid={`nomination-subject-${row.index}`}
            />
          </Flex>
        )
      },
    },
  ]

  const result = apply.data ? nominationResult(apply.data, sent.map((c) => c.body)) : null
  const ready = chosen.length > 0 && organizationId !== undefined && year !== null
  return (
    <Card
      title="Tạo dự thảo đề nghị khen thưởng"
      size="small"
      data-testid="nomination-drafts-card"
      extra={
        <Button size="small" icon={<SyncOutlined />} loading={preview.isFetching} onClick={() => setFields(fromReviewValues(form.getFieldsValue(true)))}>
          Đối chiếu lại theo các trường đã sửa
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        Mỗi người, tập thể được đề nghị trong văn bản được đối chiếu với danh sách trong phạm vi của bạn. Người đã khớp được chọn sẵn; với người trùng tên hoặc chưa khớp, hãy chọn
        đúng người. Mỗi dòng được chọn trở thành một dự thảo đề nghị (kèm kết quả xét điều kiện). Chưa có gì được ghi cho tới khi bạn bấm «Tạo dự thảo đề nghị khen thưởng».
      </Typography.Paragraph>
      <Form layout="vertical">
        <Flex gap={16} wrap>
          <Form.Item label="Đơn vị đề nghị" required style={{ minWidth: 280, flex: 1 }}>
            <OrganizationSelect<string | undefined> value={organizationId} onChange={setOrganizationId} data-testid="nomination-organization" />
          </Form.Item>
          <Form.Item label="Kế hoạch thi đua (nếu có)" style={{ minWidth: 280, flex: 1 }}>
            <CampaignSelect<string | undefined> value={campaignId} onChange={setCampaignId} placeholder="Đề nghị theo năm (không theo kế hoạch)" />
          </Form.Item>
          <Form.Item label="Năm xét" required>
            <InputNumber aria-label="Năm xét" value={year} min={1945} max={2100} onChange={(v) => setYear(typeof v === 'number' ? v : null)} />
          </Form.Item>
        </Flex>
      </Form>
      {preview.error && <Alert type="error" showIcon title={toApiError(preview.error).message} style={{ marginBottom: 12 }} data-testid="nomination-preview-error" />}
      {preview.data && rows.length === 0 && <Alert type="warning" showIcon title="Không đọc được người, tập thể được đề nghị trong văn bản này." />}
      {rows.length > 0 && (
        <Table<NominationPreviewRow> rowKey="index" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 1200 }} data-testid="nomination-drafts-table" />
      )}
      <Flex vertical gap={12} style={{ marginTop: 12 }}>
        {apply.error && <Alert type="error" showIcon title={toApiError(apply.error).message} data-testid="nomination-apply-error" />}
        {result && (
          <Alert
            type={apply.data!.skipped.length > 0 ? 'warning' : 'success'}
            showIcon
            title={result.summary}
            description={
              <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                {result.created.map((c) => (
                  <li key={c.id}>{c.href ? <Link to={c.href}>{c.label}</Link> : c.label}</li>
                ))}
                {result.skipped.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            }
            data-testid="nomination-apply-result"
          />
        )}
        <Button
          type="primary"
          icon={<FileAddOutlined />}
          disabled={!ready}
          loading={apply.isPending}
          onClick={() => {
            setSent(chosen)
            apply.mutate(chosen)
          }}
          data-testid="apply-nomination"
        >
          Tạo dự thảo đề nghị khen thưởng ({chosen.length})
        </Button>
      </Flex>
    </Card>
  )
}
