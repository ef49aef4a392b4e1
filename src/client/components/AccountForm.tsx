// Create an account, or edit one (role, unit, e-mail for the daily digest, disabling it, resetting its password).
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Form, Input, Select, Switch } from 'antd'
import { grantableRoles, ROLE_LABELS, type Role } from '../../shared/roles.ts'
import { api } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import type { Account } from '../types.ts'
import { FormDrawer } from './FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from './FormProblem.tsx'
import { OrganizationSelect } from './OrganizationSelect.tsx'

interface Values {
  username: string
  displayName: string
  email: string
  password: string
  role?: Role
  organizationId?: string
  disabled: boolean
}

function toValues(account: Account): Values {
  return { username: account.username, displayName: account.displayName, email: account.email ?? '', password: '', role: account.role, organizationId: account.organizationId, disabled: account.disabled }
}

/** Roles the current user may hand out: only an admin creates admins (the server checks too). */
function grantableRoleOptions(myRole: Role) {
  return grantableRoles(myRole).map((role) => ({ value: role, label: ROLE_LABELS[role] }))
}

export function AccountForm({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const me = useCurrentUser()
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(account)

  const save = useMutation({
    mutationFn: (values: Values) => {
      if (!base) {
        const { disabled: _disabled, ...body } = values
        return api.post<Account>('/api/accounts', body)
      }
      return api.patch<Account>(`/api/accounts/${base.id}`, {
        version: base.version,
        displayName: values.displayName,
        email: values.email,
        role: values.role,
        organizationId: values.organizationId,
        disabled: values.disabled,
        password: values.password || undefined,
      })
    },
    onSuccess: async (saved) => {
      message.success(base ? 'Đã lưu thay đổi' : `Đã tạo tài khoản ${saved.username}`)
      await queryClient.invalidateQueries({ queryKey: ['accounts'] })
      onClose()
    },
    onError: report,
  })

  // There is no GET /api/accounts/:id: find the account again through the search.
  const reload = useReloadLatest<Account, Values>(form, { url: () => `/api/accounts/${base!.id}`, toValues, onLoaded: setBase, clear, report })

  return (
    <FormDrawer title={base ? `Sửa tài khoản ${base.username}` : 'Thêm tài khoản'} onClose={onClose} formId="account-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={base ? () => reload.mutate() : undefined} reloading={reload.isPending} />
      <Form<Values>
        name="account-form"
        form={form}
        layout="vertical"
        initialValues={base ? toValues(base) : { username: '', displayName: '', email: '', password: '', disabled: false }}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        autoComplete="off"
        scrollToFirstError
      >
        <Form.Item
          label="Tên đăng nhập"
          name="username"
          extra={base ? undefined : 'Chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang (3–50 ký tự).'}
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên đăng nhập' }]}
        >
          <Input disabled={Boolean(base)} autoCapitalize="none" autoComplete="off" data-testid="account-username" />
        </Form.Item>
        <Form.Item label="Họ và tên" name="displayName" rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ và tên' }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Thư điện tử" name="email" extra="Không bắt buộc. Nhận thư tổng hợp việc sắp đến hạn và thông báo mỗi ngày (khi hệ thống đã cấu hình máy chủ thư)." rules={[{ type: 'email', message: 'Thư điện tử không hợp lệ' }, { max: 254 }]}>
          <Input type="email" autoComplete="off" data-testid="account-email" />
        </Form.Item>
        <Form.Item
          label={base ? 'Đặt lại mật khẩu' : 'Mật khẩu'}
          name="password"
          extra={base ? 'Để trống nếu không đổi. Đặt lại mật khẩu sẽ đăng xuất tài khoản này khỏi mọi thiết bị.' : 'Ít nhất 10 ký tự, có cả chữ và số.'}
          rules={base ? [] : [{ required: true, message: 'Hãy nhập mật khẩu' }]}
        >
          <Input.Password autoComplete="new-password" data-testid="account-password" />
        </Form.Item>
        <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Hãy chọn vai trò' }]}>
          <Select options={grantableRoleOptions(me.role)} placeholder="Chọn vai trò" />
        </Form.Item>
        <Form.Item label="Đơn vị" name="organizationId" rules={[{ required: true, message: 'Hãy chọn đơn vị' }]}>
          <OrganizationSelect />
        </Form.Item>
        {base && (
          <Form.Item label="Vô hiệu hóa" name="disabled" valuePropName="checked" extra="Tài khoản bị vô hiệu hóa không đăng nhập được.">
            <Switch checkedChildren="Đã khóa" unCheckedChildren="Hoạt động" />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  )
}
