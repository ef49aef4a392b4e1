// Chooses nominations the council passed (đã được Hội đồng thông qua) in the user's scope, for a posting;
// a form control: value is the chosen ids in the order of the list.
import { useQuery } from '@tanstack/react-query'
import { Alert, Table } from 'antd'
import { api } from '../../api.ts'
import type { Page } from '../../types.ts'
import type { NominationSummary } from '../nominations/nomination-queries.ts'

interface Props {
  id?: string
  value?: string[]
  onChange?: (ids: string[]) => void
}

export function PassedNominationPicker({ id, value = [], onChange }: Props) {
  const { data, isPending, error } = useQuery({
    queryKey: ['nominations', 'list', { status: 'passed' }, 'picker'],
    queryFn: () => api.get<Page<NominationSummary>>('/api/nominations?status=passed&pageSize=200'),
  })
  if (error) return <Alert type="error" showIcon title={error.message} />
  const rows = data?.items ?? []
  return (
    <div id={id}>
      <Table<NominationSummary>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 320 }}
        data-testid="posting-nomination-picker"
        locale={{ emptyText: 'Chưa có đề nghị nào được Hội đồng thông qua trong phạm vi của bạn.' }}
        rowSelection={{
          selectedRowKeys: value,
          onChange: (keys) => onChange?.(rows.filter((n) => keys.includes(n.id)).map((n) => n.id)),
        }}
        columns={[
          { title: 'Đối tượng', key: 'name', render: (_, n) => n.subject.name },
          { title: 'Danh hiệu, hình thức', key: 'target', render: (_, n) => n.targetShort },
          { title: 'Đơn vị đề nghị', key: 'unit', render: (_, n) => n.nominatingOrganization.name },
        ]}
      />
    </div>
  )
}
