// Edit the province's regulation: its instrument and validity, the standards it adds to (or, where the
// province sets them, puts in place of) the national ones, and its quotas. Shares are typed as
// percentages; the server checks everything with the law engine's own schema.
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { JUDGEMENTS } from '../../../rules/judgements.ts'
import { RATINGS, TRACKS } from '../../../rules/types.ts'
import { api, ApiError } from '../../api.ts'
import type { ProvinceCriterion, ProvinceRulesView } from '../../types.ts'
import { IsoDatePicker } from '../campaigns/IsoDatePicker.tsx'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from '../FormProblem.tsx'
import { DISCIPLINE_OPTIONS } from '../history/history-labels.ts'
import { labelMatches } from '../select-filter.ts'
import { targetOptions, useTargets } from './eligibility-queries.ts'
import { refreshAfterRulesChange } from './ParameterForm.tsx'
import { fromPercent, toPercent } from './percent.ts'
import { CRITERION_KINDS, MEASURES, MODES, QUOTA_SCOPES, WHO, type CriterionKind, type ProvinceQuota, type ProvinceStandard } from './province-standards.ts'

interface CriterionValues {
  kind?: CriterionKind
  from?: string
  who?: string
  rating?: string
  years?: number | null
  track?: string
  key?: string
  code?: string
  measure?: string
  /** Percent. */
  share?: number | null
  label?: string | null
  citation?: string
}

interface Values {
  instrument: string
  validFrom: string | null
  validTo: string | null
  standards: { code?: string; mode: string; criteria: CriterionValues[] }[]
  quotas: { target?: string; relativeTo?: string; maxShare?: number | null; exceptionalMaxShare?: number | null; per: string; citation?: string }[]
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))
const required = (message: string) => [{ required: true, message }]
const optionalLabel = (label: string | null | undefined) => (label?.trim() ? { label: label.trim() } : {})

function criterionToValues(c: ProvinceCriterion): CriterionValues {
  return c.kind === 'min_member_share' ? { ...c, share: toPercent(c.share) } : { ...c }
}

function toValues(view: ProvinceRulesView): Values {
  const standards = view.standards as ProvinceStandard[]
  const quotas = view.quotas as ProvinceQuota[]
  return {
    instrument: view.instrument ?? '',
    validFrom: view.validFrom,
    validTo: view.validTo,
    standards: standards.map((s) => ({ code: s.code, mode: s.mode, criteria: s.criteria.map(criterionToValues) })),
    quotas: quotas.map((q) => ({ ...q, maxShare: toPercent(q.maxShare), exceptionalMaxShare: q.exceptionalMaxShare === undefined ? null : toPercent(q.exceptionalMaxShare) })),
  }
}

/** Only the fields of the criterion's kind (the server's schema refuses any other). */
function criterionBody(c: CriterionValues): Record<string, unknown> {
  const base = { kind: c.kind, citation: c.citation ?? '' }
  switch (c.kind) {
    case 'no_discipline':
      return { ...base, from: c.from, who: c.who, ...optionalLabel(c.label) }
    case 'min_rating':
      return { ...base, rating: c.rating, years: c.years ?? 1, track: c.track, ...optionalLabel(c.label) }
    case 'judgement':
      return { ...base, key: c.key, label: c.label?.trim() || JUDGEMENTS[c.key as keyof typeof JUDGEMENTS] || c.key }
    case 'holds':
      return { ...base, code: c.code, years: c.years ?? 1, ...optionalLabel(c.label) }
    default:
      return { ...base, measure: c.measure, share: c.share === null || c.share === undefined ? c.share : fromPercent(c.share), ...optionalLabel(c.label) }
  }
}

function toBody(values: Values, version: number) {
  return {
    instrument: values.instrument,
    validFrom: values.validFrom ?? null,
    validTo: values.validTo ?? null,
    standards: values.standards.map((s) => ({ code: s.code, mode: s.mode, criteria: s.criteria.map(criterionBody) })),
    quotas: values.quotas.map((q) => ({
      target: q.target,
      relativeTo: q.relativeTo,
      maxShare: q.maxShare === null || q.maxShare === undefined ? q.maxShare : fromPercent(q.maxShare),
      ...(q.exceptionalMaxShare === null || q.exceptionalMaxShare === undefined ? {} : { exceptionalMaxShare: fromPercent(q.exceptionalMaxShare) }),
      per: q.per,
      citation: q.citation ?? '',
    })),
    version,
  }
}

/** The server names list items "standards[0].criteria[1].from"; the form's fields are "standards.0.criteria.1.from". */
function withFormPaths(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error
  const fields = Object.fromEntries(Object.entries(error.fields).map(([key, message]) => [key.replace(/\[(\d+)\]/g, '.$1'), message]))
  return new ApiError(error.status, error.code, error.message, fields)
}

function CriterionFields({ standard, criterion }: { standard: number; criterion: number }) {
  const targets = useTargets()
  const kind = Form.useWatch(['standards', standard, 'criteria', criterion, 'kind']) as CriterionKind | undefined
  const name = (field: string) => [criterion, field]
  const years = (
    <Form.Item name={name('years')} label="Số năm liên tục">
      <InputNumber min={1} max={10} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  )
  return (
    <Row gutter={8}>
      <Col xs={24} sm={12}>
        <Form.Item name={name('kind')} label="Loại tiêu chuẩn" rules={required('Hãy chọn loại tiêu chuẩn')}>
          <Select options={options(CRITERION_KINDS)} />
        </Form.Item>
      </Col>
      {kind === 'no_discipline' && (
        <>
          <Col xs={12} sm={6}>
            <Form.Item name={name('from')} label="Từ hình thức" rules={required('Hãy chọn hình thức')}>
              <Select options={DISCIPLINE_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name={name('who')} label="Áp dụng cho">
              <Select options={options(WHO)} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
        </>
      )}
      {kind === 'min_rating' && (
        <>
          <Col xs={24} sm={12}>
            <Form.Item name={name('rating')} label="Xếp loại tối thiểu" rules={required('Hãy chọn xếp loại')}>
              <Select options={options(RATINGS)} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            {years}
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name={name('track')} label="Khối">
              <Select options={options(TRACKS)} />
            </Form.Item>
          </Col>
        </>
      )}
      {kind === 'judgement' && (
        <Col xs={24} sm={12}>
          <Form.Item name={name('key')} label="Tiêu chuẩn" rules={required('Hãy chọn tiêu chuẩn')}>
            <Select options={options(JUDGEMENTS)} showSearch={{ filterOption: labelMatches }} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
      )}
      {kind === 'holds' && (
        <>
          <Col xs={24} sm={12}>
            <Form.Item name={name('code')} label="Danh hiệu, hình thức" rules={required('Hãy chọn danh hiệu, hình thức')}>
              <Select options={targetOptions(targets.data?.items ?? [])} showSearch={{ filterOption: labelMatches }} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            {years}
          </Col>
        </>
      )}
      {kind === 'min_member_share' && (
        <>
          <Col xs={12} sm={6}>
            <Form.Item name={name('measure')} label="Thành viên" rules={required('Hãy chọn')}>
              <Select options={options(MEASURES)} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name={name('share')} label="Tỷ lệ tối thiểu" rules={required('Hãy nhập tỷ lệ')}>
              <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24} sm={12}>
        <Form.Item name={name('label')} label="Cách ghi trong quy định" rules={[{ max: 500 }]}>
          <Input placeholder="Để trống: diễn đạt tự động" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={name('citation')} label="Căn cứ" rules={[...required('Hãy ghi điều khoản quy định tiêu chuẩn này'), { max: 500 }]}>
          <Input placeholder="Điều …, khoản …" />
        </Form.Item>
      </Col>
    </Row>
  )
}

function StandardsList() {
  const targets = useTargets()
  return (
    <Form.List name="standards">
      {(standards, { add, remove }) => (
        <Flex vertical gap={12}>
          {standards.map((standard) => (
            <Card
              key={standard.key}
              size="small"
              title={`Nhóm tiêu chuẩn ${standard.name + 1}`}
              extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(standard.name)} aria-label={`Xóa nhóm tiêu chuẩn ${standard.name + 1}`} />}
            >
              <Row gutter={8}>
                <Col xs={24} sm={14}>
                  <Form.Item name={[standard.name, 'code']} label="Danh hiệu, hình thức" rules={required('Hãy chọn danh hiệu, hình thức')}>
                    <Select options={targetOptions(targets.data?.items ?? [])} showSearch={{ filterOption: labelMatches }} popupMatchSelectWidth={false} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={10}>
                  <Form.Item name={[standard.name, 'mode']} label="Cách áp dụng" tooltip="Tiêu chuẩn do Luật quy định chỉ được bổ sung, không được thay thế">
                    <Select options={options(MODES)} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.List name={[standard.name, 'criteria']}>
                {(criteria, list) => (
                  <Flex vertical gap={8}>
                    {criteria.map((criterion) => (
                      <div key={criterion.key} style={{ borderInlineStart: '3px solid #f0f0f0', paddingInlineStart: 12 }}>
                        <Flex justify="space-between" align="center">
                          <Typography.Text strong>Tiêu chuẩn {criterion.name + 1}</Typography.Text>
                          <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => list.remove(criterion.name)} aria-label={`Xóa tiêu chuẩn ${criterion.name + 1}`} />
                        </Flex>
                        <CriterionFields standard={standard.name} criterion={criterion.name} />
                      </div>
                    ))}
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => list.add({ kind: 'no_discipline', who: 'self_and_members', from: 'khien_trach', years: 1, track: 'government' })} style={{ alignSelf: 'start' }}>
                      Thêm tiêu chuẩn
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ mode: 'add', criteria: [] })} style={{ alignSelf: 'start' }} data-testid="standards-add">
            Thêm nhóm tiêu chuẩn
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}

function QuotasList() {
  const targets = useTargets()
  const targetSelect = <Select options={targetOptions(targets.data?.items ?? [])} showSearch={{ filterOption: labelMatches }} popupMatchSelectWidth={false} />
  return (
    <Form.List name="quotas">
      {(quotas, { add, remove }) => (
        <Flex vertical gap={12}>
          {quotas.map((quota) => (
            <Card
              key={quota.key}
              size="small"
              title={`Tỷ lệ ${quota.name + 1}`}
              extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(quota.name)} aria-label={`Xóa tỷ lệ ${quota.name + 1}`} />}
            >
              <Row gutter={8}>
                <Col xs={24} sm={12}>
                  <Form.Item name={[quota.name, 'target']} label="Danh hiệu, hình thức bị khống chế" rules={required('Hãy chọn')}>
                    {targetSelect}
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[quota.name, 'relativeTo']} label="Tính trên số đề nghị" rules={required('Hãy chọn')}>
                    {targetSelect}
                  </Form.Item>
                </Col>
                <Col xs={12} sm={6}>
                  <Form.Item name={[quota.name, 'maxShare']} label="Tối đa" rules={required('Hãy nhập tỷ lệ')}>
                    <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={6}>
                  <Form.Item name={[quota.name, 'exceptionalMaxShare']} label="Đặc biệt">
                    <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[quota.name, 'per']} label="Phạm vi">
                    <Select options={options(QUOTA_SCOPES)} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name={[quota.name, 'citation']} label="Căn cứ" rules={[...required('Hãy ghi điều khoản quy định tỷ lệ này'), { max: 500 }]}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ per: 'unit' })} style={{ alignSelf: 'start' }}>
            Thêm tỷ lệ khống chế
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}

export function ProvinceRulesForm({ rules, onClose }: { rules: ProvinceRulesView; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(rules)

  const save = useMutation({
    mutationFn: (values: Values) => api.put<ProvinceRulesView>('/api/rules/province', toBody(values, base.version)),
    onSuccess: async () => {
      message.success('Đã lưu quy định của tỉnh')
      await refreshAfterRulesChange(queryClient)
      onClose()
    },
    onError: (error) => report(withFormPaths(error)),
  })

  const reload = useReloadLatest<ProvinceRulesView, Values>(form, { url: () => '/api/rules/province', toValues, onLoaded: setBase, clear, report })

  return (
    <FormDrawer title={`Quy định của ${base.province}`} onClose={onClose} formId="province-rules-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={() => reload.mutate()} reloading={reload.isPending} />
      <Form<Values>
        name="province-rules-form"
        form={form}
        layout="vertical"
        initialValues={toValues(base)}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        scrollToFirstError
      >
        <Form.Item name="instrument" label="Văn bản quy định của tỉnh" rules={[{ required: true, whitespace: true, message: 'Hãy ghi số, ký hiệu và trích yếu văn bản' }, { max: 500 }]}>
          <Input placeholder="Quyết định số …/2025/QĐ-UBND ngày … ban hành Quy định về công tác thi đua, khen thưởng" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name="validFrom" label="Có hiệu lực từ ngày">
              <IsoDatePicker />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="validTo" label="Hết hiệu lực ngày">
              <IsoDatePicker />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>Tiêu chuẩn của tỉnh</Typography.Title>
        <StandardsList />
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          Tỷ lệ khống chế
        </Typography.Title>
        <QuotasList />
      </Form>
    </FormDrawer>
  )
}
