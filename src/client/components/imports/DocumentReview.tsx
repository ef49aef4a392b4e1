// The two-pane review of a parsed document: the fields as an editable form on the left, the text on
// the right with the source of the field in focus marked; for a plan, the card that makes it a draft.
import { useMemo, useState } from 'react'
import { Alert, Card, Col, Flex, Form, Row } from 'antd'
import type { ParsedDocument } from '../../../documents/parse/index.ts'
import { DOC_TYPE_LABELS } from '../../../documents/parse/doc-type-labels.ts'
import { activeSpans, toReviewValues, type ActiveField, type ReviewValues } from './parsed-form.ts'
import { ParsedFieldsForm } from './ParsedFieldsForm.tsx'
import { PlanDraftCard } from './PlanDraftCard.tsx'
import { SourceText } from './SourceText.tsx'

interface Props {
  fileName: string
  document: ParsedDocument
  /** The caller may create plan drafts (campaign.write); the issuer offered first. */
  planDrafts: { defaultIssuerId: string } | null
}

export function DocumentReview({ fileName, document, planDrafts }: Props) {
  const [form] = Form.useForm<ReviewValues>()
  const initialValues = useMemo(() => toReviewValues(document), [document])
  const [active, setActive] = useState<ActiveField | null>(null)
  const spans = useMemo(() => activeSpans(document._meta.sources, active), [document, active])
  const docType = Form.useWatch('doc_type', form) ?? document.doc_type

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={11}>
        <Flex vertical gap={16}>
          <Card title={`Các trường đã đọc: ${fileName}`} size="small">
            <ParsedFieldsForm form={form} document={document} initialValues={initialValues} onActivate={setActive} />
          </Card>
          {docType !== 'ke_hoach' ? (
            <Alert type="info" showIcon title={`Văn bản loại «${DOC_TYPE_LABELS[docType]}»: chưa tạo được bản ghi từ loại văn bản này; các trường trên để tham khảo.`} />
          ) : planDrafts ? (
            <PlanDraftCard form={form} text={document._meta.text} fileName={fileName} defaultIssuerId={planDrafts.defaultIssuerId} />
          ) : (
            <Alert type="info" showIcon title="Tài khoản của bạn không lập được kế hoạch; các trường trên để tham khảo." />
          )}
        </Flex>
      </Col>
      <Col xs={24} lg={13}>
        <Card title="Nội dung văn bản" size="small" style={{ position: 'sticky', top: 80 }}>
          <SourceText text={document._meta.text} spans={spans} />
        </Card>
      </Col>
    </Row>
  )
}
