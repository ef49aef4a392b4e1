// The actions of a proposal the server allows the caller now: downloads of the proposal (Word, PDF, Excel),
// "Gửi cấp trên", "Xuất gói hồ sơ (ZIP)" (export, then download), the package again, and deleting a draft.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button } from 'antd'
import { DeleteOutlined, FileExcelOutlined, FilePdfOutlined, FileWordOutlined, FileZipOutlined, SendOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { api } from '../../api.ts'
import { refreshProposals, type ProposalDetail } from './proposal-queries.ts'

export function ProposalActions({ proposal }: { proposal: ProposalDetail }) {
  const { modal, message } = App.useApp()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const base = `/api/proposals/${proposal.id}`
  const packageUrl = `${base}/package.zip`
  const dispatch = useMutation({
    mutationFn: (mode: 'send' | 'export') => api.post<ProposalDetail>(`${base}/${mode}`, { version: proposal.version }),
    onSuccess: async (saved, mode) => {
      await refreshProposals(queryClient, saved)
      message.success(`Tờ trình số ${saved.numberAndSymbol ?? ''} ${mode === 'send' ? 'đã gửi cấp trên' : 'đã xuất; đang tải gói hồ sơ'}`)
      if (mode === 'export') window.location.assign(packageUrl)
    },
    onError: (error) => modal.error({ title: 'Chưa gửi được tờ trình', content: error.message }),
  })
  const remove = useMutation({
    mutationFn: () => api.delete(`${base}?version=${proposal.version}`),
    onSuccess: async () => {
      await refreshProposals(queryClient)
      navigate('/trinh-cap-tren')
    },
    onError: (error) => modal.error({ title: 'Chưa xóa được dự thảo', content: error.message }),
  })
  const confirm = (mode: 'send' | 'export') =>
    modal.confirm({
      title: mode === 'send' ? `Gửi tờ trình tới ${proposal.toName}?` : `Xuất gói hồ sơ gửi ${proposal.toName}?`,
      content: 'Tờ trình lấy số tiếp theo trong sổ Tờ trình của cấp trình; các đề nghị chuyển sang "Đã trình cấp trên" và tờ trình không sửa được nữa.',
      okText: mode === 'send' ? 'Gửi cấp trên' : 'Xuất gói hồ sơ',
      cancelText: 'Hủy',
      onOk: () => dispatch.mutateAsync(mode),
    })
  return (
    <>
      <Button icon={<FileWordOutlined />} href={`${base}/to-trinh.docx`} download data-testid="proposal-docx">Tờ trình (Word)</Button>
      <Button icon={<FilePdfOutlined />} href={`${base}/to-trinh.pdf`} download data-testid="proposal-pdf">PDF</Button>
      <Button icon={<FileExcelOutlined />} href={`${base}/danh-sach.xlsx`} download data-testid="proposal-xlsx">Danh sách (Excel)</Button>
      {proposal.actions.download && <Button icon={<FileZipOutlined />} href={packageUrl} download data-testid="proposal-package">Gói hồ sơ (ZIP)</Button>}
      {proposal.actions.send && <Button type="primary" icon={<SendOutlined />} loading={dispatch.isPending} onClick={() => confirm('send')} data-testid="proposal-send">Gửi cấp trên</Button>}
      {proposal.actions.export && <Button type="primary" icon={<FileZipOutlined />} loading={dispatch.isPending} onClick={() => confirm('export')} data-testid="proposal-export">Xuất gói hồ sơ (ZIP)</Button>}
      {proposal.actions.edit && (
        <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="proposal-delete"
          onClick={() => modal.confirm({ title: 'Xóa dự thảo tờ trình?', okText: 'Xóa', okButtonProps: { danger: true }, cancelText: 'Hủy', onOk: () => remove.mutateAsync() })}>
          Xóa dự thảo
        </Button>
      )}
    </>
  )
}
