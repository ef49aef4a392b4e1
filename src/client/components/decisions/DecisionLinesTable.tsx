// The lines of a decision (or the nominations a new one may list): subject, title or form, the money
// (coefficient × base salary, the product before rounding, the amount), why a line is not paid or has no
// amount, its problems, and once issued the serial (số sổ vàng) and certificate code.
import type { Key, ReactNode } from 'react'
import { Space, Table, Tag, Tooltip, Typography } from 'antd'
import { WarningOutlined } from '@ant-design/icons'
import { formatMoney, type DecisionLineView } from './decision-queries.ts'

const KIND_LABELS = { individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình' } as const

interface Props {
  lines: readonly DecisionLineView[]
  loading?: boolean
  /** Rows that may be picked (new decision). */
  selection?: { selected: string[]; onChange: (ids: string[]) => void }
  /** An action per row (remove from a draft). */
  action?: (line: DecisionLineView) => ReactNode
  showSerial?: boolean
  'data-testid'?: string
}

export function DecisionLinesTable({ lines, loading, selection, action, showSerial, ...rest }: Props) {
  return (
    <Table<DecisionLineView>
      rowKey="nominationId"
      data-testid={rest['data-testid']}
      size="small"
      loading={loading}
      dataSource={[...lines]}
      pagination={false}
      scroll={{ x: 1000 }}
      rowSelection={selection && { selectedRowKeys: selection.selected, onChange: (keys: Key[]) => selection.onChange(keys.map(String)) }}
      locale={{ emptyText: 'Chưa có trường hợp nào' }}
      columns={[
        { title: 'STT', width: 56, render: (_: unknown, __: DecisionLineView, i: number) => i + 1 },
        {
          title: 'Họ và tên / Tên tập thể',
          render: (_: unknown, l: DecisionLineView) => (
            <Space orientation="vertical" size={0}>
              <strong>{l.subject.name}</strong>
              <Typography.Text type="secondary">{[KIND_LABELS[l.subject.kind], l.subject.positionAndUnit].filter(Boolean).join(' — ')}</Typography.Text>
            </Space>
          ),
        },
        {
          title: 'Danh hiệu, hình thức', width: 200,
          render: (_: unknown, l: DecisionLineView) => (
            <Space direction="vertical" size={2}>
              <Tooltip title={l.targetName}>{l.isTitle ? `Danh hiệu ${l.award}` : l.award}</Tooltip>
              {l.eligible !== true && (
                <Tooltip title="Kết quả xét điều kiện lưu cùng đề nghị; Hội đồng đã xem xét và biểu quyết. Mở đề nghị để xem từng tiêu chuẩn.">
                  <Tag color={l.eligible === false ? 'red' : 'default'} data-testid="line-eligibility">{l.eligible === false ? 'Chưa đủ điều kiện' : 'Chưa xác định đủ điều kiện'}</Tag>
                </Tooltip>
              )}
            </Space>
          ),
        },
        {
          title: 'Tiền thưởng',
          width: 230,
          render: (_: unknown, l: DecisionLineView) => (
            <Space orientation="vertical" size={0}>
              <span style={{ textDecoration: l.paid ? undefined : 'line-through' }}>{formatMoney(l.amount)}</span>
              {l.coefficient !== null && l.baseSalary !== null && (
                <Typography.Text type="secondary">
                  {String(l.coefficient).replace('.', ',')} × {l.baseSalary.toLocaleString('vi-VN')} = {l.unrounded?.toLocaleString('vi-VN')}
                </Typography.Text>
              )}
              {!l.paid && <Tag color="orange">Không nhận tiền</Tag>}
              {l.amountNote && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.amountNote}</Typography.Text>}
            </Space>
          ),
        },
        {
          title: showSerial ? 'Số sổ vàng, mã giấy khen' : 'Vướng mắc',
          width: 260,
          render: (_: unknown, l: DecisionLineView) =>
            showSerial ? (
              <Space orientation="vertical" size={0}>
                <span>Số sổ vàng: {l.serial}</span>
                <Typography.Text code copyable>{l.certificateCode}</Typography.Text>
              </Space>
            ) : l.problems.length === 0 ? (
              <Tag color="green">Sẵn sàng</Tag>
            ) : (
              <Space orientation="vertical" size={2}>
                {l.problems.map((p) => (
                  <Typography.Text key={p} type="danger"><WarningOutlined /> {p}</Typography.Text>
                ))}
              </Space>
            ),
        },
        ...(action ? [{ title: '', width: 90, render: (_: unknown, l: DecisionLineView) => action(l) }] : []),
      ]}
    />
  )
}
