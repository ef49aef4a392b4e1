// "Chi thưởng theo quyết định": the organization's issued award decisions not yet paid from its fund, each
// with its total and "Chi trả" (one spending line for the total, dated today).
import { App, Button, Card, Popconfirm, Table } from 'antd'
import { DollarOutlined } from '@ant-design/icons'
import { useMutation, useQuery } from '@tanstack/react-query'
import { formatVnd } from '../../../shared/fund.ts'
import { api, toApiError } from '../../api.ts'
import { formatDate, todayIso } from '../../format.ts'
import { excludedNote, FUND_KEY, type PayableDecision } from './fund-ui.ts'

export function UnpaidDecisions({ organizationId, canWrite, onPaid }: { organizationId: string; canWrite: boolean; onPaid: () => void }) {
  const { message } = App.useApp()
  const { data, isLoading } = useQuery({
    queryKey: [...FUND_KEY, 'unpaid', organizationId],
    queryFn: () => api.get<PayableDecision[]>(`/api/fund/unpaid-decisions?organizationId=${organizationId}`),
  })
  const pay = useMutation({
    mutationFn: (d: PayableDecision) => api.post(`/api/fund/decisions/${d.id}/pay`, { occurredOn: todayIso() }),
    onSuccess: () => {
      message.success('Đã ghi chi tiền thưởng theo quyết định')
      onPaid()
    },
    onError: (error) => message.error(toApiError(error).message),
  })
  return (
    <Card title="Chi thưởng theo quyết định (quyết định đã ban hành, chưa chi trả)" style={{ marginBottom: 16 }}>
      <Table
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data ?? []}
        pagination={false}
        data-testid="fund-unpaid-decisions"
        locale={{ emptyText: 'Không có quyết định nào chờ chi trả' }}
        columns={[
          { title: 'Số quyết định', dataIndex: 'label', width: 130 },
          { title: 'Ngày', dataIndex: 'decisionDate', width: 110, render: (d: string) => formatDate(d) },
          { title: 'Trích yếu', key: 'title', render: (_, d) => <>{d.title}{excludedNote(d) && <div style={{ color: '#888' }}>{excludedNote(d)}</div>}</> },
          { title: 'Số dòng', dataIndex: 'lineCount', width: 80 },
          { title: 'Tổng tiền thưởng', dataIndex: 'total', width: 150, align: 'right', render: (t: number) => formatVnd(t) },
          ...(canWrite
            ? [{
              title: '', key: 'pay', width: 110,
              render: (_: unknown, d: PayableDecision) => (
                <Popconfirm title={`Ghi chi ${formatVnd(d.total)} theo Quyết định số ${d.label}?`} okText="Chi trả" cancelText="Hủy" onConfirm={() => pay.mutate(d)} disabled={d.total <= 0}>
                  <Button size="small" type="primary" icon={<DollarOutlined />} disabled={d.total <= 0} loading={pay.isPending && pay.variables?.id === d.id} data-testid={`fund-pay-${d.id}`}>
                    Chi trả
                  </Button>
                </Popconfirm>
              ),
            }]
            : []),
        ]}
      />
    </Card>
  )
}
