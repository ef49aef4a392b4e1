// Add or edit a person (cá nhân). The CCCD number is checked here as the server does
// (12 digits, province code, agreement with birth year and sex); the server has the last word.
import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, DatePicker, Form, Input, Radio, Select, Switch } from 'antd'
import type { Rule } from 'antd/es/form'
import dayjs, { type Dayjs } from 'dayjs'
import { cccdMatchesPerson, PERSON_CATEGORIES, SEXES, type PersonCategory, type Sex } from '../../shared/people.ts'
import { api, toQuery } from '../api.ts'
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../format.ts'
import type { Household, Page, Person } from '../types.ts'
import { FormDrawer } from './FormDrawer.tsx'
import { FormProblemAlert, useFormProblem, useReloadLatest } from './FormProblem.tsx'
import { OrganizationSelect } from './OrganizationSelect.tsx'
import { labelMatches } from './select-filter.ts'
import { useDebouncedValue } from './useDebouncedValue.ts'

interface Values {
  fullName: string
  birthDate: Dayjs | null
  sex?: Sex
  cccd: string
  position: string
  organizationId?: string
  category?: PersonCategory
  directWorker: boolean
  householdId: string | null
}

export const CATEGORY_OPTIONS = Object.entries(PERSON_CATEGORIES).map(([value, label]) => ({ value, label }))
const SEX_OPTIONS = Object.entries(SEXES).map(([value, label]) => ({ value, label }))

function toValues(person: Person): Values {
  return {
    fullName: person.fullName,
    birthDate: fromIsoDate(person.birthDate),
    sex: person.sex,
    cccd: person.cccd ?? '',
    position: person.position ?? '',
    organizationId: person.organizationId,
    category: person.category as PersonCategory,
    directWorker: person.directWorker,
    householdId: person.householdId,
  }
}

/** The CCCD is optional; when given it must be well formed and agree with birth year and sex. */
const cccdRule: Rule = ({ getFieldValue }) => ({
  validator: (_rule, value: string | undefined) => {
    const cccd = (value ?? '').replace(/\s+/g, '')
    if (!cccd) return Promise.resolve()
    const problem = cccdMatchesPerson(cccd, { birthDate: toIsoDate(getFieldValue('birthDate')), sex: getFieldValue('sex') ?? null })
    return problem ? Promise.reject(new Error(`Số CCCD ${problem}`)) : Promise.resolve()
  },
})

const EARLIEST_BIRTH = dayjs('1900-01-01')

interface HouseholdSelectProps {
  id?: string
  value?: string | null
  onChange?: (value: string | null) => void
  /** The person's household, shown even when the search does not return it. */
  current: { id: string; headName: string } | null
}

function HouseholdSelect({ id, value, onChange, current }: HouseholdSelectProps) {
  const [search, setSearch] = useState('')
  const q = useDebouncedValue(search)
  const { data, isFetching } = useQuery({
    queryKey: ['households', 'options', q],
    queryFn: () => api.get<Page<Household>>(`/api/households${toQuery({ q, pageSize: 20 })}`),
  })
  const options = (data?.items ?? []).map((household) => ({
    value: household.id,
    label: household.address ? `${household.headName} — ${household.address}` : household.headName,
  }))
  if (current && !options.some((option) => option.value === current.id)) options.unshift({ value: current.id, label: current.headName })
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      allowClear
      placeholder="Gõ tên chủ hộ để tìm"
      loading={isFetching}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={isFetching ? 'Đang tìm…' : 'Không tìm thấy hộ'}
    />
  )
}

interface Props {
  /** null: add a new person. */
  person: Person | null
  defaultOrganizationId?: string
  readOnly?: boolean
  onClose: () => void
}

export function PersonForm({ person, defaultOrganizationId, readOnly = false, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const [base, setBase] = useState(person)

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = {
        fullName: values.fullName,
        birthDate: toIsoDate(values.birthDate),
        sex: values.sex,
        cccd: values.cccd.replace(/\s+/g, '') || null,
        position: values.position || null,
        organizationId: values.organizationId,
        category: values.category,
        directWorker: values.directWorker,
        householdId: values.householdId ?? null,
      }
      return base ? api.patch<Person>(`/api/people/${base.id}`, { ...body, version: base.version }) : api.post<Person>('/api/people', body)
    },
    onSuccess: async (saved) => {
      message.success(base ? 'Đã lưu thay đổi' : `Đã thêm ${saved.fullName}`)
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['people'] }), queryClient.invalidateQueries({ queryKey: ['households'] })])
      onClose()
    },
    onError: report,
  })

  const reload = useReloadLatest<Person, Values>(form, { url: () => `/api/people/${base!.id}`, toValues, onLoaded: setBase, clear, report })

  const initialValues: Partial<Values> = base
    ? toValues(base)
    : { fullName: '', birthDate: null, cccd: '', position: '', organizationId: defaultOrganizationId, directWorker: false, householdId: null }
  return (
    <FormDrawer title={base ? (readOnly ? base.fullName : `Sửa: ${base.fullName}`) : 'Thêm cá nhân'} onClose={onClose} formId="person-form" saving={save.isPending} readOnly={readOnly}>
      <FormProblemAlert problem={problem} onReload={base ? () => reload.mutate() : undefined} reloading={reload.isPending} />
      <Form<Values>
        name="person-form"
        form={form}
        disabled={readOnly}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
        scrollToFirstError
      >
        <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ và tên' }, { max: 200 }]}>
          <Input autoComplete="off" data-testid="person-fullName" />
        </Form.Item>
        <Form.Item label="Ngày sinh" name="birthDate">
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            style={{ width: '100%' }}
            disabledDate={(date) => date.isAfter(dayjs(), 'day') || date.isBefore(EARLIEST_BIRTH, 'day')}
          />
        </Form.Item>
        <Form.Item label="Giới tính" name="sex" rules={[{ required: true, message: 'Hãy chọn giới tính' }]}>
          <Radio.Group options={SEX_OPTIONS} />
        </Form.Item>
        <Form.Item label="Số CCCD" name="cccd" dependencies={['birthDate', 'sex']} rules={[cccdRule]} extra="12 chữ số; để trống nếu chưa có.">
          <Input inputMode="numeric" maxLength={14} autoComplete="off" data-testid="person-cccd" />
        </Form.Item>
        <Form.Item label="Chức vụ" name="position" rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Đơn vị" name="organizationId" rules={[{ required: true, message: 'Hãy chọn đơn vị' }]}>
          <OrganizationSelect />
        </Form.Item>
        <Form.Item label="Đối tượng" name="category" rules={[{ required: true, message: 'Hãy chọn đối tượng' }]}>
          <Select options={CATEGORY_OPTIONS} placeholder="Chọn đối tượng" showSearch={{ filterOption: labelMatches }} />
        </Form.Item>
        <Form.Item label="Lao động trực tiếp" name="directWorker" valuePropName="checked">
          <Switch checkedChildren="Có" unCheckedChildren="Không" />
        </Form.Item>
        <Form.Item label="Hộ gia đình" name="householdId">
          <HouseholdSelect current={base?.householdId ? { id: base.householdId, headName: base.householdHeadName ?? '' } : null} />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}
