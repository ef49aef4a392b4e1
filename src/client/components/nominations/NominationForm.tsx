// "Đề nghị mới" and "Sửa đề nghị": a unit proposes one of its people, collectives or households for a title
// or form — within a campaign or the year — with the achievement, the simplified procedure when it applies
// and the unit's review meeting (its minutes are part of the dossier). A new one opens on its page; a
// draft or returned one is corrected in place (with its version; a stale one offers "Tải lại").
import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd'
import { COMMENDATION_KINDS, SUBJECT_KINDS, type CommendationKind, type SubjectKind } from '../../../rules/types.ts'
import { SIMPLIFIED_CASES } from '../../../shared/nomination-dossier.ts'
import { api } from '../../api.ts'
import { todayIso } from '../../format.ts'
import { CampaignSelect } from '../campaigns/CampaignSelect.tsx'
import { IsoDatePicker } from '../campaigns/IsoDatePicker.tsx'
import { targetOptions, useTargets } from '../eligibility/eligibility-queries.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from '../FormProblem.tsx'
import { SubjectPicker } from '../imports/SubjectPicker.tsx'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { labelMatches } from '../select-filter.ts'
import { nominationKey, NOMINATIONS_KEY, type NominationDetail } from './nomination-queries.ts'
import { nominationBody, type NominationValues } from './nomination-ui.ts'

const SUBJECT_KIND_OPTIONS = Object.entries(SUBJECT_KINDS).map(([value, label]) => ({ value, label }))
const SIMPLIFIED_OPTIONS = Object.entries(SIMPLIFIED_CASES).map(([value, label]) => ({ value: Number(value), label: `${value}. ${label}` }))

function toValues(n: NominationDetail): NominationValues {
  return {
    campaignId: n.campaign?.id,
    year: n.year,
    nominatingOrganizationId: n.nominatingOrganization.id,
    subjectKind: n.subject.kind,
    subjectId: n.subject.id,
    target: n.target,
    kind: n.kind,
    achievement: n.achievement,
    decisionDate: n.decisionDate,
    simplified: n.simplified,
    simplifiedCase: n.simplifiedCase,
    hasMeeting: n.reviewMeeting !== null,
    reviewMeeting: n.reviewMeeting ?? {},
  }
}

/** A form field holding the subject's id, searched in the caller's scope. */
function SubjectField({ kind, value, onChange, id }: { kind: SubjectKind; value?: string | null; onChange?: (value: string | null) => void; id?: string }) {
  return (
    <div id={id}>
      <SubjectPicker kind={kind} candidates={[]} value={value ?? null} onChange={(next) => onChange?.(next)} data-testid="nomination-subject" />
    </div>
  )
}

interface Props {
  /** null: a new nomination. */
  nomination: NominationDetail | null
  /** For a new one: the unit and campaign the list is filtered on. */
  defaults?: { nominatingOrganizationId?: string | undefined; campaignId?: string | undefined; year?: number | undefined }
  onClose: () => void
}

export function NominationForm({ nomination, defaults, onClose }: Props) {
  const [form] = Form.useForm<NominationValues>()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(nomination)

  const subjectKind = Form.useWatch('subjectKind', form) ?? base?.subject.kind ?? 'individual'
  const decisionDate = Form.useWatch('decisionDate', form) || base?.decisionDate || todayIso()
  const targetCode = Form.useWatch('target', form)
  const simplified = Form.useWatch('simplified', form) ?? false
  const hasMeeting = Form.useWatch('hasMeeting', form) ?? false
  const targets = useTargets(subjectKind, decisionDate)
  const target = targets.data?.items.find((t) => t.code === targetCode)

  // A kind the chosen title or form does not have gives way to its first one.
  useEffect(() => {
    if (!target) return
    const kind = form.getFieldValue('kind') as CommendationKind | undefined
    if (!kind || !target.kinds.includes(kind)) form.setFieldValue('kind', target.kinds.includes('cong_trang') ? 'cong_trang' : target.kinds[0])
  }, [target, form])

  const save = useMutation({
    mutationFn: (values: NominationValues) =>
      base
        ? api.patch<NominationDetail>(`/api/nominations/${base.id}`, { ...nominationBody(values), version: base.version })
        : api.post<NominationDetail>('/api/nominations', {
            ...nominationBody(values),
            campaignId: values.campaignId ?? null,
            year: values.year,
            nominatingOrganizationId: values.nominatingOrganizationId,
            subjectKind: values.subjectKind,
            subjectId: values.subjectId,
          }),
    onSuccess: async (saved) => {
      // The answer is the saved nomination: its page shows it at once; the lists are read again.
      queryClient.setQueryData(nominationKey(saved.id), saved)
      await queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY, predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== saved.id })
      if (base) {
        message.success('Đã lưu đề nghị')
        onClose()
      } else {
        message.success(`Đã lập dự thảo đề nghị ${saved.targetShort} cho ${saved.subject.name}`)
        onClose()
        void navigate(`/de-nghi/${saved.id}`)
      }
    },
    onError: report,
  })

  const reload = useReloadLatest<NominationDetail, NominationValues>(form, { url: () => `/api/nominations/${base!.id}`, toValues, onLoaded: setBase, clear, report })

  const initialValues: NominationValues = base
    ? toValues(base)
    : {
        campaignId: defaults?.campaignId,
        year: defaults?.year ?? new Date().getFullYear(),
        nominatingOrganizationId: defaults?.nominatingOrganizationId,
        subjectKind: 'individual',
        subjectId: null,
        achievement: '',
        decisionDate: null,
        simplified: false,
        simplifiedCase: null,
        hasMeeting: false,
        reviewMeeting: {},
      }

  return (
    <FormDrawer title={base ? `Sửa đề nghị: ${base.subject.name}` : 'Đề nghị khen thưởng mới'} onClose={onClose} formId="nomination-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={base ? () => reload.mutate() : undefined} reloading={reload.isPending} />
      <Form<NominationValues>
        name="nomination-form"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        scrollToFirstError
      >
        {base ? (
          <Typography.Paragraph type="secondary">
            {SUBJECT_KINDS[base.subject.kind]} <strong>{base.subject.name}</strong> ({base.subject.organizationName}) — {base.nominatingOrganization.name} đề nghị,{' '}
            {base.campaign ? `theo kế hoạch ${base.campaign.numberAndSymbol ?? ''} «${base.campaign.title}»` : `năm ${base.year}`}.
          </Typography.Paragraph>
        ) : (
          <>
            <Form.Item label="Kế hoạch thi đua" name="campaignId" extra="Để trống khi đề nghị theo năm (không theo kế hoạch).">
              <CampaignSelect<string | undefined> placeholder="Đề nghị theo năm (không theo kế hoạch)" />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={8}>
                <Form.Item label="Năm xét" name="year" rules={[{ required: true, message: 'Hãy nhập năm xét' }]}>
                  <InputNumber min={1945} max={2100} style={{ width: '100%' }} data-testid="nomination-year" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={16}>
                <Form.Item label="Đơn vị đề nghị" name="nominatingOrganizationId" rules={[{ required: true, message: 'Hãy chọn đơn vị đề nghị' }]}>
                  <OrganizationSelect data-testid="nomination-organization" />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} sm={8}>
                <Form.Item label="Đối tượng" name="subjectKind" rules={[{ required: true }]}>
                  <Select
                    options={SUBJECT_KIND_OPTIONS}
                    onChange={() => form.setFieldsValue({ subjectId: null, target: undefined, kind: undefined })}
                    data-testid="nomination-subject-kind"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={16}>
                <Form.Item label={`${SUBJECT_KINDS[subjectKind]} được đề nghị`} name="subjectId" rules={[{ required: true, message: 'Hãy chọn đối tượng được đề nghị' }]}>
                  <SubjectField kind={subjectKind} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Form.Item label="Danh hiệu, hình thức đề nghị" name="target" rules={[{ required: true, message: 'Hãy chọn danh hiệu, hình thức' }]}>
          <Select
            showSearch={{ filterOption: labelMatches }}
            loading={targets.isPending}
            options={targetOptions(targets.data?.items ?? [], { disableUnavailable: true })}
            placeholder="Chọn danh hiệu, hình thức"
            popupMatchSelectWidth={false}
            styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
            data-testid="nomination-target"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item label="Loại hình khen thưởng" name="kind" extra={target ? undefined : 'Theo danh hiệu, hình thức đã chọn.'}>
              <Select
                options={(target?.kinds ?? []).map((kind) => ({ value: kind, label: COMMENDATION_KINDS[kind] }))}
                placeholder="Công trạng khi có"
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item label="Ngày dự kiến quyết định" name="decisionDate" tooltip="Chọn bộ quy định áp dụng khi xét điều kiện và thẩm quyền; để trống: hôm nay">
              <IsoDatePicker />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Thành tích" name="achievement" rules={[{ required: true, whitespace: true, message: 'Hãy nhập thành tích' }, { max: 20_000 }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} data-testid="nomination-achievement" />
        </Form.Item>
        <Form.Item label="Thủ tục đơn giản" name="simplified" valuePropName="checked" tooltip="Luật TĐKT 2022, Điều 85: hồ sơ chỉ gồm tờ trình và báo cáo tóm tắt thành tích">
          <Switch checkedChildren="Có" unCheckedChildren="Không" />
        </Form.Item>
        {simplified && (
          <Form.Item label="Trường hợp áp dụng" name="simplifiedCase" rules={[{ required: true, message: 'Chọn một trong năm trường hợp (Luật TĐKT 2022, Điều 85)' }]}>
            <Select options={SIMPLIFIED_OPTIONS} popupMatchSelectWidth={false} styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }} />
          </Form.Item>
        )}
        <Form.Item label="Đã họp xét tại đơn vị" name="hasMeeting" valuePropName="checked" tooltip="Biên bản họp xét là một thành phần hồ sơ, được tạo từ các thông tin dưới đây">
          <Switch checkedChildren="Có" unCheckedChildren="Chưa" data-testid="nomination-has-meeting" />
        </Form.Item>
        {hasMeeting && <MeetingFields />}
      </Form>
    </FormDrawer>
  )
}

function MeetingFields() {
  const required = (message: string) => [{ required: true, whitespace: true, message }]
  const count = (label: string) => [{ required: true, message: `Hãy nhập ${label}` }]
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item label="Ngày họp" name={['reviewMeeting', 'date']} rules={[{ required: true, message: 'Hãy chọn ngày họp' }]}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item label="Địa điểm" name={['reviewMeeting', 'place']} rules={[...required('Hãy nhập địa điểm'), { max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label="Người chủ trì" name={['reviewMeeting', 'chair']} rules={[...required('Hãy nhập người chủ trì'), { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="Thư ký" name={['reviewMeeting', 'secretary']} rules={[...required('Hãy nhập thư ký'), { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={8}>
          <Form.Item label="Tổng số thành viên" name={['reviewMeeting', 'members']} rules={count('tổng số thành viên')}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={8}>
          <Form.Item
            label="Số dự họp"
            name={['reviewMeeting', 'present']}
            dependencies={[['reviewMeeting', 'members']]}
            rules={[
              ...count('số thành viên dự họp'),
              ({ getFieldValue }) => ({
                validator: (_rule, value: number | null) =>
                  value != null && value > (getFieldValue(['reviewMeeting', 'members']) ?? Infinity) ? Promise.reject(new Error('Không được lớn hơn tổng số thành viên')) : Promise.resolve(),
              }),
            ]}
          >
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={8}>
          <Form.Item
            label="Số đồng ý"
            name={['reviewMeeting', 'inFavour']}
            dependencies={[['reviewMeeting', 'members']]}
            rules={[
              ...count('số thành viên đồng ý'),
              ({ getFieldValue }) => ({
                validator: (_rule, value: number | null) =>
                  value != null && value > (getFieldValue(['reviewMeeting', 'members']) ?? Infinity) ? Promise.reject(new Error('Không được lớn hơn tổng số thành viên')) : Promise.resolve(),
              }),
            ]}
          >
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
