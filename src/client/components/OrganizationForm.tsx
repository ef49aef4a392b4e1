// Add a unit under a parent, or edit one (including moving it and recording a merge successor).
import { useMemo, useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, DatePicker, Form, Input, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../shared/organizations.ts'
import { api } from '../api.ts'
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../format.ts'
import type { Organization, OrganizationDetail } from '../types.ts'
import { FormDrawer } from './FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from './FormProblem.tsx'
import { OrganizationSelect } from './OrganizationSelect.tsx'
import { organizationMatches, useOrganizationTree } from './organization-tree.ts'
import { labelMatches } from './select-filter.ts'

export type OrganizationFormMode = { type: 'create'; parent: Organization } | { type: 'edit'; organization: OrganizationDetail }

interface Values {
  name: string
  shortName?: string
  kind: OrganizationKind
  validFrom?: Dayjs | null
  validTo?: Dayjs | null
  note?: string
  parentId?: string
  successorId?: string | null
}

const KIND_OPTIONS = Object.entries(ORGANIZATION_KINDS).map(([value, kind]) => ({ value, label: kind.label }))

function toValues(org: Organization): Values {
  return {
    name: org.name,
    shortName: org.shortName ?? '',
    kind: org.kind,
    validFrom: fromIsoDate(org.validFrom),
    validTo: fromIsoDate(org.validTo),
    note: org.note ?? '',
    parentId: org.parentId ?? undefined,
    successorId: org.successorId,
  }
}

export function OrganizationForm({ mode, onClose, onSaved }: { mode: OrganizationFormMode; onClose: () => void; onSaved: (org: Organization) => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(mode.type === 'edit' ? mode.organization : null)
  const { data: tree } = useOrganizationTree()

  // A unit cannot move under itself or its own subtree.
  const subtreeIds = useMemo(() => (base ? (tree?.items ?? []).filter((item) => item.path.startsWith(base.path)).map((item) => item.id) : []), [tree, base])
  const successorOptions = useMemo(
    () => (tree?.items ?? []).filter((item) => item.id !== base?.id).map((item) => ({ value: item.id, label: item.name, organization: item })),
    [tree, base],
  )

  const save = useMutation({
    mutationFn: (values: Values) => {
      const common = {
        name: values.name,
        shortName: values.shortName || null,
        kind: values.kind,
        note: values.note || null,
        validFrom: toIsoDate(values.validFrom),
        validTo: toIsoDate(values.validTo),
      }
      if (!base) return api.post<Organization>('/api/organizations', { ...common, parentId: mode.type === 'create' ? mode.parent.id : undefined })
      return api.patch<Organization>(`/api/organizations/${base.id}`, {
        ...common,
        version: base.version,
        parentId: base.parentId ? values.parentId : undefined,
        successorId: values.successorId ?? null,
      })
    },
    onSuccess: async (saved) => {
      message.success(base ? 'Đã lưu thay đổi' : `Đã thêm "${saved.name}"`)
      await queryClient.invalidateQueries({ queryKey: ['organizations'] })
      onSaved(saved)
    },
    onError: report,
  })

  const reload = useReloadLatest<OrganizationDetail, Values>(form, { url: () => `/api/organizations/${base!.id}`, toValues, onLoaded: setBase, clear, report })

  const title = mode.type === 'create' ? `Thêm đơn vị trực thuộc ${mode.parent.name}` : `Sửa ${mode.organization.name}`
  return (
    <FormDrawer title={title} onClose={onClose} formId="organization-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={base ? () => reload.mutate() : undefined} reloading={reload.isPending} />
      <Form<Values>
        name="organization-form"
        form={form}
        layout="vertical"
        initialValues={base ? toValues(base) : { name: '', shortName: '', note: '' }}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        scrollToFirstError
      >
        <Form.Item label="Tên đơn vị" name="name" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên đơn vị' }, { max: 300 }]}>
          <Input placeholder="Ví dụ: Trường Tiểu học Bình Thành" />
        </Form.Item>
        <Form.Item label="Tên viết tắt" name="shortName" rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Loại đơn vị" name="kind" rules={[{ required: true, message: 'Hãy chọn loại đơn vị' }]}>
          <Select options={KIND_OPTIONS} placeholder="Chọn loại" showSearch={{ filterOption: labelMatches }} />
        </Form.Item>
        {base?.parentId && (
          <Form.Item label="Đơn vị cấp trên" name="parentId" rules={[{ required: true, message: 'Hãy chọn đơn vị cấp trên' }]} extra="Chuyển đơn vị sẽ chuyển cả các đơn vị trực thuộc.">
            <OrganizationSelect excludeIds={subtreeIds} />
          </Form.Item>
        )}
        <Form.Item label="Có hiệu lực từ ngày" name="validFrom">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item
          label="Hết hiệu lực ngày"
          name="validTo"
          dependencies={['validFrom']}
          extra="Để trống nếu đơn vị còn hoạt động."
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: Dayjs | null | undefined) => {
                const from = getFieldValue('validFrom') as Dayjs | null | undefined
                return value && from && value.isBefore(from, 'day') ? Promise.reject(new Error('Ngày hết hiệu lực phải sau ngày có hiệu lực')) : Promise.resolve()
              },
            }),
          ]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        {base && (
          <Form.Item label="Đơn vị kế thừa (sáp nhập)" name="successorId" extra="Đơn vị tiếp nhận khi đơn vị này được sáp nhập hoặc đổi tên.">
            <Select
              allowClear
              placeholder="Chưa sáp nhập"
              options={successorOptions}
              showSearch={{ filterOption: (input, option) => (option ? organizationMatches(option.organization, input) : false) }}
            />
          </Form.Item>
        )}
        <Form.Item label="Ghi chú" name="note" rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}
