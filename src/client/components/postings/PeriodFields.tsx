// The posting period: first and last day (both included), quick choices of 7 or 10 days from the first day,
// and the suggestions of the law — the period is the officer's choice for each posting.
import { Alert, Button, Col, Flex, Form, Row, Typography, type FormInstance } from 'antd'
import { IsoDatePicker } from '../campaigns/IsoDatePicker.tsx'
import { PERIOD_NOTES, periodDays, periodEnd, QUICK_PERIODS } from './posting-periods.ts'

export function PeriodFields({ form }: { form: FormInstance }) {
  const startsOn = Form.useWatch('startsOn', form) as string | null | undefined
  const endsOn = Form.useWatch('endsOn', form) as string | null | undefined
  const setEnd = (days: number) => {
    if (startsOn) form.setFieldValue('endsOn', periodEnd(startsOn, days))
  }
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label="Ngày bắt đầu công khai" name="startsOn" rules={[{ required: true, message: 'Hãy chọn ngày bắt đầu công khai' }]}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label="Ngày kết thúc (hết ngày)"
            name="endsOn"
            dependencies={['startsOn']}
            rules={[
              { required: true, message: 'Hãy chọn ngày kết thúc công khai' },
              ({ getFieldValue }) => ({
                validator: (_, value?: string | null) =>
                  value && getFieldValue('startsOn') && value < getFieldValue('startsOn')
                    ? Promise.reject(new Error('Ngày kết thúc không được trước ngày bắt đầu công khai'))
                    : Promise.resolve(),
              }),
            ]}
          >
            <IsoDatePicker />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8} align="center" wrap style={{ marginTop: -8, marginBottom: 12 }}>
        {QUICK_PERIODS.map((days) => (
          <Button key={days} size="small" disabled={!startsOn} onClick={() => setEnd(days)} data-testid={`posting-period-${days}`}>
            {days} ngày
          </Button>
        ))}
        <Typography.Text type="secondary">
          {startsOn && endsOn && endsOn >= startsOn ? `Công khai ${periodDays(startsOn, endsOn)} ngày (kể cả ngày đầu và ngày cuối).` : 'Chọn ngày bắt đầu rồi chọn nhanh số ngày, hoặc chọn ngày kết thúc.'}
        </Typography.Text>
      </Flex>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Thời gian công khai do cơ quan chọn cho từng danh sách"
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {PERIOD_NOTES.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        }
      />
    </>
  )
}
