// /quyet-dinh/:id — one award decision. A draft: its header form, the lines with their amounts, unpaid notes
// and problems (a line can be taken out), the total, "Ban hành" after a confirmation (refused while any
// problem remains). Issued: its number, serials and certificate codes, links to the registry and to the
// certificates. Downloads in both states: the decision with its list as annex (Word, PDF), the list as a spreadsheet.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Result, Skeleton, Space, Tag, Typography } from 'antd'
import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons'
import { Link, useNavigate, useParams } from 'react-router'
import { can } from '../../shared/roles.ts'
import { api, toApiError } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { formatDate, formatDateTime } from '../format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { DecisionHeaderForm } from '../components/decisions/DecisionHeaderForm.tsx'
import { DecisionLinesTable } from '../components/decisions/DecisionLinesTable.tsx'
import { DECISIONS_KEY, formatMoney, SIGNING_FORM_OPTIONS, useDecision, type DecisionDetail } from '../components/decisions/decision-queries.ts'

const FILES = [
  { file: 'quyet-dinh.docx', label: 'Quyết định (Word)', icon: <FileWordOutlined /> },
  { file: 'quyet-dinh.pdf', label: 'Quyết định (PDF)', icon: <FilePdfOutlined /> },
  { file: 'danh-sach.xlsx', label: 'Danh sách (Excel)', icon: <FileExcelOutlined /> },
]

export function DecisionPage() {
  const { id = '' } = useParams()
  const me = useCurrentUser()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { data: decision, error, isPending } = useDecision(id)
  const refresh = () => queryClient.invalidateQueries({ queryKey: DECISIONS_KEY })
  const write = useMutation({
    mutationFn: (call: () => Promise<unknown>) => call(),
    onSuccess: () => void refresh(),
    onError: (e) => message.error(toApiError(e).message),
  })

  if (isPending) return <Skeleton active />
  if (error || !decision) return <Result status="warning" title={toApiError(error).message} extra={<Link to="/quyet-dinh">Về danh sách quyết định</Link>} />

  const draft = decision.status === 'draft'
  const canWrite = draft && can(me, 'decision.write')
  const remove = (nominationId: string) =>
    write.mutate(() => api.patch<DecisionDetail>(`/api/decisions/${id}`, { version: decision.version, nominationIds: decision.lines.map((l) => l.nominationId).filter((n) => n !== nominationId) }))
  const issue = () =>
    write.mutate(async () => {
      const issued = await api.post<DecisionDetail>(`/api/decisions/${id}/issue`, { version: decision.version })
      message.success(`Đã ban hành Quyết định số ${issued.numberAndSymbol}`)
    })
  const discard = () =>
    write.mutate(async () => {
      await api.delete(`/api/decisions/${id}?version=${decision.version}`)
      navigate('/quyet-dinh')
    })

  return (
    <>
      <PageHeader title={decision.numberAndSymbol ? `Quyết định số ${decision.numberAndSymbol}` : 'Dự thảo quyết định khen thưởng'}>
        {draft && can(me, 'decision.issue') && (
          <Popconfirm
            title="Ban hành quyết định?"
            description={`Lấy số từ sổ Quyết định, ghi ${decision.lines.length} trường hợp vào sổ khen thưởng, cấp giấy khen và chuyển các đề nghị sang "Đã có quyết định". Không sửa được sau khi ban hành.`}
            okText="Ban hành"
            cancelText="Chưa"
            onConfirm={issue}
            disabled={decision.problems.length > 0}
          >
            <Button type="primary" disabled={decision.problems.length > 0} loading={write.isPending} data-testid="decision-issue">
              Ban hành
            </Button>
          </Popconfirm>
        )}
        {canWrite && (
          <Popconfirm title="Xóa dự thảo này?" okText="Xóa" cancelText="Không" onConfirm={discard}>
            <Button danger data-testid="decision-delete">Xóa dự thảo</Button>
          </Popconfirm>
        )}
      </PageHeader>

      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" wrap gap={12}>
          <Space orientation="vertical" size={4}>
            <Space>
              <Tag color={draft ? 'default' : 'green'} data-testid="decision-status">{decision.statusLabel}</Tag>
              <Typography.Text strong>{decision.organization.name}</Typography.Text>
              <Typography.Text type="secondary">ngày {formatDate(decision.decisionDate)}</Typography.Text>
            </Space>
            <Typography.Text>Tổng tiền thưởng: <strong data-testid="decision-total">{formatMoney(decision.total)}</strong> — {decision.lines.length} trường hợp</Typography.Text>
          </Space>
          <Space wrap>
            {FILES.map((f) => (
              <Button key={f.file} icon={f.icon} href={`/api/decisions/${id}/files/${f.file}`} download data-testid={`decision-file-${f.file}`}>
                {f.label}
              </Button>
            ))}
          </Space>
        </Flex>
        {!draft && (
          <Space wrap style={{ marginTop: 12 }}>
            <Link to={`/so-khen-thuong?q=${encodeURIComponent(decision.numberAndSymbol ?? '')}`} data-testid="decision-registry-link">Xem trong sổ khen thưởng</Link>
            <Link to={`/quyet-dinh/${id}/giay-khen`} data-testid="decision-certificates-link">In giấy khen</Link>
          </Space>
        )}
      </Card>

      {decision.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Chưa thể ban hành: còn vướng mắc"
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{decision.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
          data-testid="decision-problems"
        />
      )}

      <Card title="Thông tin quyết định" style={{ marginBottom: 16 }}>
        {canWrite ? (
          <DecisionHeaderForm key={decision.version} decision={decision} />
        ) : (
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Trích yếu">{decision.title}</Descriptions.Item>
            <Descriptions.Item label="Căn cứ"><div>{decision.bases.map((b) => <div key={b}>{b};</div>)}</div></Descriptions.Item>
            <Descriptions.Item label="Người ký">
              {SIGNING_FORM_OPTIONS.find((o) => o.value === decision.signingForm)?.label} — {decision.signerTitle} {decision.signerName}
            </Descriptions.Item>
            {decision.issuedAt && <Descriptions.Item label="Ban hành">{formatDateTime(decision.issuedAt)} — {decision.issuedByName}</Descriptions.Item>}
          </Descriptions>
        )}
      </Card>

      <Card title="Danh sách kèm theo">
        <DecisionLinesTable
          lines={decision.lines}
          showSerial={!draft}
          data-testid="decision-lines"
          action={canWrite ? (l) => <Button size="small" onClick={() => remove(l.nominationId)} disabled={decision.lines.length === 1} data-testid="decision-line-remove">Bỏ ra</Button> : undefined}
        />
      </Card>
    </>
  )
}
