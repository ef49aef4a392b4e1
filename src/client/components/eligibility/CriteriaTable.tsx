// The criteria of an evaluation, one by one: the standard, its result (✓ passed, ✗ failed, ? the history
// does not say), the article it implements, the facts used and how sure the rule is. "One of" standards
// list their routes underneath. A table on wide screens, stacked blocks on phones.
import type { HTMLAttributes } from 'react'
import { Flex, Grid, Table, Tag, Tooltip, Typography } from 'antd'
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons'
import type { Criterion } from '../../types.ts'
import { ConfidenceTag } from './ConfidenceTag.tsx'

const RESULTS = {
  passed: { label: 'Đạt', icon: <CheckCircleFilled style={{ color: '#389e0d' }} />, mark: '✓' },
  failed: { label: 'Không đạt', icon: <CloseCircleFilled style={{ color: '#cf1322' }} />, mark: '✗' },
  unknown: { label: 'Chưa đủ dữ liệu', icon: <QuestionCircleFilled style={{ color: '#d48806' }} />, mark: '?' },
} as const

const resultOf = (passed: boolean | null) => RESULTS[passed === true ? 'passed' : passed === false ? 'failed' : 'unknown']

export function CriterionResult({ passed }: { passed: boolean | null }) {
  const { label, icon, mark } = resultOf(passed)
  return (
    <Tooltip title={label}>
      <span role="img" aria-label={label} data-testid="criterion-result" data-mark={mark} style={{ fontSize: 18 }}>
        {icon}
      </span>
    </Tooltip>
  )
}

export function FactList({ facts }: { facts: string[] }) {
  if (facts.length === 0) return <Typography.Text type="secondary">—</Typography.Text>
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="criterion-facts">
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  )
}

function CriterionText({ criterion }: { criterion: Criterion }) {
  return (
    <>
      {criterion.criterion}
      {criterion.source === 'province' && (
        <Tag color="blue" style={{ marginInlineStart: 6 }}>
          Quy định của tỉnh
        </Tag>
      )}
      {criterion.routes && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          Chỉ cần đạt một trong các cách dưới đây
        </Typography.Text>
      )}
    </>
  )
}

function CriterionBlock({ criterion, nested = false }: { criterion: Criterion; nested?: boolean }) {
  return (
    <Flex
      gap={10}
      data-testid="criterion"
      style={{ padding: '10px 0', borderTop: nested ? 'none' : '1px solid #f0f0f0', paddingInlineStart: nested ? 16 : 0 }}
    >
      <CriterionResult passed={criterion.passed} />
      <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong={!nested}>
          <CriterionText criterion={criterion} />
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {criterion.citation}
        </Typography.Text>
        <FactList facts={criterion.facts} />
        <div>
          <ConfidenceTag confidence={criterion.confidence} citation={criterion.citation} />
        </div>
        {criterion.routes?.map((route) => (
          <CriterionBlock key={route.id} criterion={route} nested />
        ))}
      </Flex>
    </Flex>
  )
}

export function CriteriaTable({ criteria }: { criteria: Criterion[] }) {
  const screens = Grid.useBreakpoint()
  if (!(screens.md ?? true)) {
    return (
      <div data-testid="criteria">
        {criteria.map((criterion) => (
          <CriterionBlock key={criterion.id} criterion={criterion} />
        ))}
      </div>
    )
  }
  return (
    <Table<Criterion>
      rowKey="id"
      data-testid="criteria"
      dataSource={criteria}
      pagination={false}
      size="small"
      scroll={{ x: 900 }}
      expandable={{ childrenColumnName: 'routes' }}
      onRow={() => ({ 'data-testid': 'criterion' }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: 'Tiêu chuẩn', key: 'criterion', width: 300, render: (_: unknown, c) => <CriterionText criterion={c} /> },
        { title: 'Kết quả', dataIndex: 'passed', width: 80, align: 'center', render: (passed: boolean | null) => <CriterionResult passed={passed} /> },
        { title: 'Căn cứ', dataIndex: 'citation', width: 220 },
        { title: 'Dữ kiện đã dùng', dataIndex: 'facts', width: 320, render: (facts: string[]) => <FactList facts={facts} /> },
        { title: 'Độ tin cậy', key: 'confidence', width: 140, render: (_: unknown, c) => <ConfidenceTag confidence={c.confidence} citation={c.citation} /> },
      ]}
    />
  )
}
