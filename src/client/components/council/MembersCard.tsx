// The council's members: role, post, voting account, the unit each heads; add, edit, delete (officer).
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd'
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import { api, toApiError } from '../../api.ts'
import { councilKeys, type CouncilDetail, type MemberView } from './council-queries.ts'
import { MemberForm } from './MemberForm.tsx'

export function MembersCard({ council }: { council: CouncilDetail }) {
  const [editing, setEditing] = useState<MemberView | 'new' | null>(null)
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const remove = useMutation({
    mutationFn: (m: MemberView) => api.delete(`/api/council-members/${m.id}?version=${m.version}`),
    onSuccess: async () => {
      message.success('Đã xóa thành viên')
      await queryClient.invalidateQueries({ queryKey: councilKeys.all })
    },
    onError: (caught) => message.error(toApiError(caught).message),
  })
  return (
    <Card
      title={`Thành viên (${council.activeMembers} đang hoạt động)`}
      extra={council.canManage && <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="member-add">Thêm thành viên</Button>}
      style={{ marginBottom: 16 }}
    >
      <Table<MemberView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={council.members}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có thành viên' }}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName', render: (name: string, m) => (m.active ? name : <span style={{ textDecoration: 'line-through' }}>{name}</span>) },
          { title: 'Chức danh', dataIndex: 'roleLabel' },
          { title: 'Chức vụ, đơn vị', dataIndex: 'position', render: (v: string | null) => v ?? '—' },
          { title: 'Tài khoản bỏ phiếu', dataIndex: 'accountUsername', render: (v: string | null) => v ?? <Tag>Chỉ ý kiến bằng văn bản</Tag> },
          { title: 'Đứng đầu đơn vị', dataIndex: 'leadsOrganizationName', render: (v: string | null) => v ?? '—' },
          { title: 'Trạng thái', dataIndex: 'active', render: (active: boolean) => (active ? <Tag color="green">Đang là thành viên</Tag> : <Tag>Đã thôi</Tag>) },
          ...(council.canManage
            ? [{
                title: '', key: 'actions', width: 90,
                render: (_: unknown, m: MemberView) => (
                  <Space>
                    <Button size="small" icon={<EditOutlined />} aria-label={`Sửa ${m.fullName}`} onClick={() => setEditing(m)} data-testid="member-edit" />
                    <Popconfirm title={`Xóa ${m.fullName} khỏi Hội đồng?`} okText="Xóa" cancelText="Không" onConfirm={() => remove.mutate(m)}>
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Xóa ${m.fullName}`} />
                    </Popconfirm>
                  </Space>
                ),
              }]
            : []),
        ]}
      />
      {editing && <MemberForm councilId={council.id} member={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  )
}
