// A search input that reports its (trimmed) text once the user pauses typing.
import { useEffect, useState } from 'react'
import { Input } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { useDebouncedValue } from './useDebouncedValue.ts'

interface Props {
  value: string | undefined
  onChange: (value: string | undefined) => void
  placeholder: string
  'data-testid'?: string
}

export function SearchBox({ value, onChange, placeholder, ...rest }: Props) {
  const [text, setText] = useState(value ?? '')
  const debounced = useDebouncedValue(text.trim())
  useEffect(() => {
    if (debounced !== (value ?? '')) onChange(debounced || undefined)
  }, [debounced, value, onChange])
  return (
    <Input
      allowClear
      prefix={<SearchOutlined />}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      aria-label={placeholder}
      data-testid={rest['data-testid']}
    />
  )
}
