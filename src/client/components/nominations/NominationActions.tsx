// What can be done with a nomination now, by its status and the user's role: the unit edits, deletes a
// draft, re-evaluates and submits; the officer returns (with the reason), checks or sends it to the council,
// and allows a late dossier (with the reason). Every write carries the version read; a stale one offers
// "Tải lại" and errors stay on screen.
import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { App, Button, Flex, Form, Input, Modal, Popconfirm } from 'antd'
import { AuditOutlined, CheckOutlined, ClockCircleOutlined, DeleteOutlined, EditOutlined, RollbackOutlined, SendOutlined, SyncOutlined, TeamOutlined } from '@ant-design/icons'
import type { Role } from '../../../shared/roles.ts'
import { api, ApiError, toApiError } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import type { NominationDetail, Submission } from './nomination-queries.ts'
import { nominationActions, submitBody } from './nomination-ui.ts'

interface DialogSpec {
  title: string
  field: 'reason' | 'note'
  label: string
  required: boolean
  okText: string
  /** The message once done. */
  done: string
  send: (text: string) => Promise<NominationDetail>
}

/** A short form in a modal: the reason for a return or a late dossier, the note of a check. */
function TextDialog({ spec, onDone, onCancel, onReload }: { spec: DialogSpec; onDone: (fresh: NominationDetail) => void; onCancel: () => void; onReload: () => void }) {
  const [form] = Form.useForm<Record<string, string>>()
  const { problem, report, clear } = useFormProblem(form)
  const send = useMutation({ mutationFn: (text: string) => spec.send(text), onSuccess: onDone, onError: report })
  return (
    <Modal
      open
      title={spec.title}
      okText={spec.okText}
      cancelText="Hủy"
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={send.isPending}
      destroyOnHidden
      okButtonProps={{ ...{ 'data-testid': 'dialog-ok' } }}
    >
      <FormProblemAlert
        problem={problem}
        onReload={() => {
          clear()
          onReload()
          onCancel()
        }}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          clear()
          send.mutate((values[spec.field] ?? '').trim())
        }}
      >
        <Form.Item
          name={spec.field}
          label={spec.label}
          rules={[...(spec.required ? [{ required: true, whitespace: true, message: `Hãy nhập ${spec.label.toLowerCase()}` }] : []), { max: 2000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid={`dialog-${spec.field}`} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

interface Props {
  nomination: NominationDetail
  role: Role
  onEdit: () => void
  /** The fresh detail the server answered (or nothing: refetch). */
  onChanged: (fresh?: NominationDetail) => void
  onDeleted: () => void
}

export function NominationActions({ nomination: n, role, onEdit, onChanged, onDeleted }: Props) {
  const { message } = App.useApp()
  const actions = nominationActions(n, role)
  const [dialog, setDialog] = useState<DialogSpec | null>(null)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const url = `/api/nominations/${n.id}`
  const post = (path: string, body: Record<string, unknown>) => api.post<NominationDetail>(`${url}${path}`, { version: n.version, ...body })

  const run = useMutation({
    mutationFn: async (action: 'reevaluate' | 'check' | 'submit' | 'delete') => {
      if (action === 'reevaluate') return { fresh: await post('/reevaluate', {}), text: 'Đã xét lại điều kiện và thẩm quyền' }
      if (action === 'check') return { fresh: await post('/check', { to: 'checked' }), text: 'Đã ghi nhận kiểm tra hồ sơ' }
      if (action === 'delete') {
        await api.delete(`${url}?version=${n.version}`)
        return { fresh: null, text: 'Đã xóa dự thảo đề nghị' }
      }
      const submission = await api.post<Submission>('/api/nominations/submit', submitBody([n]))
      return { fresh: undefined, text: `Đã trình đề nghị kèm Tờ trình số ${submission.batch.numberAndSymbol}` }
    },
    onMutate: () => setProblem(null),
    onSuccess: ({ fresh, text }) => {
      message.success(text)
      if (fresh === null) onDeleted()
      else onChanged(fresh)
    },
    onError: (error) => setProblem(toApiError(error)),
  })
  const busy = (action: string) => run.isPending && run.variables === action

  const buttons = [
    actions.has('edit') && (
      <Button key="edit" icon={<EditOutlined />} onClick={onEdit} data-testid="nomination-edit">
        Sửa
      </Button>
    ),
    actions.has('reevaluate') && (
      <Button key="reevaluate" icon={<SyncOutlined />} loading={busy('reevaluate')} onClick={() => run.mutate('reevaluate')} data-testid="nomination-reevaluate">
        Xét lại điều kiện
      </Button>
    ),
    actions.has('submit') && (
      <Popconfirm
        key="submit"
        title="Trình đề nghị này kèm một tờ trình?"
        description="Số tờ trình được lấy từ sổ Tờ trình của đơn vị."
        okText="Trình"
        cancelText="Hủy"
        onConfirm={() => run.mutate('submit')}
      >
        <Button type="primary" icon={<SendOutlined />} loading={busy('submit')} data-testid="nomination-submit">
          Trình đề nghị
        </Button>
      </Popconfirm>
    ),
    actions.has('delete') && (
      <Popconfirm key="delete" title="Xóa dự thảo đề nghị này?" okText="Xóa" okButtonProps={{ danger: true }} cancelText="Hủy" onConfirm={() => run.mutate('delete')}>
        <Button danger icon={<DeleteOutlined />} loading={busy('delete')} data-testid="nomination-delete">
          Xóa
        </Button>
      </Popconfirm>
    ),
    actions.has('return') && (
      <Button
        key="return"
        icon={<RollbackOutlined />}
        onClick={() =>
          setDialog({ title: 'Trả lại hồ sơ cho đơn vị', field: 'reason', label: 'Lý do trả lại', required: true, okText: 'Trả lại', done: 'Đã trả lại hồ sơ cho đơn vị', send: (reason) => post('/return', { reason }) })
        }
        data-testid="nomination-return"
      >
        Trả lại
      </Button>
    ),
    actions.has('check') && (
      <Button key="check" icon={<CheckOutlined />} loading={busy('check')} onClick={() => run.mutate('check')} data-testid="nomination-check">
        Đã kiểm tra hồ sơ
      </Button>
    ),
    actions.has('toCouncil') && (
      <Button
        key="to-council"
        type="primary"
        icon={<TeamOutlined />}
        onClick={() =>
          setDialog({ title: 'Trình Hội đồng Thi đua – Khen thưởng', field: 'note', label: 'Ghi chú', required: false, okText: 'Trình Hội đồng', done: 'Đã trình Hội đồng Thi đua – Khen thưởng', send: (note) => post('/check', { to: 'to_council', note: note || null }) })
        }
        data-testid="nomination-to-council"
      >
        Trình Hội đồng
      </Button>
    ),
    actions.has('overrideDeadline') && (
      <Button
        key="override"
        icon={<ClockCircleOutlined />}
        onClick={() =>
          setDialog({ title: 'Cho phép nộp hồ sơ sau hạn', field: 'reason', label: 'Lý do cho phép nộp muộn', required: true, okText: 'Cho phép', done: 'Đã cho phép nộp hồ sơ sau hạn', send: (reason) => post('/override-deadline', { reason }) })
        }
        data-testid="nomination-override-deadline"
      >
        Cho phép nộp muộn
      </Button>
    ),
  ].filter(Boolean)

  return (
    <>
      <FormProblemAlert
        problem={problem}
        onReload={() => {
          setProblem(null)
          onChanged()
        }}
      />
      {buttons.length > 0 ? (
        <Flex gap={8} wrap data-testid="nomination-actions">
          {buttons}
        </Flex>
      ) : (
        <Flex gap={8} align="center" data-testid="nomination-actions">
          <AuditOutlined /> Không có thao tác nào bạn có thể làm với đề nghị ở trạng thái này.
        </Flex>
      )}
      {dialog && (
        <TextDialog
          spec={dialog}
          onCancel={() => setDialog(null)}
          onReload={() => onChanged()}
          onDone={(fresh) => {
            message.success(dialog.done)
            setDialog(null)
            onChanged(fresh)
          }}
        />
      )}
    </>
  )
}
