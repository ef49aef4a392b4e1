// One evaluation as the officer reads it: the verdict, which rules were applied on which date, every
// criterion with its article and facts, then who decides, the ballot, the bonus, the dossier and the procedure.
import { Alert, Collapse, Flex, List, Typography } from 'antd'
import { formatDate } from '../../format.ts'
import type { Criterion, Evaluation } from '../../types.ts'
import { ConfidenceTag } from './ConfidenceTag.tsx'
import { CriteriaTable } from './CriteriaTable.tsx'
import { VerdictTag } from './VerdictTag.tsx'

const money = (amount: number) => `${amount.toLocaleString('vi-VN')} đồng`

/** "1 tiêu chuẩn không đạt, 2 tiêu chuẩn chưa đủ dữ liệu" (routes of "one of" standards are not counted). */
function tally(criteria: Criterion[]): string {
  const failed = criteria.filter((c) => c.passed === false).length
  const unknown = criteria.filter((c) => c.passed === null).length
  const parts = [failed > 0 && `${failed} tiêu chuẩn không đạt`, unknown > 0 && `${unknown} tiêu chuẩn chưa đủ dữ liệu`].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : `Đạt cả ${criteria.length} tiêu chuẩn`
}

function Cited({ text, citation, confidence }: { text: string; citation: string; confidence: Evaluation['criteria'][number]['confidence'] }) {
  return (
    <List.Item>
      <Flex vertical gap={2} style={{ width: '100%' }}>
        <Typography.Text>{text}</Typography.Text>
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {citation}
          </Typography.Text>
          <ConfidenceTag confidence={confidence} citation={citation} />
        </Flex>
      </Flex>
    </List.Item>
  )
}

export function EvaluationView({ evaluation }: { evaluation: Evaluation }) {
  const { bonus, ballot } = evaluation
  const details = [
    {
      key: 'authorities',
      label: `Thẩm quyền quyết định (${evaluation.authorities.length})`,
      children: (
        <List size="small" dataSource={evaluation.authorities} locale={{ emptyText: 'Không có người có thẩm quyền vào ngày xét' }} renderItem={(a) => <Cited text={a.name} citation={a.citation} confidence={a.confidence} />} />
      ),
    },
    ...(ballot
      ? [{ key: 'ballot', label: 'Bình xét', children: <List size="small" dataSource={[ballot]} renderItem={(b) => <Cited text={`Được ít nhất ${Math.round(b.share * 100)}% tổng số thành viên Hội đồng Thi đua – Khen thưởng đồng ý`} citation={b.citation} confidence={b.confidence} />} /> }]
      : []),
    ...(bonus
      ? [
          {
            key: 'bonus',
            label: `Tiền thưởng${bonus.amount === null ? '' : `: ${money(bonus.amount)}`}`,
            children: (
              <Flex vertical gap={6}>
                {bonus.coefficient !== null && bonus.baseSalary !== null && (
                  <Typography.Text>
                    Hệ số {bonus.coefficient.toLocaleString('vi-VN')} × mức lương cơ sở {money(bonus.baseSalary)}
                    {bonus.unrounded !== null && bonus.amount !== null && bonus.unrounded !== bonus.amount ? ` = ${money(bonus.unrounded)}, làm tròn ${money(bonus.amount)}` : ''}
                  </Typography.Text>
                )}
                <Flex gap={8} align="center" wrap>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {bonus.citations.join('; ')}
                  </Typography.Text>
                  <ConfidenceTag confidence={bonus.confidence} citation={bonus.citations.join('; ')} />
                </Flex>
                {bonus.notes.map((note) => (
                  <Typography.Text key={note} type="secondary">
                    {note}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
        ]
      : []),
    ...(evaluation.dossier.length > 0
      ? [
          {
            key: 'dossier',
            label: `Hồ sơ đề nghị (${evaluation.dossier.length} thành phần)`,
            children: <List size="small" dataSource={evaluation.dossier} renderItem={(d) => <Cited text={d.form ? `${d.name} — ${d.form}` : d.name} citation={d.citation} confidence={d.confidence} />} />,
          },
        ]
      : []),
    ...(evaluation.procedure.length > 0
      ? [{ key: 'procedure', label: 'Thủ tục', children: <List size="small" dataSource={evaluation.procedure} renderItem={(p) => <Cited text={p.text} citation={p.citation} confidence={p.confidence} />} /> }]
      : []),
  ]

  return (
    <Flex vertical gap={12} data-testid="evaluation">
      <Flex align="center" gap={10} wrap>
        <VerdictTag eligible={evaluation.eligible} large />
        <Typography.Text strong style={{ fontSize: 16 }}>
          {evaluation.targetName} năm {evaluation.year}
        </Typography.Text>
        <Typography.Text type="secondary">{tally(evaluation.criteria)}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary">
        Ngày xét {formatDate(evaluation.date)} — áp dụng {evaluation.ruleSet.name}
        {evaluation.province ? ` và quy định của ${evaluation.province}` : ''}.
      </Typography.Text>
      <CriteriaTable criteria={evaluation.criteria} />
      {evaluation.notes.length > 0 && (
        <Alert
          type="info"
          showIcon
          title="Lưu ý"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {evaluation.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          }
        />
      )}
      <Collapse size="small" items={details} />
    </Flex>
  )
}
