// The head of a session: when and where, its status, the quorum, and the officer's "Khai mạc bỏ phiếu" /
// "Kết thúc phiên họp"; once closed, the minutes in Word and PDF.
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Tag } from 'antd'
import { FilePdfOutlined, FileWordOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons'
import { api } from '../../api.ts'
import { formatDate } from '../../format.ts'
import type { SessionDetail } from './council-queries.ts'
import { useSessionAction } from './useSessionAction.ts'

const STATUS_COLORS = { draft: 'default', open: 'processing', closed: 'success' } as const

export function SessionSummaryCard({ session }: { session: SessionDetail }) {
  const open = useSessionAction(session.id, () => api.post<SessionDetail>(`/api/council-sessions/${session.id}/open`, { version: session.version }), 'Đã khai mạc bỏ phiếu')
  const close = useSessionAction(session.id, () => api.post<SessionDetail>(`/api/council-sessions/${session.id}/close`, { version: session.version }), 'Đã kết thúc phiên họp')
  const received = session.items.reduce((sum, i) => sum + i.received.ballots + i.received.writtenOpinions, 0)
  return (
    <Card style={{ marginBottom: 16 }}>
      <Flex justify="space-between" wrap gap={12}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ flex: 1, minWidth: 280 }}>
          <Descriptions.Item label="Hội đồng">{session.council.name}</Descriptions.Item>
          <Descriptions.Item label="Trạng thái"><Tag color={STATUS_COLORS[session.status]} data-testid="session-status">{session.statusLabel}</Tag></Descriptions.Item>
          <Descriptions.Item label="Ngày họp">{formatDate(session.meetsOn)}</Descriptions.Item>
          <Descriptions.Item label="Địa điểm">{session.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Có mặt">
            {session.quorum.present}/{session.quorum.members} thành viên (cần ít nhất {session.quorum.needed})
          </Descriptions.Item>
          {session.totalMembers !== null && <Descriptions.Item label="Tổng số thành viên (mẫu số)">{session.totalMembers}</Descriptions.Item>}
        </Descriptions>
        <Flex gap={8} wrap align="start">
          {session.canManage && session.status === 'draft' && (
            <Button type="primary" icon={<PlayCircleOutlined />} loading={open.isPending} disabled={!session.quorum.met || session.items.length === 0} onClick={() => open.mutate(undefined)} data-testid="session-open">
              Khai mạc bỏ phiếu
            </Button>
          )}
          {session.canManage && session.status === 'open' && (
            <Popconfirm
              title="Kết thúc phiên họp?"
              description={`Đã nhận ${received} phiếu và ý kiến. Sau khi kết thúc, không ai bỏ phiếu được nữa; kết quả được công bố và đề nghị được chuyển trạng thái.`}
              okText="Kết thúc"
              cancelText="Chưa"
              onConfirm={() => close.mutate(undefined)}
            >
              <Button danger icon={<StopOutlined />} loading={close.isPending} data-testid="session-close">Kết thúc phiên họp</Button>
            </Popconfirm>
          )}
          {session.status === 'closed' && (
            <>
              <Button icon={<FileWordOutlined />} href={`/api/council-sessions/${session.id}/minutes.docx`} download data-testid="minutes-docx">Biên bản (Word)</Button>
              <Button icon={<FilePdfOutlined />} href={`/api/council-sessions/${session.id}/minutes.pdf`} download data-testid="minutes-pdf">Biên bản (PDF)</Button>
            </>
          )}
        </Flex>
      </Flex>
      {session.status === 'draft' && session.quorum.problem && session.canManage && <Alert type="warning" showIcon title={session.quorum.problem} style={{ marginTop: 12 }} />}
      {session.status === 'open' && (
        <Alert type="info" showIcon style={{ marginTop: 12 }} title="Đang bỏ phiếu kín: số phiếu từng loại chỉ được công bố sau khi kết thúc phiên họp; trong lúc bỏ phiếu chỉ hiện số phiếu đã nhận." />
      )}
    </Card>
  )
}
