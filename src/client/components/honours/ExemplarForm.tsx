// "Gương mới" and "Sửa gương": the kind, who (a person, collective or household of the registry, or a name
// typed), the title, summary and story (plain text; a blank line starts a paragraph), the year, the registry
// awards and the decision; for a saved one, its photo. A stale version offers "Tải lại"; what was typed stays.
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Col, Divider, Form, Input, InputNumber, Row, Select } from 'antd'
import { api } from '../../api.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from '../FormProblem.tsx'
import { SubjectPicker } from '../imports/SubjectPicker.tsx'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { AwardLinksSelect } from './AwardLinksSelect.tsx'
import { DecisionSelect } from './DecisionSelect.tsx'
import { ExemplarPhotoField } from './ExemplarPhotoField.tsx'
import { exemplarKey, HONOURS_KEY, KIND_LABELS, options, SUBJECT_KIND_LABELS, type ExemplarDetail, type ExemplarKind, type ExemplarSubjectKind } from './honour-ui.ts'

interface Values {
  organizationId?: string
  kind: ExemplarKind
  subjectKind: ExemplarSubjectKind
  subjectId: string | null
  subjectName?: string | null
  subjectUnit?: string | null
  title: string
  summary: string
  story: string
  year: number
  decisionId: string | null
  awardRecordIds: string[]
}

const toValues = (e: ExemplarDetail): Values => ({
  kind: e.kind, subjectKind: e.subjectKind, subjectId: e.subjectId, subjectName: e.subjectKind === 'named' ? e.subjectName : null, subjectUnit: e.subjectUnit,
  title: e.title, summary: e.summary, story: e.story, year: e.year, decisionId: e.decision?.id ?? null, awardRecordIds: e.linkedAwards.map((a) => a.id),
})

/** A form field holding the subject's id, searched in the caller's scope. */
function SubjectField({ kind, current, value, onChange, id }: { kind: Exclude<ExemplarSubjectKind, 'named'>; current: ExemplarDetail | null; value?: string | null; onChange?: (v: string | null) => void; id?: string }) {
  const candidates = current && current.subjectKind === kind && current.subjectId
    ? [{ subjectId: current.subjectId, name: current.subjectName, birthDate: null, organizationName: current.unitName }]
    : []
  return (
    <div id={id}>
      <SubjectPicker kind={kind} candidates={candidates} value={value ?? null} onChange={(next) => onChange?.(next)} data-testid="exemplar-subject" />
    </div>
  )
}

export function ExemplarForm({ exemplar, defaultOrganizationId, onClose }: { exemplar: ExemplarDetail | null; defaultOrganizationId: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(exemplar)
  const subjectKind = Form.useWatch('subjectKind', form) ?? base?.subjectKind ?? 'individual'
  const subjectId = Form.useWatch('subjectId', form)

  const saved = async (next: ExemplarDetail) => {
    setBase(next)
    queryClient.setQueryData(exemplarKey(next.id), next)
    await queryClient.invalidateQueries({ queryKey: [...HONOURS_KEY, 'list'] })
  }
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { ...values, subjectId: values.subjectKind === 'named' ? null : values.subjectId, subjectName: values.subjectKind === 'named' ? values.subjectName : null, subjectUnit: values.subjectKind === 'named' ? values.subjectUnit : null, awardRecordIds: values.subjectKind === 'named' ? [] : values.awardRecordIds ?? [] }
      return base ? api.put<ExemplarDetail>(`/api/honours/${base.id}`, { ...body, organizationId: undefined, version: base.version }) : api.post<ExemplarDetail>('/api/honours', body)
    },
    onSuccess: async (next) => {
      await saved(next)
      message.success(base ? 'Đã lưu gương điển hình' : 'Đã lập dự thảo gương điển hình; có thể thêm ảnh rồi công bố')
      if (base) onClose()
    },
    onError: report,
  })
  const reload = useReloadLatest<ExemplarDetail, Values>(form, { url: () => `/api/honours/${base!.id}`, toValues, onLoaded: setBase, clear, report })

  const initialValues: Values = base
    ? toValues(base)
    : { organizationId: defaultOrganizationId, kind: 'advanced', subjectKind: 'individual', subjectId: null, title: '', summary: '', story: '', year: new Date().getFullYear(), decisionId: null, awardRecordIds: [] }

  return (
    <FormDrawer title={base ? `Sửa gương: ${base.title}` : 'Gương điển hình mới'} onClose={onClose} formId="exemplar-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={base ? () => reload.mutate() : undefined} reloading={reload.isPending} />
      <Form<Values>
        name="exemplar-form"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        scrollToFirstError
      >
        {!base && (
          <Form.Item label="Đơn vị đăng" name="organizationId" rules={[{ required: true, message: 'Hãy chọn đơn vị đăng' }]}>
            <OrganizationSelect data-testid="exemplar-organization" />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item label="Loại gương" name="kind" rules={[{ required: true, message: 'Hãy chọn loại gương' }]}>
              <Select options={options(KIND_LABELS)} data-testid="exemplar-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label="Năm" name="year" rules={[{ required: true, message: 'Hãy nhập năm' }]}>
              <InputNumber min={1945} max={2100} style={{ width: '100%' }} data-testid="exemplar-year" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Đối tượng" name="subjectKind" rules={[{ required: true }]}>
          <Select options={options(SUBJECT_KIND_LABELS)} onChange={() => form.setFieldsValue({ subjectId: null, awardRecordIds: [] })} data-testid="exemplar-subject-kind" />
        </Form.Item>
        {subjectKind === 'named' ? (
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item label="Tên người, tập thể được vinh danh" name="subjectName" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên người, tập thể được vinh danh' }, { max: 200 }]}>
                <Input data-testid="exemplar-subject-name" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item label="Đơn vị, nơi sinh sống" name="subjectUnit" rules={[{ max: 300 }]} extra="Chỉ ghi đơn vị hoặc thôn, xóm; không ghi số nhà.">
                <Input />
              </Form.Item>
            </Col>
          </Row>
        ) : (
          <Form.Item label={`${SUBJECT_KIND_LABELS[subjectKind]} được vinh danh`} name="subjectId" rules={[{ required: true, message: 'Hãy chọn cá nhân, tập thể hoặc hộ được vinh danh' }]}>
            <SubjectField kind={subjectKind} current={base} />
          </Form.Item>
        )}
        <Form.Item label="Tiêu đề" name="title" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tiêu đề' }, { max: 300 }]}>
          <Input data-testid="exemplar-title-input" />
        </Form.Item>
        <Form.Item label="Tóm tắt" name="summary" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tóm tắt' }, { max: 1000 }]} extra="Hiện trên thẻ của bảng vinh danh.">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="exemplar-summary" />
        </Form.Item>
        <Form.Item label="Câu chuyện" name="story" rules={[{ required: true, whitespace: true, message: 'Hãy viết câu chuyện' }, { max: 20_000 }]} extra="Văn bản thường; để một dòng trống giữa các đoạn.">
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 18 }} data-testid="exemplar-story-input" />
        </Form.Item>
        <Form.Item label="Khen thưởng trong sổ" name="awardRecordIds">
          <AwardLinksSelect subjectKind={subjectKind} subjectId={subjectId} />
        </Form.Item>
        <Form.Item label="Quyết định khen thưởng" name="decisionId">
          <DecisionSelect current={base?.decision ?? null} />
        </Form.Item>
      </Form>
      {base && (
        <>
          <Divider titlePlacement="start">Ảnh</Divider>
          <ExemplarPhotoField exemplar={base} onSaved={(next) => void saved(next)} />
        </>
      )}
    </FormDrawer>
  )
}
