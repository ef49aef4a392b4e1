// The year's ledger (sổ quỹ) in the order written: income and spending with the running balance, the
// reversal a line is or the one that corrected it, and "Điều chỉnh" for a line not yet corrected.
import { Button, Table, Tag, Tooltip } from 'antd'
import { RollbackOutlined } from '@ant-design/icons'
import { FUND_CATEGORY_LABELS, formatVnd } from '../../../shared/fund.ts'
import { formatDate } from '../../format.ts'
import type { FundLine } from './fund-ui.ts'

interface Props {
  lines: FundLine[]
  /** The balance before the first line (previous years' closing). */
  startingBalance: number
  onReverse: ((line: FundLine) => void) | null
}

export function FundLedgerTable({ lines, startingBalance, onReverse }: Props) {
  let balance = startingBalance
  const rows = lines.map((l) => {
    balance += l.kind === 'income' ? l.amount : -l.amount
    return { ...l, balance }
  })
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1000 }}
      data-testid="fund-ledger"
      locale={{ emptyText: 'Chưa có dòng nào trong sổ quỹ năm này' }}
      columns={[
        { title: 'Ngày', dataIndex: 'occurredOn', width: 100, render: (d: string) => formatDate(d) },
        { title: 'Loại', dataIndex: 'category', width: 200, render: (c: FundLine['category']) => FUND_CATEGORY_LABELS[c] },
        {
          title: 'Nội dung',
          key: 'description',
          render: (_, l) => (
            <>
              {l.description}
              {l.counterparty && <div style={{ color: '#888' }}>{l.counterparty}</div>}
              {l.decisionLabel && <Tag color="blue">QĐ {l.decisionLabel}</Tag>}
              {l.reversesId && <Tag color="orange">Ghi đảo: {l.reason}</Tag>}
              {l.reversedById && <Tag>Đã điều chỉnh</Tag>}
            </>
          ),
        },
        { title: 'Thu', key: 'in', width: 130, align: 'right', render: (_, l) => (l.kind === 'income' ? formatVnd(l.amount) : '') },
        { title: 'Chi', key: 'out', width: 130, align: 'right', render: (_, l) => (l.kind === 'spending' ? formatVnd(l.amount) : '') },
        { title: 'Số dư', dataIndex: 'balance', width: 140, align: 'right', render: (b: number) => formatVnd(b) },
        { title: 'Người ghi', dataIndex: 'createdByName', width: 160 },
        ...(onReverse
          ? [{
            title: '', key: 'actions', width: 60,
            render: (_: unknown, l: FundLine) => (!l.reversesId && !l.reversedById
              ? <Tooltip title="Điều chỉnh (ghi đảo) dòng này"><Button size="small" icon={<RollbackOutlined />} onClick={() => onReverse(l)} aria-label="Điều chỉnh" data-testid={`fund-reverse-${l.id}`} /></Tooltip>
              : null),
          }]
          : []),
      ]}
    />
  )
}
