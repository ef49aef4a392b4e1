// "Tạo dự thảo đề nghị khen thưởng": the people, collectives and households a proposal (tờ trình) or an
// achievement report (báo cáo thành tích) proposes, matched in the officer's scope (POST
// /api/imports/preview-nomination), reviewed row by row — the subject (matched, picked among namesakes or
// searched), the title or form, the achievement — with the nominating unit, the campaign and the year,
// then created in one go (POST /api/imports/apply-nomination), with what was created and what was skipped.
import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { useMutation, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Typography, type FormInstance } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { FileAddOutlined, SyncOutlined } from '@ant-design/icons'
import type { ParsedDocument } from '../../../documents/parse/index.ts'
import type { AppliedNomination } from '../../../server/modules/imports/apply-nomination.ts'
import type { NominationPreview, NominationPreviewRow } from '../../../server/modules/imports/preview-nomination.ts'
import { api, toApiError } from '../../api.ts'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { CampaignSelect } from '../campaigns/CampaignSelect.tsx'
import { fromReviewValues, toReviewValues, type ReviewValues } from './parsed-form.ts'
import { previewBody } from './decision-review.ts'
import { changeChoice, chosenNominations, initialNominationChoices, nominationProblem, nominationResult, type NominationChoice } from './nomination-review.ts'
import { AwardeeReviewTable } from './AwardeeReviewTable.tsx'

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
  const update = (index: number, change: (choice: NominationChoice) => NominationChoice) => {
    setChoices((current) => new Map(current).set(index, change(current.get(index)!)))
    apply.reset()
  }

  const afterCode: ColumnsType<NominationPreviewRow> = [
    {
      title: 'Thành tích',
      key: 'achievement',
      width: 320,
      render: (_, row) => (
        <Input.TextArea
          aria-label={`Thành tích: ${row.awardee.name}`}
          value={choices.get(row.index)?.achievement ?? ''}
          onChange={(e) => update(row.index, (c) => changeChoice(c, { achievement: e.target.value }))}
          autoSize={{ minRows: 2, maxRows: 8 }}
        />
      ),
    },
  ]

  const result = apply.data ? nominationResult(apply.data) : null
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
        <AwardeeReviewTable<NominationPreviewRow, NominationChoice>
          rows={rows}
          choices={choices}
          onChange={update}
          problemOf={nominationProblem}
          withSubject={(choice, subjectId) => changeChoice(choice, { subjectId })}
          include={{ title: 'Tạo', ariaLabel: (name) => `Tạo đề nghị: ${name}` }}
          awardeeTitle="Người, tập thể được đề nghị"
          code={{
            title: 'Danh hiệu, hình thức đề nghị',
            width: 260,
            placeholder: 'Chọn danh hiệu, hình thức',
            get: (choice) => choice.target,
            set: (_row, choice, target) => changeChoice(choice, { target }),
            extra: (row) => row.proposed.form && <Typography.Text type="secondary">Theo văn bản: {row.proposed.form}</Typography.Text>,
          }}
          afterCode={afterCode}
          testIdPrefix="nomination-"
          codeTestId="target"
          scrollX={1200}
          data-testid="nomination-drafts-table"
        />
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
                  <li key={c.id}>
                    <Link to={c.href}>{c.label}</Link>
                  </li>
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
          onClick={() => apply.mutate(chosen)}
          data-testid="apply-nomination"
        >
          Tạo dự thảo đề nghị khen thưởng ({chosen.length})
        </Button>
      </Flex>
    </Card>
  )
}
