// The tables of a level's compiled report: registrations per title, each criterion's results summed with the units
// that reported, awards per form and kind of subject, and the models and initiatives named.
import { Card, Table, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import { TARGET_KINDS } from '../../../shared/campaign-plan.ts'
import { REPORT_STATUS_LABELS, formatFigure } from '../../../shared/reports.ts'
import { formatDate } from '../../format.ts'
import { STATUS_COLORS, type CompiledReport } from './report-ui.ts'

const KINDS = ['individual', 'collective', 'household'] as const

export function FigureTables({ data }: { data: CompiledReport }) {
  const items = [
    ...data.models.map((m) => ({ kind: 'Mô hình', text: m.text, who: m.unit })),
    ...data.initiatives.map((m) => ({ kind: 'Sáng kiến, cách làm hay', text: m.text, who: m.unit })),
    ...data.recognisedInitiatives.map((r) => ({ kind: 'Sáng kiến được công nhận', text: r.title, who: `${r.subjectName}, ${formatDate(r.recognisedOn)}` })),
  ]
  return (
    <>
      <Card title={`Báo cáo của đơn vị (${data.counted.length} báo cáo đã tiếp nhận được tổng hợp)`} style={{ marginBottom: 16 }}>
        <Table rowKey="id" size="small" pagination={false} dataSource={data.reports} data-testid="compiled-reports"
          locale={{ emptyText: 'Chưa có đơn vị nào báo cáo kỳ này.' }}
          columns={[
            { title: 'Đơn vị', key: 'unit', render: (_, r) => <Link to={`/bao-cao/${r.id}`}>{r.organizationName}</Link> },
            { title: 'Trạng thái', key: 'status', render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{REPORT_STATUS_LABELS[r.status]}</Tag> },
            { title: 'Tổng hợp', key: 'counted', render: (_, r) => (data.counted.includes(r.organizationName) ? 'Có' : '') },
          ]} />
      </Card>
      <Card title={`Kết quả thực hiện các tiêu chí thi đua`} style={{ marginBottom: 16 }}>
        <Table rowKey={(r) => `${r.criterionKey ?? r.criterion}|${r.measure ?? ''}`} size="small" pagination={false} dataSource={data.results} data-testid="compiled-results"
          locale={{ emptyText: 'Chưa có báo cáo đã tiếp nhận.' }}
          expandable={{ rowExpandable: (r) => r.texts.length > 0, expandedRowRender: (r) => r.texts.map((t) => <div key={`${t.unit}${t.text}`}><strong>{t.unit}:</strong> {t.text}</div>) }}
          columns={[
            { title: 'Tiêu chí, chỉ tiêu', dataIndex: 'criterion' },
            { title: 'Chỉ số', key: 'measure', width: 200, render: (_, r) => r.measure ?? '' },
            {
              title: 'Kết quả', key: 'total', width: 220,
              render: (_, r) => (
                <>
                  {r.total !== null && <strong data-testid="compiled-total">{formatFigure(r.total)}</strong>}
                  {r.parts.map((p) => <div key={p.label}><Typography.Text type="secondary">trong đó {p.label}: {formatFigure(p.value)}</Typography.Text></div>)}
                </>
              ),
            },
            { title: 'Đơn vị báo cáo', key: 'units', width: 260, render: (_, r) => r.units.join(', ') },
          ]} />
      </Card>
      <Card title={`Đăng ký thi đua (${data.registrations.units} đơn vị có bản đăng ký được duyệt)`} style={{ marginBottom: 16 }}>
        <Table rowKey="code" size="small" pagination={false} dataSource={data.registrations.targets}
          columns={[{ title: 'Danh hiệu, hình thức', dataIndex: 'name' }, { title: 'Tập thể đăng ký', dataIndex: 'units', width: 160 }, { title: 'Cá nhân đăng ký', dataIndex: 'members', width: 160 }]} />
      </Card>
      <Card title="Khen thưởng trong kỳ" style={{ marginBottom: 16 }}>
        <Table rowKey={(a) => a.code ?? a.name} size="small" pagination={false} dataSource={data.awards} data-testid="compiled-awards"
          locale={{ emptyText: 'Chưa có khen thưởng trong kỳ.' }}
          columns={[{ title: 'Hình thức, danh hiệu', dataIndex: 'name' }, ...KINDS.map((k) => ({ title: TARGET_KINDS[k], key: k, width: 110, render: (_: unknown, a: CompiledReport['awards'][number]) => a.byKind[k] })), { title: 'Tổng', dataIndex: 'total', width: 90 }]} />
      </Card>
      <Card title="Mô hình, điển hình tiên tiến, sáng kiến" style={{ marginBottom: 16 }}>
        {items.length === 0 ? <Typography.Text type="secondary">Chưa có.</Typography.Text> : (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {items.map((i) => <li key={`${i.kind}|${i.text}|${i.who}`}><Typography.Text type="secondary">{i.kind}:</Typography.Text> {i.text} ({i.who})</li>)}
          </ul>
        )}
      </Card>
    </>
  )
}
