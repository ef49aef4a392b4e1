// The dossier (hồ sơ) of a nomination: the parts written from the data (Word and PDF, or why not yet), the
// files attached per part (upload while the dossier is open, remove while the unit may still edit), and
// whether it is complete against what the campaign and the law ask for.
import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, List, Popconfirm, Select, Tag, Tooltip, Typography, Upload } from 'antd'
import { CheckCircleFilled, CloseCircleFilled, DeleteOutlined, FilePdfOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons'
import { DOSSIER_PART_KEYS, DOSSIER_PARTS, type DossierPart, type DossierRequirement } from '../../../shared/nomination-dossier.ts'
import { api, toApiError } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import type { NominationDetail } from './nomination-queries.ts'

const SOURCES: Record<DossierRequirement['source'], string> = { campaign: 'Theo kế hoạch thi đua', catalogue: 'Theo quy định', simplified: 'Thủ tục đơn giản' }
const PART_OPTIONS = DOSSIER_PART_KEYS.map((part) => ({ value: part, label: DOSSIER_PARTS[part] }))

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

interface Props {
  nomination: NominationDetail
  canUpload: boolean
  canRemove: boolean
  /** After a file was attached or removed: the fresh detail (upload) or a refetch (remove). */
  onChanged: (fresh?: NominationDetail) => void
}

export function DossierCard({ nomination, canUpload, canRemove, onChanged }: Props) {
  const { dossier } = nomination
  const [part, setPart] = useState<DossierPart>('xac-nhan')
  const upload = useMutation({
    mutationFn: (file: File) => api.upload<NominationDetail>(`/api/nominations/${nomination.id}/documents?part=${part}`, file, file.name),
    onSuccess: (fresh) => onChanged(fresh),
  })
  const remove = useMutation({
    mutationFn: (documentId: string) => api.delete(`/api/nominations/${nomination.id}/documents/${documentId}`),
    onSuccess: () => onChanged(),
  })
  const error = upload.error ?? remove.error

  return (
    <Card title="Hồ sơ đề nghị" style={{ marginBottom: 16 }} data-testid="nomination-dossier">
      <Alert
        type={dossier.completeness.complete ? 'success' : 'warning'}
        showIcon
        title={dossier.completeness.complete ? 'Hồ sơ đủ thành phần' : `Hồ sơ còn thiếu ${dossier.completeness.missing.length} thành phần`}
        description={
          dossier.completeness.missing.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {dossier.completeness.missing.map((m) => (
                <li key={`${m.source}-${m.name}`}>{m.problem}</li>
              ))}
            </ul>
          ) : undefined
        }
        style={{ marginBottom: 16 }}
        data-testid="dossier-completeness"
      />
      <Typography.Title level={5}>Thành phần hồ sơ được yêu cầu</Typography.Title>
      <List<DossierRequirement>
        size="small"
        dataSource={dossier.completeness.requirements}
        locale={{ emptyText: 'Không có thành phần nào được yêu cầu' }}
        style={{ marginBottom: 16 }}
        renderItem={(r) => (
          <List.Item>
            <Flex gap={8} align="start" style={{ width: '100%' }}>
              {r.metBy ? <CheckCircleFilled style={{ color: '#389e0d', marginTop: 4 }} aria-label="Đã có" /> : <CloseCircleFilled style={{ color: '#cf1322', marginTop: 4 }} aria-label="Còn thiếu" />}
              <Flex vertical gap={2} style={{ flex: 1 }}>
                <Typography.Text>
                  {r.name}
                  {r.form ? ` — ${r.form}` : ''}
                </Typography.Text>
                <Flex gap={6} wrap align="center">
                  <Tag>{SOURCES[r.source]}</Tag>
                  {r.metBy === 'generated' && <Tag color="green">Tạo từ dữ liệu</Tag>}
                  {r.metBy === 'upload' && <Tag color="green">Đã đính kèm</Tag>}
                  {r.citation && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.citation}
                    </Typography.Text>
                  )}
                </Flex>
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Title level={5}>Văn bản tạo từ dữ liệu (theo Nghị định 30/2020/NĐ-CP)</Typography.Title>
      <List
        size="small"
        dataSource={dossier.parts}
        style={{ marginBottom: 16 }}
        renderItem={(p) => (
          <List.Item
            actions={[
              <Tooltip key="docx" title={p.problem}>
                <Button size="small" icon={<FileWordOutlined />} href={p.problem ? undefined : p.docx} disabled={p.problem !== null} data-testid={`dossier-${p.part}-docx`}>
                  Word
                </Button>
              </Tooltip>,
              <Tooltip key="pdf" title={p.problem}>
                <Button size="small" icon={<FilePdfOutlined />} href={p.problem ? undefined : p.pdf} disabled={p.problem !== null} data-testid={`dossier-${p.part}-pdf`}>
                  PDF
                </Button>
              </Tooltip>,
            ]}
          >
            <Flex vertical gap={2}>
              <Typography.Text>{p.label}</Typography.Text>
              {p.problem && (
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  Chưa tạo được: {p.problem}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Title level={5}>Tệp đính kèm</Typography.Title>
      {canUpload && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select<DossierPart> value={part} onChange={setPart} options={PART_OPTIONS} style={{ minWidth: 280 }} popupMatchSelectWidth={false} aria-label="Thành phần hồ sơ" data-testid="dossier-part" />
          <Upload
            accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            customRequest={({ file, onSuccess, onError }) => {
              remove.reset()
              upload.mutate(file as File, { onSuccess: (data) => onSuccess?.(data), onError: (e) => onError?.(e) })
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="dossier-upload">
              Đính kèm tệp
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            PDF, Word (.docx), ảnh PNG/JPEG.
          </Typography.Text>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={toApiError(error).message} style={{ marginBottom: 12 }} data-testid="dossier-error" />}
      <List
        size="small"
        dataSource={dossier.uploads}
        locale={{ emptyText: 'Chưa có tệp đính kèm' }}
        data-testid="dossier-uploads"
        renderItem={(a) => (
          <List.Item
            actions={
              canRemove
                ? [
                    <Popconfirm key="remove" title={`Gỡ "${a.name}" khỏi hồ sơ?`} okText="Gỡ" cancelText="Hủy" onConfirm={() => remove.mutate(a.id)}>
                      <Button size="small" danger icon={<DeleteOutlined />} loading={remove.isPending && remove.variables === a.id} aria-label={`Gỡ ${a.name}`} />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Flex vertical gap={2}>
              <a href={a.url} download={a.name}>
                {a.name}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.partLabel} — {size(a.size)} — {a.uploadedByName}, {formatDateTime(a.uploadedAt)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  )
}
