// A page's title with its main actions on the right (wrapping under the title on phones).
import type { ReactNode } from 'react'
import { Flex, Typography } from 'antd'

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children && (
        <Flex gap={8} wrap>
          {children}
        </Flex>
      )}
    </Flex>
  )
}
