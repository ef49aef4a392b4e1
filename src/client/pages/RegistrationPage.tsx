// /dang-ky-thi-dua/:id — one registration: the titles and forms registered (for the unit, and for its members
// with a count and the names), the commitments, "Gửi cấp trên" for the unit, "Duyệt" / "Trả lại" with the
// reason for the level above, the history and the downloads (Word, PDF).
import { useEffect, useState } from 'react'
import { useParams } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Select, Skeleton, Space, Table, Tag, Timeline } from 'antd'
import { CheckOutlined, DeleteOutlined, FilePdfOutlined, FileWordOutlined, PlusOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons'
import { REGISTRATION_STATUS_LABELS, TARGET_SCOPE_LABELS } from '../../shared/registrations.ts'
import { api, toApiError } from '../api.ts'
import { formatDate, formatDateTime } from '../format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import {
  actionsOf, commitmentsBody, REGISTRATIONS_KEY, STATUS_COLORS, submitProblem, targetOptions, targetsBody, toRows, type RegistrationDetail, type TargetRow,
} from '../components/registrations/registration-ui.ts'

interface FormValues { targets: TargetRow[]; commitments: string }

export function RegistrationPage() {
  const { id = '' } = useParams()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<FormValues>()
  const [returning, setReturning] = useState(false)
  const [reason, setReason] = useState('')
  const key = [...REGISTRATIONS_KEY, 'detail', id]
  const { data: r, error, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get<RegistrationDetail>(`/api/registrations/${id}`) })
  const watchedTargets = Form.useWatch('targets', form) as TargetRow[] | undefined

  useEffect(() => {
    if (r) form.setFieldsValue({ targets: toRows(r.targets), commitments: r.commitments.join('\n') })
  }, [r, form])

  const done = async (next: RegistrationDetail) => {
    queryClient.setQueryData(key, next)
    await queryClient.invalidateQueries({ queryKey: [...REGISTRATIONS_KEY, 'list'] })
  }
  const save = async (current: RegistrationDetail): Promise<RegistrationDetail> => {
    const values = form.getFieldsValue()
    return api.patch<RegistrationDetail>(`/api/registrations/${id}`, {
      version: current.version, commitments: commitmentsBody(values.commitments), ...(current.consolidated ? {} : { targets: targetsBody(values.targets ?? []) }),
    })
  }
  const act = useMutation({
    mutationFn: async (action: 'save' | 'submit' | 'approve' | 'return') => {
      const current = r!
      if (action === 'save') return save(current)
      if (action === 'submit') {
        const saved = await save(current)
        return api.post<RegistrationDetail>(`/api/registrations/${id}/submit`, { version: saved.version })
      }
      if (action === 'approve') return api.post<RegistrationDetail>(`/api/registrations/${id}/approve`, { version: current.version })
      return api.post<RegistrationDetail>(`/api/registrations/${id}/return`, { version: current.version, reason })
    },
    onSuccess: async (next) => {
      setReturning(false)
      setReason('')
      await done(next)
    },
  })

  if (error) return <Alert type="error" showIcon title={toApiError(error).message} />
  if (isLoading || !r) return <Skeleton active />
  const actions = actionsOf(r)
  const problem = actions.includes('submit') ? submitProblem(watchedTargets ?? toRows(r.targets)) : null
  const base = `/api/registrations/${r.id}/document`

  return (
    <>
      <PageHeader title={`${r.consolidated ? 'Bản tổng hợp đăng ký thi đua' : 'Bản đăng ký thi đua'} — ${r.organizationName}`}>
        <Space wrap>
          <Button icon={<FileWordOutlined />} href={`${base}?format=docx`} download data-testid="registration-docx">Word</Button>
          <Button icon={<FilePdfOutlined />} href={`${base}?format=pdf`} download data-testid="registration-pdf">PDF</Button>
          {actions.includes('save') && <Button icon={<SaveOutlined />} loading={act.isPending && act.variables === 'save'} onClick={() => act.mutate('save')} data-testid="registration-save">Lưu</Button>}
          {actions.includes('submit') && (
            <Button type="primary" icon={<SendOutlined />} disabled={problem !== null} title={problem ?? undefined} loading={act.isPending && act.variables === 'submit'} onClick={() => act.mutate('submit')} data-testid="registration-submit">
              Gửi cấp trên
            </Button>
          )}
          {actions.includes('approve') && <Button type="primary" icon={<CheckOutlined />} loading={act.isPending && act.variables === 'approve'} onClick={() => act.mutate('approve')} data-testid="registration-approve">Duyệt</Button>}
          {actions.includes('return') && <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid="registration-return">Trả lại</Button>}
        </Space>
      </PageHeader>
      {act.error && <Alert type="error" showIcon title={toApiError(act.error).message} style={{ marginBottom: 16 }} />}
      {r.status === 'returned' && r.returnReason && <Alert type="warning" showIcon title={`Cấp trên trả lại: ${r.returnReason}`} style={{ marginBottom: 16 }} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="registration-header">
          <Descriptions.Item label="Đơn vị">{r.organizationName}</Descriptions.Item>
          <Descriptions.Item label="Kế hoạch / năm">{r.campaignTitle ?? `Thi đua năm ${r.year}`}</Descriptions.Item>
          <Descriptions.Item label="Trạng thái"><Tag color={STATUS_COLORS[r.status]}>{REGISTRATION_STATUS_LABELS[r.status]}</Tag></Descriptions.Item>
          <Descriptions.Item label="Hạn đăng ký">{r.deadline ? `${r.deadline.name}: ${r.deadline.due ? formatDate(r.deadline.due) : 'chưa xác định'}` : 'Không quy định'}</Descriptions.Item>
          {r.submittedOn && <Descriptions.Item label="Gửi ngày">{formatDate(r.submittedOn)}</Descriptions.Item>}
          {r.approvedAt && <Descriptions.Item label="Duyệt">{formatDateTime(r.approvedAt)} — {r.approvedByName}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Form form={form} layout="vertical" disabled={!r.canEdit}>
        <Card title={r.consolidated ? 'Tổng hợp danh hiệu, hình thức của các đơn vị trực thuộc' : 'Danh hiệu, hình thức đăng ký'} style={{ marginBottom: 16 }}>
          {r.consolidated ? (
            <Table rowKey={(t) => `${t.scope}:${t.code}`} pagination={false} dataSource={r.targets} data-testid="registration-totals"
              columns={[{ title: 'Danh hiệu, hình thức', dataIndex: 'name' }, { title: 'Đối tượng', key: 'scope', render: (_, t) => TARGET_SCOPE_LABELS[t.scope] }, { title: 'Số lượng', dataIndex: 'count' }]} />
          ) : (
            <Form.List name="targets">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field) => (
                    <TargetRowFields key={field.key} name={field.name} onRemove={r.canEdit ? () => remove(field.name) : null} form={form} />
                  ))}
                  {r.canEdit && (
                    <Space>
                      <Button icon={<PlusOutlined />} onClick={() => add({ scope: 'unit', count: 1 })}>Danh hiệu cho tập thể</Button>
                      <Button icon={<PlusOutlined />} onClick={() => add({ scope: 'members', count: 1 })}>Danh hiệu cho cá nhân</Button>
                    </Space>
                  )}
                </Flex>
              )}
            </Form.List>
          )}
        </Card>
        <Card title="Nội dung cam kết (mỗi dòng một nội dung)" style={{ marginBottom: 16 }}>
          <Form.Item name="commitments" noStyle><Input.TextArea rows={5} aria-label="Nội dung cam kết" /></Form.Item>
        </Card>
      </Form>
      <Card title="Lịch sử">
        <Timeline
          items={r.events.map((e) => ({
            key: e.id,
            children: `${formatDateTime(e.at)} — ${e.actorName}: ${e.fromStatus ? `${REGISTRATION_STATUS_LABELS[e.fromStatus]} → ` : 'Lập '}${REGISTRATION_STATUS_LABELS[e.toStatus]}${e.reason ? ` (${e.reason})` : ''}`,
          }))}
        />
      </Card>
      <Modal title="Trả lại bản đăng ký" open={returning} onCancel={() => setReturning(false)} okText="Trả lại" okButtonProps={{ danger: true, disabled: !reason.trim() }} onOk={() => act.mutate('return')} confirmLoading={act.isPending}>
        <Input.TextArea rows={4} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Lý do trả lại" aria-label="Lý do trả lại" />
      </Modal>
    </>
  )
}

function TargetRowFields({ name, onRemove, form }: { name: number; onRemove: (() => void) | null; form: ReturnType<typeof Form.useForm<FormValues>>[0] }) {
  const scope = (Form.useWatch(['targets', name, 'scope'], form) ?? 'unit') as TargetRow['scope']
  return (
    <Flex gap={8} wrap align="start">
      <Form.Item name={[name, 'scope']} noStyle><Select style={{ width: 170 }} options={Object.entries(TARGET_SCOPE_LABELS).map(([value, label]) => ({ value, label }))} aria-label="Đăng ký cho" /></Form.Item>
      <Form.Item name={[name, 'code']} noStyle><Select showSearch optionFilterProp="label" style={{ width: 320 }} options={targetOptions(scope)} placeholder="Danh hiệu, hình thức" aria-label="Danh hiệu, hình thức" /></Form.Item>
      {scope === 'members' && (
        <>
          <Form.Item name={[name, 'count']} noStyle><InputNumber min={1} placeholder="Số lượng" aria-label="Số lượng" /></Form.Item>
          <Form.Item name={[name, 'people']} noStyle><Input.TextArea rows={2} style={{ width: 260 }} placeholder="Họ tên (mỗi dòng một người)" aria-label="Cá nhân đăng ký" /></Form.Item>
        </>
      )}
      {onRemove && <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label="Xóa dòng" />}
    </Flex>
  )
}
