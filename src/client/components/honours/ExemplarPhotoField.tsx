// The exemplar's photo in the officer's form: the current one, "Chọn ảnh" (JPEG, PNG or WebP; the server checks
// the bytes and the size) and "Bỏ ảnh"; each change carries the version and answers the saved exemplar.
import { useRef } from 'react'
import { useMutation } from '@tanstack/react-query'
import { Alert, Button, Flex, Image, Typography } from 'antd'
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons'
import { api, toApiError } from '../../api.ts'
import type { ExemplarDetail } from './honour-ui.ts'

export function ExemplarPhotoField({ exemplar, onSaved }: { exemplar: ExemplarDetail; onSaved: (saved: ExemplarDetail) => void }) {
  const input = useRef<HTMLInputElement>(null)
  const upload = useMutation({
    mutationFn: (file: File) => api.upload<ExemplarDetail>(`/api/honours/${exemplar.id}/photo?version=${exemplar.version}`, file, file.name),
    onSuccess: onSaved,
  })
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/honours/${exemplar.id}/photo?version=${exemplar.version}`).then(() => api.get<ExemplarDetail>(`/api/honours/${exemplar.id}`)),
    onSuccess: onSaved,
  })
  const problem = upload.error ?? remove.error
  return (
    <Flex vertical gap={8}>
      {exemplar.photoUrl ? (
        <Image src={`${exemplar.photoUrl}?v=${exemplar.version}`} alt={exemplar.subjectName} height={160} style={{ objectFit: 'cover' }} data-testid="exemplar-photo" />
      ) : (
        <Typography.Text type="secondary">Chưa có ảnh.</Typography.Text>
      )}
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        hidden
        data-testid="exemplar-photo-input"
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) upload.mutate(file)
          e.target.value = ''
        }}
      />
      <Flex gap={8}>
        <Button icon={<UploadOutlined />} loading={upload.isPending} onClick={() => input.current?.click()} data-testid="exemplar-photo-upload">
          {exemplar.photoUrl ? 'Thay ảnh' : 'Chọn ảnh'}
        </Button>
        {exemplar.photoUrl && (
          <Button icon={<DeleteOutlined />} loading={remove.isPending} onClick={() => remove.mutate()}>
            Bỏ ảnh
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">Ảnh JPEG, PNG hoặc WebP; không đăng ảnh khi chưa có sự đồng ý của người trong ảnh.</Typography.Text>
      {problem && <Alert type="error" showIcon title={toApiError(problem).message} data-testid="exemplar-photo-problem" />}
    </Flex>
  )
}
