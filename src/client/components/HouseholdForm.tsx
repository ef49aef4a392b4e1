// Add or edit a household (hộ gia đình): head's name, address and village; lists its members when editing.
import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Divider, Form, Input, List, Typography } from 'antd'
import { SEXES } from '../../shared/people.ts'
import { api } from '../api.ts'
import { formatDate } from '../format.ts'
import type { Household, HouseholdDetail } from '../types.ts'
import { FormDrawer } from './FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from './FormProblem.tsx'
import { OrganizationSelect } from './OrganizationSelect.tsx'

interface Values {
  headName: string
  address: string
  organizationId?: string
}

const VILLAGE_KINDS = ['village'] as const

function toValues(household: Household): Values {
  return { headName: household.headName, address: household.address ?? '', organizationId: household.organizationId }
}

function Members({ id }: { id: string }) {
  const { data, isPending } = useQuery({ queryKey: ['households', 'detail', id], queryFn: () => api.get<HouseholdDetail>(`/api/households/${id}`) })
  return (
    <>
      <Divider titlePlacement="start">Thành viên</Divider>
      <List
        size="small"
        loading={isPending}
        dataSource={data?.members ?? []}
        locale={{ emptyText: 'Chưa có thành viên. Gắn cá nhân vào hộ trong biểu mẫu cá nhân.' }}
        renderItem={(member) => (
          <List.Item>
            <Typography.Text strong>{member.fullName}</Typography.Text>
            <Typography.Text type="secondary">
              {[SEXES[member.sex], formatDate(member.birthDate)].filter(Boolean).join(' · ')}
            </Typography.Text>
          </List.Item>
        )}
      />
    </>
  )
}

export function HouseholdForm({ household, readOnly = false, onClose }: { household: Household | null; readOnly?: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(household)

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { headName: values.headName, address: values.address || null, organizationId: values.organizationId }
      return base ? api.patch<Household>(`/api/households/${base.id}`, { ...body, version: base.version }) : api.post<Household>('/api/households', body)
    },
    onSuccess: async (saved) => {
      message.success(base ? 'Đã lưu thay đổi' : `Đã thêm hộ ${saved.headName}`)
      await queryClient.invalidateQueries({ queryKey: ['households'] })
      onClose()
    },
    onError: report,
  })

  const reload = useReloadLatest<HouseholdDetail, Values>(form, { url: () => `/api/households/${base!.id}`, toValues, onLoaded: setBase, clear, report })

  return (
    <FormDrawer title={base ? `Hộ ${base.headName}` : 'Thêm hộ gia đình'} onClose={onClose} formId="household-form" saving={save.isPending} readOnly={readOnly}>
      <FormProblemAlert problem={problem} onReload={base ? () => reload.mutate() : undefined} reloading={reload.isPending} />
      <Form<Values>
        name="household-form"
        form={form}
        disabled={readOnly}
        layout="vertical"
        initialValues={base ? toValues(base) : { headName: '', address: '' }}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        scrollToFirstError
      >
        <Form.Item label="Chủ hộ" name="headName" rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ tên chủ hộ' }, { max: 200 }]}>
          <Input autoComplete="off" data-testid="household-headName" />
        </Form.Item>
        <Form.Item label="Địa chỉ" name="address" rules={[{ max: 500 }]}>
          <Input placeholder="Số nhà, đường, xóm…" />
        </Form.Item>
        <Form.Item label="Thôn/xóm" name="organizationId" rules={[{ required: true, message: 'Hãy chọn thôn, xóm hoặc tổ dân phố' }]}>
          <OrganizationSelect kinds={VILLAGE_KINDS} placeholder="Chọn thôn, xóm, tổ dân phố" />
        </Form.Item>
      </Form>
      {base && <Members id={base.id} />}
    </FormDrawer>
  )
}
