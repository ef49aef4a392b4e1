// "Tải Word" and "Tải PDF": the saved plan as a Decree 30 document (the session cookie authorises the GET).
import { Button } from 'antd'
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons'

export function DocumentDownloads({ planId }: { planId: string }) {
  return (
    <>
      <Button icon={<FileWordOutlined />} href={`/api/campaigns/${planId}/document.docx`} download>
        Tải Word
      </Button>
      <Button icon={<FilePdfOutlined />} href={`/api/campaigns/${planId}/document.pdf`} download>
        Tải PDF
      </Button>
    </>
  )
}
