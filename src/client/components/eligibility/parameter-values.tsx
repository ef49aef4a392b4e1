// The configurable parameters' values: how each reads ("70%", "Khiển trách: 6 tháng; …"), its form fields
// (under the name "value", so the server's messages land on them), and the conversions between the
// stored value and the form (shares are typed as percentages).
import { Col, Form, InputNumber, Row, Select } from 'antd'
import type { ParameterKey } from '../../../server/modules/eligibility/province-rules.ts'
import type { MoneyRounding, QuotaRounding } from '../../../rules/parameters.ts'
import { DISCIPLINE_FORMS, type DisciplineForm } from '../../../rules/types.ts'
import { DISCIPLINE_OPTIONS } from '../history/history-labels.ts'
import { formatShare, fromPercent, toPercent } from './percent.ts'

const MONEY_ROUNDING: Record<MoneyRounding, string> = { ceil_10000: 'Làm tròn lên hàng chục nghìn đồng', none: 'Không làm tròn' }
const QUOTA_ROUNDING: Record<QuotaRounding, string> = { floor: 'Làm tròn xuống', round: 'Làm tròn đến số gần nhất', ceil: 'Làm tròn lên' }
/** Forms with a limited period (buộc thôi việc, khai trừ have none). */
const TIMED_FORMS = ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc'] as const satisfies readonly DisciplineForm[]

type PartyShare = { normal: number; exceptional: number }
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))
const number = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('vi-VN') : String(value))

/** How a parameter's value reads. */
export function formatParameter(key: ParameterKey, value: unknown): string {
  switch (key) {
    case 'ldttMinServiceMonths':
      return `${number(value)} tháng`
    case 'cstdTinhCycleYears':
      return `${number(value)} năm`
    case 'ttldttMinLdttShare':
      return formatShare(value as number)
    case 'ttldttMemberDisciplineFrom':
      return `${DISCIPLINE_FORMS[value as DisciplineForm].label} trở lên`
    case 'disciplineMonths':
      return Object.entries(value as Partial<Record<DisciplineForm, number>>)
        .map(([form, months]) => `${DISCIPLINE_FORMS[form as DisciplineForm].label}: ${months} tháng`)
        .join('; ')
    case 'moneyRounding':
      return MONEY_ROUNDING[value as MoneyRounding]
    case 'quotaRounding':
      return QUOTA_ROUNDING[value as QuotaRounding]
    case 'partyExcellentShare': {
      const share = value as PartyShare
      return `${formatShare(share.normal)} (trường hợp đặc biệt ${formatShare(share.exceptional)})`
    }
    case 'baseSalary':
      return `${number(value)} đồng`
  }
}

/** Stored value → form value. */
export function toFormValue(key: ParameterKey, value: unknown): unknown {
  if (key === 'ttldttMinLdttShare') return toPercent(value as number)
  if (key === 'partyExcellentShare') {
    const share = value as PartyShare
    return { normal: toPercent(share.normal), exceptional: toPercent(share.exceptional) }
  }
  return value
}

/** Form value → stored value (empty month fields are left out). */
export function fromFormValue(key: ParameterKey, value: unknown): unknown {
  if (key === 'ttldttMinLdttShare') return fromPercent(value as number)
  if (key === 'partyExcellentShare') {
    const share = value as PartyShare
    return { normal: fromPercent(share.normal), exceptional: fromPercent(share.exceptional) }
  }
  if (key === 'disciplineMonths') return Object.fromEntries(Object.entries(value as Record<string, number | null>).filter(([, months]) => months !== null && months !== undefined))
  return value
}

const requiredRule = [{ required: true, message: 'Hãy nhập giá trị' }]

function NumberField({ min, max, suffix }: { min: number; max: number; suffix: string }) {
  return (
    <Form.Item name="value" label="Giá trị của tỉnh" rules={requiredRule}>
      <InputNumber min={min} max={max} precision={0} suffix={suffix} style={{ width: 200 }} />
    </Form.Item>
  )
}

function PercentField({ name, label }: { name: string | string[]; label: string }) {
  return (
    <Form.Item name={name} label={label} rules={requiredRule}>
      <InputNumber min={0} max={100} suffix="%" style={{ width: 160 }} />
    </Form.Item>
  )
}

/** The form fields of one parameter's value. */
export function ParameterValueFields({ parameterKey }: { parameterKey: ParameterKey }) {
  switch (parameterKey) {
    case 'ldttMinServiceMonths':
      return <NumberField min={0} max={24} suffix="tháng" />
    case 'cstdTinhCycleYears':
      return <NumberField min={1} max={10} suffix="năm" />
    case 'baseSalary':
      return (
        <Form.Item name="value" label="Giá trị của tỉnh" rules={requiredRule}>
          <InputNumber<number> min={1} precision={0} suffix="đồng" style={{ width: 240 }} formatter={(v) => (v ? Number(v).toLocaleString('vi-VN') : '')} parser={(v) => Number((v ?? '').replace(/\D/g, ''))} />
        </Form.Item>
      )
    case 'ttldttMinLdttShare':
      return <PercentField name="value" label="Giá trị của tỉnh" />
    case 'partyExcellentShare':
      return (
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <PercentField name={['value', 'normal']} label="Trường hợp thường" />
          </Col>
          <Col xs={24} sm={12}>
            <PercentField name={['value', 'exceptional']} label="Trường hợp đặc biệt" />
          </Col>
        </Row>
      )
    case 'ttldttMemberDisciplineFrom':
      return (
        <Form.Item name="value" label="Từ hình thức kỷ luật" rules={requiredRule}>
          <Select options={DISCIPLINE_OPTIONS} />
        </Form.Item>
      )
    case 'moneyRounding':
      return (
        <Form.Item name="value" label="Giá trị của tỉnh" rules={requiredRule}>
          <Select options={options(MONEY_ROUNDING)} />
        </Form.Item>
      )
    case 'quotaRounding':
      return (
        <Form.Item name="value" label="Giá trị của tỉnh" rules={requiredRule}>
          <Select options={options(QUOTA_ROUNDING)} />
        </Form.Item>
      )
    case 'disciplineMonths':
      return (
        <Row gutter={12}>
          {TIMED_FORMS.map((form) => (
            <Col xs={12} sm={8} key={form}>
              <Form.Item name={['value', form]} label={DISCIPLINE_FORMS[form].label}>
                <InputNumber min={1} max={120} precision={0} suffix="tháng" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      )
  }
}
