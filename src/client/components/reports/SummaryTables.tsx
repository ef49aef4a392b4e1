// The tables of a multi-year summary: plans launched and their cascade, titles and forms per year, awards per
// kind of subject, the shares to women and to direct workers.
import { Card, Descriptions, Table } from 'antd'
import { TARGET_KINDS } from '../../../shared/campaign-plan.ts'
import { formatFigure } from '../../../shared/reports.ts'
import { formatDate } from '../../format.ts'
import type { MultiYearSummary } from './report-ui.ts'

const KINDS = ['individual', 'collective', 'household'] as const
type YearTable = MultiYearSummary['titles']

function YearCounts({ title, table, years, testId }: { title: string; table: YearTable; years: number[]; testId: string }) {
  const rows = [...table.rows.map((r) => ({ ...r, key: r.code ?? r.name })), { key: '__total', code: null, name: 'Cộng', perYear: table.perYear, total: table.total }]
  return (
    <Card title={title} style={{ marginBottom: 16 }}>
      <Table rowKey="key" size="small" pagination={false} dataSource={table.rows.length > 0 ? rows : []} data-testid={testId} scroll={{ x: true }}
        locale={{ emptyText: 'Không có trong sổ khen thưởng.' }}
        columns={[
          { title: 'Tên', dataIndex: 'name' },
          ...years.map((y, i) => ({ title: String(y), key: String(y), width: 80, render: (_: unknown, r: (typeof rows)[number]) => r.perYear[i] })),
          { title: 'Tổng', dataIndex: 'total', width: 80 },
        ]} />
    </Card>
  )
}

const percent = (n: number | null) => (n === null ? '—' : `${formatFigure(n)}%`)

export function SummaryTables({ data }: { data: MultiYearSummary }) {
  return (
    <>
      <Card title={`Kế hoạch phát động thi đua đã ban hành (${data.campaigns.length})`} style={{ marginBottom: 16 }}>
        <Table rowKey="id" size="small" pagination={false} dataSource={data.campaigns}
          columns={[
            { title: 'Số, ký hiệu', key: 'number', width: 140, render: (_, c) => c.numberAndSymbol ?? '' },
            { title: 'Trích yếu', dataIndex: 'title', ellipsis: true },
            { title: 'Ngày ban hành', key: 'issuedOn', width: 130, render: (_, c) => formatDate(c.issuedOn) },
            { title: 'Đơn vị đã xây dựng kế hoạch', key: 'cascade', width: 200, render: (_, c) => `${c.answered}/${c.addressed}` },
          ]} />
      </Card>
      <YearCounts title="Danh hiệu thi đua theo năm" table={data.titles} years={data.years} testId="summary-titles" />
      <YearCounts title="Hình thức khen thưởng theo năm" table={data.forms} years={data.years} testId="summary-forms" />
      <Card title="Khen thưởng theo đối tượng" style={{ marginBottom: 16 }}>
        <Table rowKey="year" size="small" pagination={false} dataSource={data.kinds}
          columns={[{ title: 'Năm', dataIndex: 'year', width: 90 }, ...KINDS.map((k) => ({ title: TARGET_KINDS[k], key: k, render: (_: unknown, r: MultiYearSummary['kinds'][number]) => r.byKind[k] })), { title: 'Tổng', dataIndex: 'total' }]} />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }} data-testid="summary-shares">
          <Descriptions.Item label="Lượt cá nhân được khen">{data.shares.individuals}</Descriptions.Item>
          <Descriptions.Item label="Nữ">{data.shares.women} ({percent(data.shares.womenShare)})</Descriptions.Item>
          <Descriptions.Item label="Người lao động trực tiếp">{data.shares.directWorkers} ({percent(data.shares.directWorkerShare)})</Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  )
}
