// The two-pane review of a parsed document: the fields as an editable form on the left, the text on
// the right with the source of the field in focus marked; for a plan, the card that makes it a draft;
// for a decision, the table of its awardees to write into the award registry; for a proposal or an
// achievement report, the table of the nomination drafts it proposes.
import { useMemo, useState } from 'react'
import { Alert, Card, Col, Flex, Form, Row } from 'antd'
import type { ParsedDocument } from '../../../documents/parse/index.ts'
import { DOC_TYPE_LABELS } from '../../../documents/parse/doc-type-labels.ts'
import { activeSpans, toReviewValues, type ActiveField, type ReviewValues } from './parsed-form.ts'
import { ParsedFieldsForm } from './ParsedFieldsForm.tsx'
import { PlanDraftCard } from './PlanDraftCard.tsx'
import { DecisionAwardsCard } from './DecisionAwardsCard.tsx'
import { NominationDraftsCard } from './NominationDraftsCard.tsx'
import { SourceText } from './SourceText.tsx'

interface Props {
  fileName: string
  document: ParsedDocument
  /** The caller may create plan drafts (campaign.write); the issuer offered first. */
  planDrafts: { defaultIssuerId: string } | null
  /** The caller may write the award registry (history.write). */
  registryWrites: boolean
  /** The caller may nominate (nomination.write); the nominating unit offered first. */
  nominationDrafts?: { defaultOrganizationId: string } | null
}

const NOMINATION_SOURCES: readonly ParsedDocument['doc_type'][] = ['to_trinh', 'bao_cao']

function NextStep({ docType, planDrafts, registryWrites, nominationDrafts }: Pick<Props, 'planDrafts' | 'registryWrites' | 'nominationDrafts'> & { docType: ParsedDocument['doc_type'] }) {
  if (docType === 'ke_hoach' && !planDrafts) return <Alert type="info" showIcon title="Tài khoản của bạn không lập được kế hoạch; các trường trên để tham khảo." />
  if (docType === 'quyet_dinh' && !registryWrites) return <Alert type="info" showIcon title="Tài khoản của bạn không ghi được sổ khen thưởng; các trường trên để tham khảo." />
  if (NOMINATION_SOURCES.includes(docType) && !nominationDrafts) return <Alert type="info" showIcon title="Tài khoản của bạn không lập được đề nghị khen thưởng; các trường trên để tham khảo." />
  if (docType === 'ke_hoach' || docType === 'quyet_dinh' || NOMINATION_SOURCES.includes(docType)) return null
  return <Alert type="info" showIcon title={`Văn bản loại «${DOC_TYPE_LABELS[docType]}»: chưa tạo được bản ghi từ loại văn bản này; các trường trên để tham khảo.`} />
}

export function DocumentReview({ fileName, document, planDrafts, registryWrites, nominationDrafts = null }: Props) {
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
          <NextStep docType={docType} planDrafts={planDrafts} registryWrites={registryWrites} nominationDrafts={nominationDrafts} />
          {docType === 'ke_hoach' && planDrafts && <PlanDraftCard form={form} text={document._meta.text} fileName={fileName} defaultIssuerId={planDrafts.defaultIssuerId} />}
        </Flex>
      </Col>
      <Col xs={24} lg={13}>
        <Card title="Nội dung văn bản" size="small" style={{ position: 'sticky', top: 80 }}>
          <SourceText text={document._meta.text} spans={spans} />
        </Card>
      </Col>
      {docType === 'quyet_dinh' && registryWrites && (
        <Col xs={24}>
          <DecisionAwardsCard form={form} document={document} fileName={fileName} />
        </Col>
      )}
      {NOMINATION_SOURCES.includes(docType) && nominationDrafts && (
        <Col xs={24}>
          <NominationDraftsCard form={form} document={document} fileName={fileName} defaultOrganizationId={nominationDrafts.defaultOrganizationId} />
        </Col>
      )}
    </Row>
  )
}
