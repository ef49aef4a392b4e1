// "Quy định về quỹ": the province's fund rules, each value with the article it comes from — the share of the
// year's fund that may pay for organising movements (20% under Nghị định 98/2023/NĐ-CP Điều 52 khoản 1 điểm a
// and Thông tư 28/2025/TT-BTC; law.md §6.4 marks the ND 152 wording unconfirmed, hence a setting) and the
// budget allocation's ceiling (1.0% or 1.5% of the level's recurrent spending, Nghị định 152/2025/NĐ-CP Điều 46
// khoản 3 điểm b). Accounts of the province's root unit only; a stale version offers to reload, and nothing
// typed is lost on an error.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Col, Form, Input, InputNumber, Modal, Radio, Row } from 'antd'
import type { ButtonProps } from 'antd'
import { api } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { FUND_KEY, FUND_SETTINGS_KEY, type FundSettingsView } from './fund-ui.ts'

interface Values {
  /** In percent on the form; shares between 0 and 1 for the API. */
  movementShare: number | null
  movementShareCitation: string
  allocationRate: number | null
  allocationRateCitation: string
}

/** The two ceilings Nghị định 152/2025/NĐ-CP, Điều 46 khoản 3 điểm b sets, by the kind of province. */
const ALLOCATION_RATES = [
  { value: 1, label: '1,0% — tỉnh đồng bằng, thành phố trực thuộc trung ương' },
  { value: 1.5, label: '1,5% — tỉnh miền núi, trung du, Tây Nguyên, vùng sâu, vùng xa, biên giới, hải đảo' },
]

export function useFundSettings() {
  return useQuery({ queryKey: FUND_SETTINGS_KEY, queryFn: () => api.get<FundSettingsView>('/api/fund/settings') })
}

const toPercent = (share: number) => Math.round(share * 10000) / 100
const toShare = (percent: number | null) => (percent === null ? null : percent / 100)

export function FundSettingsModal({ settings, onClose }: { settings: FundSettingsView; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const initialValues: Values = {
    movementShare: toPercent(settings.movementShare),
    movementShareCitation: settings.movementShareCitation,
    allocationRate: toPercent(settings.allocationRate),
    allocationRateCitation: settings.allocationRateCitation,
  }
  const save = useMutation({
    mutationFn: (values: Values) =>
      api.put<FundSettingsView>('/api/fund/settings', {
        movementShare: toShare(values.movementShare),
        movementShareCitation: values.movementShareCitation,
        allocationRate: toShare(values.allocationRate),
        allocationRateCitation: values.allocationRateCitation,
        version: settings.version,
      }),
    onMutate: clear,
    onSuccess: async () => {
      // the page's movement cap and allocation ceiling follow the settings
      await queryClient.invalidateQueries({ queryKey: FUND_KEY })
      onClose()
    },
    onError: report,
  })
  return (
    <Modal
      open title="Quy định của tỉnh về quỹ thi đua, khen thưởng" okText="Lưu" onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'fund-settings-save' } as ButtonProps} width={760}
    >
      <FormProblemAlert problem={problem} onReload={() => queryClient.invalidateQueries({ queryKey: FUND_SETTINGS_KEY })} />
      {!settings.stored && <p>Tỉnh chưa lưu quy định riêng; đang dùng giá trị mặc định theo văn bản dẫn dưới đây.</p>}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              label="Tỷ lệ chi tổ chức phong trào (%)" name="movementShare"
              tooltip="Phần quỹ của năm (số dư đầu năm và số thu) được chi tổ chức phong trào, tuyên truyền, hội nghị sơ kết, tổng kết, kiểm tra"
              rules={[{ required: true, message: 'Tỷ lệ chi tổ chức phong trào: cần nhập tỷ lệ (%)' }]}
            >
              <InputNumber<number> min={0.01} max={100} step={1} style={{ width: '100%' }} data-testid="fund-settings-movement-share" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              label="Căn cứ tỷ lệ chi tổ chức phong trào (điều, khoản)" name="movementShareCitation"
              rules={[{ required: true, whitespace: true, message: 'Căn cứ tỷ lệ chi tổ chức phong trào: cần ghi văn bản, điều, khoản' }]}
            >
              <Input maxLength={500} data-testid="fund-settings-movement-citation" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="Tỷ lệ trích ngân sách tối đa (trên tổng chi thường xuyên)" name="allocationRate"
          rules={[{ required: true, message: 'Tỷ lệ trích ngân sách: chọn 1,0% hoặc 1,5%' }]}
        >
          <Radio.Group options={ALLOCATION_RATES} data-testid="fund-settings-allocation-rate" />
        </Form.Item>
        <Form.Item
          label="Căn cứ tỷ lệ trích ngân sách (điều, khoản)" name="allocationRateCitation"
          rules={[{ required: true, whitespace: true, message: 'Căn cứ tỷ lệ trích ngân sách: cần ghi văn bản, điều, khoản' }]}
        >
          <Input maxLength={500} data-testid="fund-settings-allocation-citation" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
