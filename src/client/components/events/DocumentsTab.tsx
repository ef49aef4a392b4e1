// "Tài liệu": the invitations (one page per invitee in one file), the programme, the list of delegates (also
// Excel), the ceremony's pledge, the estimate and the settlement — Word and PDF in Decree 30 form.
import { Button, Card, List, Space } from 'antd'
import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons'
import type { EventDetail } from './event-ui.ts'

export function DocumentsTab({ event }: { event: EventDetail }) {
  const base = `/api/events/${event.id}/documents`
  const docs = [
    { key: 'invitations', title: `Giấy mời (${event.attendees.length} đại biểu, mỗi người một trang)` },
    { key: 'programme', title: 'Chương trình' },
    { key: 'attendees', title: 'Danh sách đại biểu, chỗ ngồi, điểm danh', xlsx: true },
    ...(event.kind === 'launch_ceremony' ? [{ key: 'pledge', title: 'Bản cam kết thi đua' }] : []),
    { key: 'estimate', title: 'Dự toán kinh phí' },
    { key: 'settlement', title: 'Quyết toán kinh phí' },
  ]
  return (
    <Card>
      <List dataSource={docs} renderItem={(d) => (
        <List.Item actions={[
          <Space key="files">
            <Button icon={<FileWordOutlined />} href={`${base}/${d.key}?format=docx`} download data-testid={`doc-${d.key}-docx`}>Word</Button>
            <Button icon={<FilePdfOutlined />} href={`${base}/${d.key}?format=pdf`} download data-testid={`doc-${d.key}-pdf`}>PDF</Button>
            {d.xlsx && <Button icon={<FileExcelOutlined />} href={`${base}/${d.key}?format=xlsx`} download data-testid={`doc-${d.key}-xlsx`}>Excel</Button>}
          </Space>,
        ]}>{d.title}</List.Item>
      )} />
    </Card>
  )
}
