// The council's sessions, newest first, and "Phiên họp mới" (officer).
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, DatePicker, Form, Input, Table, Tag } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { Link, useNavigate } from 'react-router'
import { api } from '../../api.ts'
import { DATE_FORMAT, formatDate, toIsoDate } from '../../format.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { councilKeys, type CouncilDetail, type SessionDetail } from './council-queries.ts'

type SessionRow = CouncilDetail['sessions'][number]

const STATUS_COLORS = { draft: 'default', open: 'processing', closed: 'success' } as const

function NewSessionForm({ councilId, onClose }: { councilId: string; onClose: () => void }) {
  const [form] = Form.useForm()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const save = useMutation({
    mutationFn: (v: { title: string; meetsOn: Parameters<typeof toIsoDate>[0]; place?: string }) =>
      api.post<SessionDetail>(`/api/councils/${councilId}/sessions`, { title: v.title, meetsOn: toIsoDate(v.meetsOn), place: v.place || null }),
    onSuccess: async (session) => {
      message.success('Đã lập phiên họp')
      await queryClient.invalidateQueries({ queryKey: councilKeys.all })
      navigate(`/hoi-dong/phien/${session.id}`)
    },
    onError: report,
  })
  return (
    <FormDrawer title="Phiên họp mới" onClose={onClose} formId="session-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} />
      <Form name="session-form" form={form} layout="vertical" onFinish={(v) => { clear(); save.mutate(v) }}>
        <Form.Item label="Tên phiên họp" name="title" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên phiên họp' }]}>
          <Input placeholder="Xét khen thưởng tổng kết năm 2025" data-testid="session-title" />
        </Form.Item>
        <Form.Item label="Ngày họp" name="meetsOn" rules={[{ required: true, message: 'Hãy chọn ngày họp' }]}>
          <DatePicker format={DATE_FORMAT} data-testid="session-date" />
        </Form.Item>
        <Form.Item label="Địa điểm" name="place">
          <Input placeholder="Hội trường UBND xã" />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}

export function SessionsCard({ council }: { council: CouncilDetail }) {
  const [creating, setCreating] = useState(false)
  return (
    <Card
      title="Phiên họp"
      extra={council.canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="session-new">Phiên họp mới</Button>}
    >
      <Table<SessionRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={council.sessions}
        locale={{ emptyText: 'Chưa có phiên họp' }}
        columns={[
          { title: 'Ngày họp', dataIndex: 'meetsOn', width: 110, render: formatDate },
          { title: 'Phiên họp', dataIndex: 'title', render: (title: string, s) => <Link to={`/hoi-dong/phien/${s.id}`}>{title}</Link> },
          { title: 'Số nội dung', dataIndex: 'itemCount', width: 110 },
          { title: 'Trạng thái', dataIndex: 'status', width: 140, render: (status: SessionRow['status'], s) => <Tag color={STATUS_COLORS[status]}>{s.statusLabel}</Tag> },
        ]}
      />
      {creating && <NewSessionForm councilId={council.id} onClose={() => setCreating(false)} />}
    </Card>
  )
}
