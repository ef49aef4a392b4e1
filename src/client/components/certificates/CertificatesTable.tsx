// One line per awardee: serial (số sổ vàng), awardee, form or title, verification code, status; the
// certificates a reissue replaced unfold under the line; reissue and cancel for those who manage them.
import { Button, Flex, Table, Typography } from 'antd'
import { formatDateTime } from '../../format.ts'
import { CertificateStatusTag } from './CertificateStatusTag.tsx'
import type { CertificateLine, CertificateView } from './certificate-types.ts'
import type { StatusChange } from './StatusChangeDialog.tsx'

function StatusCell({ c }: { c: CertificateView }) {
  return (
    <Flex vertical gap={2}>
      <span>
        <CertificateStatusTag status={c.status} label={c.statusLabel} />
      </span>
      {c.status !== 'valid' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(c.statusChangedAt)} — {c.statusChangedByName}: {c.reason}
        </Typography.Text>
      )}
    </Flex>
  )
}

function History({ history }: { history: CertificateView[] }) {
  return (
    <Table<CertificateView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={history}
      data-testid="certificate-history"
      columns={[
        { title: 'Mã xác minh (bản cũ)', dataIndex: 'code', render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
        { title: 'Cấp ngày', dataIndex: 'issuedAt', render: (at: string, c) => `${formatDateTime(at)} — ${c.issuedByName}` },
        { title: 'Trạng thái', key: 'status', width: 130, render: (_, c) => <StatusCell c={c} /> },
      ]}
    />
  )
}

export function CertificatesTable({
  lines, canManage, selected, onSelect, onAction,
}: {
  lines: CertificateLine[]
  canManage: boolean
  selected: string[]
  onSelect: (ids: string[]) => void
  onAction: (change: StatusChange, certificate: CertificateLine) => void
}) {
  return (
    <Table<CertificateLine>
      rowKey="id"
      data-testid="certificates-table"
      dataSource={lines}
      pagination={false}
      size="middle"
      scroll={{ x: 1120 }}
      rowSelection={canManage ? { selectedRowKeys: selected, onChange: (keys) => onSelect(keys as string[]), getCheckboxProps: (c) => ({ disabled: c.status !== 'valid' }) } : undefined}
      expandable={{
        rowExpandable: (c) => c.history.length > 0,
        expandedRowRender: (c) => <History history={c.history} />,
      }}
      columns={[
        { title: 'Số sổ vàng', dataIndex: 'serial', width: 100, align: 'center' },
        {
          title: 'Người, tập thể được khen', key: 'awardee',
          render: (_, c) => (
            <Flex vertical>
              <strong>{c.awardeeName}</strong>
              <Typography.Text type="secondary">{c.unitName}</Typography.Text>
            </Flex>
          ),
        },
        { title: 'Hình thức, danh hiệu', dataIndex: 'awardName' },
        { title: 'Mã xác minh', dataIndex: 'code', width: 230, render: (code: string) => <Typography.Text code copyable style={{ whiteSpace: 'nowrap' }}>{code}</Typography.Text> },
        { title: 'Trạng thái', key: 'status', width: 130, render: (_, c) => <StatusCell c={c} /> },
        ...(canManage
          ? [{
              title: '', key: 'actions', width: 170, fixed: 'right' as const,
              render: (_: unknown, c: CertificateLine) =>
                c.status === 'valid' && (
                  <Flex gap={4} wrap>
                    <Button size="small" onClick={() => onAction('reissue', c)} data-testid={`reissue-${c.serial}`}>
                      Cấp lại
                    </Button>
                    <Button size="small" danger onClick={() => onAction('cancel', c)} data-testid={`cancel-${c.serial}`}>
                      Hủy bỏ
                    </Button>
                  </Flex>
                ),
            }]
          : []),
      ]}
    />
  )
}
