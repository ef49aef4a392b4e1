// The province's statistics settings: which organization kinds count as small collectives (no text defines
// them) and its own targets for the three shares, with the document they come from. Province managers only;
// a stale version offers to reload, and nothing typed is lost on an error.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Form, Input, InputNumber, Modal, Select } from 'antd'
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../../shared/organizations.ts'
import { SHARE_KEYS, SHARE_LABELS, type ShareKey, type StatisticsSettings } from '../../../shared/statistics.ts'
import { api } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { STATISTICS_KEY } from './statistics-ui.ts'

export type SettingsView = StatisticsSettings & { canConfigure: boolean }

interface Values {
  smallCollectiveKinds: OrganizationKind[]
  /** In percent on the form; shares between 0 and 1 for the API. */
  targets: Record<ShareKey, number | null>
  citation: string
}

export const SETTINGS_KEY = [...STATISTICS_KEY, 'settings'] as const

export function useStatisticsSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api.get<SettingsView>('/api/statistics/settings') })
}

const toPercent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10)
const toShare = (percent: number | null | undefined) => (percent === null || percent === undefined ? null : percent / 100)

export function SettingsModal({ open, onClose, settings }: { open: boolean; onClose: () => void; settings: SettingsView }) {
  const [form] = Form.useForm<Values>()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const initialValues: Values = {
    smallCollectiveKinds: settings.smallCollectiveKinds,
    targets: Object.fromEntries(SHARE_KEYS.map((k) => [k, toPercent(settings.targets[k])])) as Values['targets'],
    citation: settings.citation ?? '',
  }
  const save = useMutation({
    mutationFn: (values: Values) =>
      api.put<StatisticsSettings>('/api/statistics/settings', {
        smallCollectiveKinds: values.smallCollectiveKinds,
        targets: Object.fromEntries(SHARE_KEYS.map((k) => [k, toShare(values.targets[k])])),
        citation: values.citation,
        version: settings.version,
      }),
    onMutate: clear,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: STATISTICS_KEY })
      onClose()
    },
    onError: report,
  })
  return (
    <Modal title="Cấu hình thống kê của tỉnh" open={open} onCancel={onClose} onOk={() => form.submit()} okText="Lưu" confirmLoading={save.isPending} okButtonProps={{ ...{ 'data-testid': 'settings-save' } }} width={640} destroyOnHidden>
      <FormProblemAlert problem={problem} onReload={() => queryClient.invalidateQueries({ queryKey: SETTINGS_KEY })} />
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)}>
        <Form.Item
          label="Loại tổ chức là tập thể nhỏ"
          name="smallCollectiveKinds"
          tooltip="Chưa có văn bản định nghĩa tập thể nhỏ theo loại tổ chức; mặc định: thôn, xóm, tổ dân phố; phòng, ban; chi bộ."
          rules={[{ required: true, message: 'Loại tổ chức là tập thể nhỏ: chọn ít nhất một loại' }]}
        >
          <Select mode="multiple" options={Object.entries(ORGANIZATION_KINDS).map(([value, k]) => ({ value, label: k.label }))} data-testid="settings-kinds" />
        </Form.Item>
        {SHARE_KEYS.map((key) => (
          <Form.Item key={key} label={`Chỉ tiêu tỷ lệ ${SHARE_LABELS[key].toLocaleLowerCase('vi')} (%, để trống: không đặt)`} name={['targets', key]}>
            <InputNumber min={0} max={100} step={0.5} style={{ width: 160 }} />
          </Form.Item>
        ))}
        <Form.Item label="Căn cứ (văn bản của tỉnh)" name="citation" rules={[{ required: true, whitespace: true, message: 'Căn cứ (văn bản của tỉnh): cần ghi văn bản quy định các giá trị này' }]}>
          <Input maxLength={500} data-testid="settings-citation" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
