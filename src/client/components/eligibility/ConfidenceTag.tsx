// How sure the platform is of a legal fact, as law.md marks it (✅ confirmed, ⚠️ indirect, ❓ unconfirmed):
// a coloured tag whose tooltip gives the citation.
import type { ReactNode } from 'react'
import { Tag, Tooltip } from 'antd'
import { CheckCircleOutlined, ExclamationCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons'
import { CONFIDENCE_LABELS, type Confidence } from '../../../rules/types.ts'

export const CONFIDENCE_TAGS: Record<Confidence, { label: string; color: string; icon: ReactNode }> = {
  confirmed: { label: 'Đã xác nhận', color: 'green', icon: <CheckCircleOutlined /> },
  indirect: { label: 'Gián tiếp', color: 'gold', icon: <ExclamationCircleOutlined /> },
  unconfirmed: { label: 'Chưa xác nhận', color: 'volcano', icon: <QuestionCircleOutlined /> },
}

export function ConfidenceTag({ confidence, citation }: { confidence: Confidence; citation?: string | undefined }) {
  const { label, color, icon } = CONFIDENCE_TAGS[confidence]
  const explanation = CONFIDENCE_LABELS[confidence]
  return (
    <Tooltip
      title={
        <>
          {citation && <div>{citation}</div>}
          <div style={{ opacity: 0.85 }}>{explanation}</div>
        </>
      }
    >
      <Tag
        color={color}
        icon={icon}
        tabIndex={0}
        aria-label={`${label}${citation ? ` — ${citation}` : ''}`}
        data-testid="confidence-tag"
        data-confidence={confidence}
        style={{ marginInlineEnd: 0, cursor: 'help' }}
      >
        {label}
      </Tag>
    </Tooltip>
  )
}
