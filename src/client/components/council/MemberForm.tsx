// Adds or edits a council member: role, post, the account the member votes with, the person it is and the
// unit the member heads (for automatic recusal), and whether the member still sits on the council.
import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Form, Input, InputNumber, Select, Switch } from 'antd'
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, type CouncilRole } from '../../../shared/council-rules.ts'
import { api, toQuery } from '../../api.ts'
import type { Account, Page, Person } from '../../types.ts'
import { FormDrawer } from '../FormDrawer.tsx'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { useDebouncedValue } from '../useDebouncedValue.ts'
import { councilKeys, type MemberView } from './council-queries.ts'

interface Values {
  fullName: string
  position?: string
  role: CouncilRole
  accountId?: string | null
  personId?: string | null
  leadsOrganizationId?: string | null
  sortOrder: number
  active: boolean
}

/** A searchable list from a paged endpoint, keeping the value already set among the options. */
function SearchPicker<T>(props: {
  value?: string | null
  onChange?: (v: string | null) => void
  current: { id: string; label: string } | null
  url: (q: string) => string
  toOption: (row: T) => { value: string; label: string }
  placeholder: string
  testId: string
}) {
  const [search, setSearch] = useState('')
  const q = useDebouncedValue(search, 300)
  const { data, isFetching } = useQuery({ queryKey: [props.testId, q], queryFn: () => api.get<Page<T>>(props.url(q)) })
  const options = (data?.items ?? []).map(props.toOption)
  if (props.current && !options.some((o) => o.value === props.current!.id)) options.unshift({ value: props.current.id, label: props.current.label })
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      options={options}
      loading={isFetching}
      placeholder={props.placeholder}
      data-testid={props.testId}
    />
  )
}

function AccountPicker({ value, onChange, current }: { value?: string | null; onChange?: (v: string | null) => void; current: { id: string; label: string } | null }) {
  return (
    <SearchPicker<Account>
      value={value}
      onChange={onChange}
      current={current}
      url={(q) => `/api/accounts${toQuery({ q, pageSize: 20 })}`}
      toOption={(a) => ({ value: a.id, label: `${a.displayName} (${a.username}) — ${a.roleLabel}` })}
      placeholder="Tìm tài khoản theo tên đăng nhập hoặc họ tên"
      testId="member-account"
    />
  )
}

function PersonPicker({ value, onChange, current }: { value?: string | null; onChange?: (v: string | null) => void; current: { id: string; label: string } | null }) {
  return (
    <SearchPicker<Person>
      value={value}
      onChange={onChange}
      current={current}
      url={(q) => `/api/people${toQuery({ q, pageSize: 20 })}`}
      toOption={(p) => ({ value: p.id, label: `${p.fullName} — ${p.organizationName}` })}
      placeholder="Tìm theo họ tên (không cần dấu)"
      testId="member-person"
    />
  )
}

export function MemberForm({ councilId, member, onClose }: { councilId: string; member: MemberView | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  // After a conflict: drop the stale copy and close; the list shows the newest version to edit again.
  const reloadAndClose = () => {
    void queryClient.invalidateQueries({ queryKey: councilKeys.all })
    onClose()
  }
  const save = useMutation({
    mutationFn: (v: Values) => {
      const fields = { ...v, position: v.position || null, accountId: v.accountId ?? null, personId: v.personId ?? null, leadsOrganizationId: v.leadsOrganizationId ?? null }
      return member ? api.patch(`/api/council-members/${member.id}`, { version: member.version, ...fields }) : api.post(`/api/councils/${councilId}/members`, fields)
    },
    onSuccess: async () => {
      message.success(member ? 'Đã lưu thành viên' : 'Đã thêm thành viên')
      await queryClient.invalidateQueries({ queryKey: councilKeys.all })
      onClose()
    },
    onError: report,
  })
  return (
    <FormDrawer title={member ? `Sửa thành viên ${member.fullName}` : 'Thêm thành viên Hội đồng'} onClose={onClose} formId="member-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={member ? reloadAndClose : undefined} />
      <Form<Values>
        name="member-form"
        form={form}
        layout="vertical"
        initialValues={
          member
            ? { fullName: member.fullName, position: member.position ?? undefined, role: member.role, accountId: member.accountId, personId: member.personId, leadsOrganizationId: member.leadsOrganizationId, sortOrder: member.sortOrder, active: member.active }
            : { role: 'member', sortOrder: 0, active: true }
        }
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
      >
        <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ và tên' }]}>
          <Input data-testid="member-name" />
        </Form.Item>
        <Form.Item label="Chức danh trong Hội đồng" name="role" rules={[{ required: true, message: 'Hãy chọn chức danh' }]}>
          <Select options={COUNCIL_ROLES.map((r) => ({ value: r, label: COUNCIL_ROLE_LABELS[r] }))} data-testid="member-role" />
        </Form.Item>
        <Form.Item label="Chức vụ, đơn vị công tác" name="position">
          <Input placeholder="Phó Chủ tịch UBND xã" />
        </Form.Item>
        <Form.Item label="Tài khoản bỏ phiếu" name="accountId" extra="Thành viên bỏ phiếu kín trực tuyến bằng tài khoản của chính mình; không có tài khoản thì chỉ gửi ý kiến bằng văn bản khi vắng mặt.">
          <AccountPicker current={member?.accountId ? { id: member.accountId, label: member.accountUsername ?? '' } : null} />
        </Form.Item>
        <Form.Item label="Cá nhân trong danh sách" name="personId" extra="Thành viên tự động không biểu quyết đề nghị khen thưởng chính mình.">
          <PersonPicker current={member?.personId ? { id: member.personId, label: member.personName ?? '' } : null} />
        </Form.Item>
        <Form.Item label="Đơn vị do thành viên đứng đầu" name="leadsOrganizationId" extra="Thành viên tự động không biểu quyết đề nghị của đơn vị này (và người, tập thể, hộ thuộc đơn vị).">
          <OrganizationSelect allowClear placeholder="Không" />
        </Form.Item>
        <Form.Item label="Thứ tự" name="sortOrder">
          <InputNumber min={0} max={1000} />
        </Form.Item>
        <Form.Item label="Đang là thành viên" name="active" valuePropName="checked">
          <Switch checkedChildren="Có" unCheckedChildren="Đã thôi" />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}
