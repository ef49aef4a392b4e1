// The statutory statistical forms (src/shared/statistics-forms.ts) for the unit and years shown, as XLSX.
import { Button, Card, List, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { STATISTICS_FORMS, STATISTICS_REGIME } from '../../../shared/statistics-forms.ts'
import { formUrl, type StatisticsFilters } from './statistics-ui.ts'

export function FormDownloads({ filters }: { filters: StatisticsFilters }) {
  return (
    <Card title="Biểu mẫu báo cáo thống kê" extra={<Typography.Text type="secondary">{STATISTICS_REGIME}</Typography.Text>}>
      <List
        dataSource={[...STATISTICS_FORMS]}
        renderItem={(form) => (
          <List.Item
            actions={[
              <Button key="xlsx" icon={<FileExcelOutlined />} href={formUrl(form.id, filters)} download data-testid={`form-${form.id}`}>
                Tải XLSX
              </Button>,
            ]}
          >
            <List.Item.Meta title={`${form.number}. ${form.title}`} description={`Đơn vị tính: ${form.unit}. ${form.periodNote}.`} />
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        Các biểu lập theo các chỉ tiêu thống kê thi đua, khen thưởng; mã biểu, dòng và cột chưa được đối chiếu với phụ lục của Thông tư — cần đối chiếu trước khi gửi.
      </Typography.Paragraph>
    </Card>
  )
}
