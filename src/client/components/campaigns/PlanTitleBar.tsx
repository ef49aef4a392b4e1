// The bar above a plan: its number or "Dự thảo", status and state tags, and the actions.
import type { ReactNode } from 'react'
import { Flex, Typography } from 'antd'

export function PlanTitleBar({ title, tags, children }: { title: string; tags?: ReactNode; children?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Flex align="center" gap={8} wrap style={{ minWidth: 0 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="plan-heading">
          {title}
        </Typography.Title>
        {tags}
      </Flex>
      {children && (
        <Flex gap={8} wrap>
          {children}
        </Flex>
      )}
    </Flex>
  )
}
