// Create or edit an emulation cluster/bloc: name, kind, year, owner, members and leader.
import { useMemo, useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Form, Input, InputNumber, Radio, Select } from 'antd'
import { CLUSTER_KINDS } from '../../shared/organizations.ts'
import { api } from '../api.ts'
import type { Cluster } from '../types.ts'
import { FormDrawer } from './FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from './FormProblem.tsx'
import { OrganizationSelect } from './OrganizationSelect.tsx'
import { useOrganizationTree } from './organization-tree.ts'

interface Values {
  name: string
  kind: Cluster['kind']
  year?: number | null
  ownerId: string
  memberIds: string[]
  leaderId?: string | null
}

function toValues(cluster: Cluster): Values {
  return {
    name: cluster.name,
    kind: cluster.kind,
    year: cluster.year,
    ownerId: cluster.ownerId,
    memberIds: cluster.members.map((member) => member.organizationId),
    leaderId: cluster.members.find((member) => member.isLeader)?.organizationId ?? null,
  }
}

export function ClusterForm({ cluster, onClose }: { cluster: Cluster | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(cluster)
  const { data: tree } = useOrganizationTree()
  const memberIds = Form.useWatch('memberIds', form)
  const kind = Form.useWatch('kind', form)

  const leaderOptions = useMemo(() => {
    const names = new Map((tree?.items ?? []).map((item) => [item.id, item.name]))
    return (memberIds ?? []).map((id) => ({ value: id, label: names.get(id) ?? id }))
  }, [tree, memberIds])

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { ...values, year: values.year ?? null, leaderId: values.leaderId ?? null }
      return base ? api.put<Cluster>(`/api/clusters/${base.id}`, { ...body, version: base.version }) : api.post<Cluster>('/api/clusters', body)
    },
    onSuccess: async (saved) => {
      message.success(base ? 'Đã lưu thay đổi' : `Đã thêm "${saved.name}"`)
      await queryClient.invalidateQueries({ queryKey: ['clusters'] })
      onClose()
    },
    onError: report,
  })

  const reload = useReloadLatest<Cluster, Values>(form, { url: () => `/api/clusters/${base!.id}`, toValues, onLoaded: setBase, clear, report })

  const leaderLabel = kind === 'bloc' ? 'Khối trưởng' : 'Cụm trưởng'
  return (
    <FormDrawer title={base ? `Sửa ${base.name}` : 'Thêm cụm, khối thi đua'} onClose={onClose} formId="cluster-form" saving={save.isPending}>
      <FormProblemAlert problem={problem} onReload={base ? () => reload.mutate() : undefined} reloading={reload.isPending} />
      <Form<Values>
        name="cluster-form"
        form={form}
        layout="vertical"
        initialValues={base ? toValues(base) : { kind: 'cluster', year: new Date().getFullYear(), memberIds: [] }}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // The leader must stay one of the members.
          if (changed.memberIds && !changed.memberIds.includes(form.getFieldValue('leaderId'))) form.setFieldValue('leaderId', null)
        }}
        scrollToFirstError
      >
        <Form.Item label="Tên cụm, khối" name="name" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên cụm, khối' }, { max: 300 }]}>
          <Input placeholder="Ví dụ: Cụm thi đua các xã phía Bắc" />
        </Form.Item>
        <Form.Item label="Loại" name="kind" rules={[{ required: true }]}>
          <Radio.Group options={Object.entries(CLUSTER_KINDS).map(([value, label]) => ({ value, label }))} optionType="button" />
        </Form.Item>
        <Form.Item label="Năm" name="year">
          <InputNumber min={2000} max={2100} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="Cơ quan tổ chức" name="ownerId" rules={[{ required: true, message: 'Hãy chọn cơ quan tổ chức cụm, khối' }]}>
          <OrganizationSelect />
        </Form.Item>
        <Form.Item label="Thành viên" name="memberIds" rules={[{ required: true, type: 'array', min: 1, message: 'Hãy chọn ít nhất một đơn vị thành viên' }]}>
          <OrganizationSelect multiple placeholder="Chọn các đơn vị thành viên" />
        </Form.Item>
        <Form.Item label={leaderLabel} name="leaderId">
          <Select allowClear options={leaderOptions} placeholder={memberIds?.length ? `Chọn ${leaderLabel.toLowerCase()}` : 'Chọn thành viên trước'} />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}
