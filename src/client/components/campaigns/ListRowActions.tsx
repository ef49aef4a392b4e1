// Move up, move down and delete buttons for one row of a Form.List.
import { Button, Flex, Tooltip } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons'

interface Props {
  index: number
  count: number
  move: (from: number, to: number) => void
  remove: (index: number) => void
  /** What the row is, for the buttons' accessible names ("giai đoạn"). */
  noun: string
}

export function ListRowActions({ index, count, move, remove, noun }: Props) {
  return (
    <Flex gap={2}>
      <Tooltip title="Lên trên">
        <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Đưa ${noun} lên trên`} />
      </Tooltip>
      <Tooltip title="Xuống dưới">
        <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => move(index, index + 1)} aria-label={`Đưa ${noun} xuống dưới`} />
      </Tooltip>
      <Tooltip title="Xóa">
        <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(index)} aria-label={`Xóa ${noun}`} />
      </Tooltip>
    </Flex>
  )
}
