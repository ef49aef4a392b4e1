// Rows separated by hairlines, or a short note when there are none. (antd's List is deprecated since 6.6; its
// successor Listy is a virtual list meant for long data.)
import type { ReactNode } from 'react'
import { Typography } from 'antd'

interface Props<T> {
  items: readonly T[]
  rowKey: (item: T, index: number) => string
  render: (item: T) => ReactNode
  empty: string
  'data-testid'?: string
}

export function RowList<T>({ items, rowKey, render, empty, ...rest }: Props<T>) {
  if (items.length === 0) return <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph>
  return (
    <div role="list" data-testid={rest['data-testid']}>
      {items.map((item, index) => (
        <div role="listitem" key={rowKey(item, index)} style={{ padding: '8px 0', borderBottom: index < items.length - 1 ? '1px solid #f0f0f0' : undefined }}>
          {render(item)}
        </div>
      ))}
    </div>
  )
}
