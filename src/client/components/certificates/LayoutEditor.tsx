// Positions of the variable fields on an issuer's pre-printed blanks (phôi in sẵn), in millimetres from the
// top-left corner of the A4 landscape sheet; saved with a version, then checked by printing one page.
import { useEffect, useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Flex, Form, InputNumber, Table, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { api } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { layoutKey, type CertificateLayout, type FieldKey, type FieldPosition } from './certificate-types.ts'

type Values = { positions: Record<FieldKey, FieldPosition> }

const COLUMNS: { key: keyof FieldPosition; title: string; step: number }[] = [
  { key: 'x', title: 'Lề trái (mm)', step: 0.5 },
  { key: 'y', title: 'Lề trên (mm)', step: 0.5 },
  { key: 'width', title: 'Chiều rộng (mm)', step: 1 },
  { key: 'size', title: 'Cỡ chữ (pt)', step: 0.5 },
]

export function LayoutEditor({ organizationId, previewUrl }: { organizationId: string; previewUrl: string | null }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { problem, report, clear } = useFormProblem(form)
  const { data: layout, error } = useQuery({ queryKey: layoutKey(organizationId), queryFn: () => api.get<CertificateLayout>(`/api/organizations/${organizationId}/certificate-layout`) })
  const [dirty, setDirty] = useState(false)

  useEffect(() => {
    if (layout) form.setFieldsValue({ positions: layout.positions })
  }, [layout, form])

  const save = useMutation({
    mutationFn: (values: Values) => api.put<CertificateLayout>(`/api/organizations/${organizationId}/certificate-layout`, { positions: values.positions, version: layout!.version }),
    onSuccess: (saved) => {
      queryClient.setQueryData(layoutKey(organizationId), saved)
      setDirty(false)
      message.success('Đã lưu vị trí in trên phôi')
    },
    onError: report,
  })

  if (error) return <Alert type="error" showIcon title={error.message} />
  if (!layout) return null
  return (
    <Card title={`Vị trí in trên phôi giấy khen — ${layout.organizationName}`} data-testid="layout-editor">
      <Typography.Paragraph type="secondary">
        Khi in trên phôi in sẵn, chỉ in các trường dưới đây (tên, chức vụ và đơn vị, thành tích, số và ngày quyết định, số sổ vàng, địa danh và ngày, họ tên người ký, mã QR).
        Đo từ góc trên bên trái tờ giấy khổ A4 ngang ({layout.page.width} × {layout.page.height} mm) tới góc trên bên trái của ô; với mã QR, chiều rộng là cạnh của mã, mã xác minh in bên phải nó.
      </Typography.Paragraph>
      <FormProblemAlert problem={problem} />
      <Form<Values>
        form={form}
        onValuesChange={() => setDirty(true)}
        onFinish={(values) => {
          clear()
          save.mutate(values)
        }}
      >
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={layout.fields}
          scroll={{ x: 700 }}
          columns={[
            { title: 'Trường', dataIndex: 'label' },
            ...COLUMNS.map((column) => ({
              title: column.title,
              key: column.key,
              width: 130,
              render: (_: unknown, field: { key: FieldKey; label: string }) => (
                <Form.Item name={['positions', field.key, column.key]} rules={[{ required: true, message: 'Bắt buộc' }]} style={{ margin: 0 }}>
                  <InputNumber min={0} step={column.step} style={{ width: '100%' }} data-testid={`layout-${field.key}-${column.key}`} />
                </Form.Item>
              ),
            })),
          ]}
        />
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="layout-save">
            Lưu vị trí
          </Button>
          <Button onClick={() => form.setFieldsValue({ positions: layout.defaults })} data-testid="layout-defaults">
            Về vị trí mặc định
          </Button>
          <Button icon={<PrinterOutlined />} href={previewUrl ?? undefined} disabled={!previewUrl || dirty} target="_blank" data-testid="layout-preview">
            In thử một trang
          </Button>
        </Flex>
        {dirty && <Typography.Text type="secondary">Lưu vị trí trước khi in thử.</Typography.Text>}
      </Form>
    </Card>
  )
}
