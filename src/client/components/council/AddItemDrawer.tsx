// The nominations the agenda may take (of units in the council's subtree, at its level or above, not on
// another open session), each with "Đưa vào chương trình".
import { useQuery } from '@tanstack/react-query'
import { Button, Drawer, Grid, Table } from 'antd'
import { api } from '../../api.ts'
import { councilKeys, type EligibleNomination, type SessionDetail } from './council-queries.ts'
import { useSessionAction } from './useSessionAction.ts'

export function AddItemDrawer({ session, onClose }: { session: SessionDetail; onClose: () => void }) {
  const screens = Grid.useBreakpoint()
  const { data, isFetching, error } = useQuery({
    queryKey: councilKeys.eligible(session.id),
    queryFn: () => api.get<EligibleNomination[]>(`/api/council-sessions/${session.id}/eligible-nominations`),
  })
  const add = useSessionAction(session.id, (nominationId: string) => api.post<SessionDetail>(`/api/council-sessions/${session.id}/items`, { nominationId }), 'Đã đưa vào chương trình')
  return (
    <Drawer title="Thêm đề nghị vào chương trình" open onClose={onClose} size={screens.md ? 900 : '100%'} destroyOnHidden>
      {error && <p role="alert">{error.message}</p>}
      <Table<EligibleNomination>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: 'Không còn đề nghị nào chờ Hội đồng xét' }}
        columns={[
          { title: 'Người/tập thể được đề nghị', dataIndex: 'subjectName' },
          { title: 'Đơn vị', dataIndex: 'subjectOrganizationName' },
          { title: 'Đơn vị đề nghị', dataIndex: 'nominatingOrganizationName' },
          { title: 'Danh hiệu, hình thức', dataIndex: 'targetName' },
          { title: 'Năm', dataIndex: 'year', width: 70 },
          { title: 'Trạng thái', dataIndex: 'statusLabel' },
          {
            title: '', key: 'add', width: 110,
            render: (_: unknown, n) => (
              <Button size="small" type="primary" loading={add.isPending && add.variables === n.id} onClick={() => add.mutate(n.id)} data-testid="agenda-add-item">
                Đưa vào
              </Button>
            ),
          },
        ]}
      />
    </Drawer>
  )
}
