// One tab of a subject's history: the records of one kind in a table, with "Thêm", "Sửa" and "Xóa"
// for the roles that may write histories.
import { useState, type ReactNode } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Flex, Popconfirm, Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import { api, toApiError } from '../../api.ts'
import type { SubjectHistoryPage } from '../../types.ts'
import { useTargets } from '../eligibility/eligibility-queries.ts'
import { refreshAfterHistoryWrite } from './history-queries.ts'
import type { RecordKindConfig } from './record-kinds.tsx'
import { RecordForm } from './RecordForm.tsx'

interface Props<R extends { id: string; version: number }, V> {
  config: RecordKindConfig<R, V>
  page: SubjectHistoryPage
  canWrite: boolean
  /** What the tab is for, shown above the table. */
  description?: ReactNode
  extraColumns?: ColumnsType<R>
}

export function RecordTab<R extends { id: string; version: number }, V extends object>({ config, page, canWrite, description, extraColumns = [] }: Props<R, V>) {
  const { subject } = page
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const targets = useTargets(subject.kind)
  const [editing, setEditing] = useState<R | 'new' | null>(null)
  const rows = config.rowsOf(page)

  const remove = useMutation({
    mutationFn: (row: R) => api.delete(`/api/history/${config.kind}/${row.id}?version=${row.version}`),
    onSuccess: () => message.success(`Đã xóa ${config.noun}`),
    onError: (error) => message.error(toApiError(error).message),
    // A stale version or a record already gone: either way the tab shows what is stored now.
    onSettled: () => refreshAfterHistoryWrite(queryClient, subject.kind, subject.id),
  })

  const columns: ColumnsType<R> = [
    ...config.columns({ targets: targets.data?.items }),
    ...extraColumns,
    ...(canWrite
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 96,
            fixed: 'end' as const,
            render: (_: unknown, row: R) => (
              <Flex gap={2} onClick={(event) => event.stopPropagation()}>
                <Button size="small" type="text" icon={<EditOutlined />} aria-label={`Sửa ${config.noun}`} onClick={() => setEditing(row)} />
                <Popconfirm
                  title={`Xóa ${config.noun} này?`}
                  description="Nhật ký kiểm toán vẫn giữ nội dung đã xóa."
                  okText="Xóa"
                  cancelText="Hủy"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutate(row)}
                >
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ${config.noun}`} loading={remove.isPending && remove.variables?.id === row.id} />
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ]

  return (
    <>
      {(description || canWrite) && (
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <div style={{ flex: '1 1 240px', minWidth: 0 }}>{description}</div>
          {canWrite && (
            <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid={`add-${config.kind}`}>
              Thêm {config.noun}
            </Button>
          )}
        </Flex>
      )}
      <Table<R>
        rowKey="id"
        data-testid={`history-${config.kind}`}
        className={canWrite ? 'clickable-rows' : undefined}
        dataSource={rows}
        columns={columns}
        size="small"
        scroll={{ x: 'max-content' }}
        onRow={(row) => (canWrite ? { onClick: () => setEditing(row) } : {})}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: `Chưa có ${config.noun}` }}
      />
      {editing && <RecordForm config={config} record={editing === 'new' ? null : editing} subject={subject} onClose={() => setEditing(null)} />}
    </>
  )
}
