// Attendance (điểm danh): each member present or absent while the session is prepared or voting (officer).
import { Card, Switch, Table, Tag } from 'antd'
import { api } from '../../api.ts'
import type { SessionDetail } from './council-queries.ts'
import { useSessionAction } from './useSessionAction.ts'

type Member = SessionDetail['members'][number]

export function AttendanceCard({ session }: { session: SessionDetail }) {
  const mark = useSessionAction(session.id, ({ memberId, present }: { memberId: string; present: boolean }) =>
    api.put<SessionDetail>(`/api/council-sessions/${session.id}/attendance/${memberId}`, { present }))
  const editable = session.canManage && session.status !== 'closed'
  return (
    <Card title={`Thành phần và điểm danh (${session.quorum.present}/${session.quorum.members} có mặt)`} style={{ marginBottom: 16 }}>
      <Table<Member>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={session.members}
        scroll={{ x: true }}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Chức danh', dataIndex: 'roleLabel' },
          { title: 'Chức vụ', dataIndex: 'position', render: (v: string | null) => v ?? '—' },
          { title: 'Bỏ phiếu trực tuyến', dataIndex: 'hasAccount', render: (v: boolean) => (v ? 'Có tài khoản' : <Tag>Không có tài khoản</Tag>) },
          {
            title: 'Có mặt',
            key: 'present',
            render: (_: unknown, m) =>
              editable ? (
                <Switch
                  checked={m.present === true}
                  checkedChildren="Có mặt"
                  unCheckedChildren={m.present === false ? 'Vắng' : 'Chưa điểm danh'}
                  loading={mark.isPending && mark.variables?.memberId === m.id}
                  onChange={(present) => mark.mutate({ memberId: m.id, present })}
                  aria-label={`Điểm danh ${m.fullName}`}
                  data-testid={`attendance-${m.id}`}
                />
              ) : m.present ? <Tag color="green">Có mặt</Tag> : <Tag>Vắng mặt</Tag>,
          },
        ]}
      />
    </Card>
  )
}
