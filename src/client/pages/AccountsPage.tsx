// /tai-khoan — accounts of the units in scope: status (active, disabled, locked out), create, edit, unlock.
import { useState } from 'react'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Col, Flex, Row, Table, Tag } from 'antd'
import { PlusOutlined, UnlockOutlined } from '@ant-design/icons'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { formatDateTime } from '../format.ts'
import type { Account, Page } from '../types.ts'
import { AccountForm } from '../components/AccountForm.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { SearchBox } from '../components/SearchBox.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'

function AccountStatus({ account }: { account: Account }) {
  if (account.disabled) return <Tag color="red">Đã khóa</Tag>
  if (account.lockedUntil) return <Tag color="orange">Tạm khóa đến {formatDateTime(account.lockedUntil)}</Tag>
  return <Tag color="green">Hoạt động</Tag>
}

export function AccountsPage() {
  const me = useCurrentUser()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['q'])
  const [editing, setEditing] = useState<Account | 'new' | null>(null)

  const { data, isFetching, error } = useQuery({
    queryKey: ['accounts', 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<Account>>(`/api/accounts${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })

  const unlock = useMutation({
    mutationFn: (account: Account) => api.post(`/api/accounts/${account.id}/unlock`),
    onSuccess: async (_result, account) => {
      message.success(`Đã mở khóa tài khoản ${account.username}`)
      await queryClient.invalidateQueries({ queryKey: ['accounts'] })
    },
    onError: (caught) => message.error(toApiError(caught).message),
  })

  // Only an admin may manage admin accounts (the server enforces it).
  const manageable = (account: Account) => me.role === 'admin' || account.role !== 'admin'

  return (
    <>
      <PageHeader title="Tài khoản">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="account-add">
          Thêm tài khoản
        </Button>
      </PageHeader>
      <Card>
        <Row style={{ marginBottom: 16 }}>
          <Col xs={24} md={12}>
            <SearchBox value={filters.q} onChange={(value) => setFilters({ q: value })} placeholder="Tìm theo tên đăng nhập hoặc họ tên" data-testid="accounts-search" />
          </Col>
        </Row>
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        <Table<Account>
          rowKey="id"
          data-testid="accounts-table"
          loading={isFetching}
          dataSource={data?.items}
          size="middle"
          scroll={{ x: 1060 }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `${total} tài khoản`,
            onChange: setPage,
          }}
          columns={[
            { title: 'Tên đăng nhập', dataIndex: 'username', fixed: 'start', width: 200, render: (username: string) => <strong>{username}</strong> },
            { title: 'Họ tên', dataIndex: 'displayName', width: 190 },
            { title: 'Vai trò', dataIndex: 'roleLabel', width: 200 },
            { title: 'Đơn vị', dataIndex: 'organizationName', width: 200 },
            { title: 'Trạng thái', key: 'status', width: 220, render: (_: unknown, account: Account) => <AccountStatus account={account} /> },
            {
              title: '',
              key: 'actions',
              width: 170,
              render: (_: unknown, account: Account) =>
                manageable(account) && (
                  <Flex gap={8} wrap>
                    <Button size="small" onClick={() => setEditing(account)}>
                      Sửa
                    </Button>
                    {account.lockedUntil && (
                      <Button size="small" icon={<UnlockOutlined />} loading={unlock.isPending && unlock.variables?.id === account.id} onClick={() => unlock.mutate(account)}>
                        Mở khóa
                      </Button>
                    )}
                  </Flex>
                ),
            },
          ]}
        />
      </Card>
      {editing && <AccountForm account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  )
}
