// "Ghi vào sổ khen thưởng": the awardees of a decision matched to the people, units and households of
// the officer's scope (POST /api/imports/preview-decision), reviewed row by row — the subject (matched,
// picked among namesakes or searched), the title or form, the year, a checkbox to include it, the
// registry's duplicate warnings — then written in one go (POST /api/imports/apply-decision), with what
// was written and what was skipped, and why.
import { useEffect, useState } from 'react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, Input, InputNumber, Tag, Typography, type FormInstance } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { BookOutlined, SyncOutlined } from '@ant-design/icons'
import type { ParsedDocument } from '../../../documents/parse/index.ts'
import { decisionRef } from '../../../documents/parse/to-award-records.ts'
import type { AppliedDecision } from '../../../server/modules/imports/apply-decision.ts'
import type { DecisionPreview, DecisionPreviewRow } from '../../../server/modules/imports/preview-decision.ts'
import { api, toApiError } from '../../api.ts'
import { fromReviewValues, toReviewValues, type ReviewValues } from './parsed-form.ts'
import { chosenRows, choiceProblem, initialChoices, previewBody, resultLines, warningsFor, withCode, withSubject, type RowChoice } from './decision-review.ts'
import { AwardeeReviewTable } from './AwardeeReviewTable.tsx'

interface Props {
  form: FormInstance<ReviewValues>
  document: ParsedDocument
  fileName: string
}

export function DecisionAwardsCard({ form, document, fileName }: Props) {
  const [fields, setFields] = useState(() => fromReviewValues(toReviewValues(document)))
  const preview = useQuery({
    queryKey: ['imports', 'preview-decision', fields],
    queryFn: () => api.post<DecisionPreview>('/api/imports/preview-decision', previewBody(fields, document)),
  })
  const [choices, setChoices] = useState<Map<number, RowChoice>>(new Map())
  useEffect(() => {
    if (preview.data) setChoices(initialChoices(preview.data.rows))
  }, [preview.data])
  const rows = preview.data?.rows ?? []
  const chosen = chosenRows(rows, choices)
  const apply = useMutation({
    mutationFn: () => api.post<AppliedDecision>('/api/imports/apply-decision', { fileName, decision: decisionRef(fields), rows: chosen }),
  })
  const update = (index: number, change: (choice: RowChoice) => RowChoice) => {
    setChoices((current) => new Map(current).set(index, change(current.get(index)!)))
    apply.reset()
  }

  const afterAwardee: ColumnsType<DecisionPreviewRow> = [
    { title: 'Hình thức theo văn bản', key: 'form', width: 180, render: (_, row) => row.awardee.form ?? row.proposed.name ?? <Typography.Text type="secondary">Không đọc được</Typography.Text> },
  ]
  const afterCode: ColumnsType<DecisionPreviewRow> = [
    {
      title: 'Năm',
      key: 'year',
      width: 100,
      render: (_, row) => (
        <InputNumber
          aria-label={`Năm thành tích: ${row.awardee.name}`}
          value={choices.get(row.index)?.year ?? null}
          min={1945}
          max={2100}
          onChange={(year) => update(row.index, (c) => ({ ...c, year: typeof year === 'number' ? year : null }))}
          style={{ width: '100%' }}
        />
      ),
    },
  ]
  const afterMatch: ColumnsType<DecisionPreviewRow> = [
    {
      title: 'Cảnh báo trùng',
      key: 'warnings',
      width: 260,
      render: (_, row) => {
        const choice = choices.get(row.index)
        return choice
          ? warningsFor(row, choice).map((message) => (
              <Tag key={message} color="orange" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
                {message}
              </Tag>
            ))
          : null
      },
    },
  ]

  const result = apply.data ? resultLines(apply.data, rows) : null
  return (
    <Card
      title="Ghi vào sổ khen thưởng"
      size="small"
      data-testid="decision-awards-card"
      extra={
        <Button size="small" icon={<SyncOutlined />} loading={preview.isFetching} onClick={() => setFields(fromReviewValues(form.getFieldsValue(true)))}>
          Đối chiếu lại theo các trường đã sửa
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        Mỗi người, tập thể được khen trong quyết định được đối chiếu với danh sách trong phạm vi của bạn. Người đã khớp được chọn sẵn; với người trùng tên hoặc chưa khớp, hãy
        chọn đúng người rồi đánh dấu để ghi. Chưa có gì được ghi cho tới khi bạn bấm «Ghi vào sổ khen thưởng».
      </Typography.Paragraph>
      {preview.error && <Alert type="error" showIcon title={toApiError(preview.error).message} style={{ marginBottom: 12 }} data-testid="decision-preview-error" />}
      {preview.data && rows.length === 0 && <Alert type="warning" showIcon title="Không đọc được danh sách người, tập thể được khen trong quyết định này." />}
      {rows.length > 0 && (
        <AwardeeReviewTable<DecisionPreviewRow, RowChoice>
          rows={rows}
          choices={choices}
          onChange={update}
          problemOf={choiceProblem}
          withSubject={withSubject}
          include={{ title: 'Ghi', ariaLabel: (name) => `Ghi vào sổ: ${name}` }}
          awardeeTitle="Người, tập thể được khen"
          code={{
            title: 'Ghi sổ là',
            width: 280,
            placeholder: 'Ngoài danh mục (ghi tên)',
            get: (choice) => choice.code,
            set: withCode,
            extra: (row, choice) =>
              choice.code === null && (
                <Input
                  value={choice.name}
                  onChange={(e) => update(row.index, (c) => ({ ...c, name: e.target.value }))}
                  placeholder="Tên hình thức như trong quyết định"
                  aria-label={`Tên hình thức: ${row.awardee.name}`}
                />
              ),
          }}
          afterAwardee={afterAwardee}
          afterCode={afterCode}
          afterMatch={afterMatch}
          testIdPrefix=""
          codeTestId="code"
          scrollX={1400}
          data-testid="decision-awards-table"
        />
      )}
      <Flex vertical gap={12} style={{ marginTop: 12 }}>
        {apply.error && <Alert type="error" showIcon title={toApiError(apply.error).message} data-testid="decision-apply-error" />}
        {result && (
          <Alert
            type={apply.data!.skipped.length > 0 ? 'warning' : 'success'}
            showIcon
            title={result.summary}
            description={
              result.skipped.length > 0 ? (
                <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                  {result.skipped.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : undefined
            }
            data-testid="decision-apply-result"
          />
        )}
        <Button type="primary" icon={<BookOutlined />} disabled={chosen.length === 0} loading={apply.isPending} onClick={() => apply.mutate()} data-testid="apply-decision">
          Ghi vào sổ khen thưởng ({chosen.length})
        </Button>
      </Flex>
    </Card>
  )
}
