// "Điều chỉnh": a recorded line is never edited; it is corrected by a reversing line with the reason.
import { useState } from 'react'
import { Alert, Form, Input, Modal } from 'antd'
import type { ButtonProps } from 'antd'
import { useMutation } from '@tanstack/react-query'
import { FUND_CATEGORY_LABELS, formatVnd } from '../../../shared/fund.ts'
import { api, toApiError } from '../../api.ts'
import { todayIso } from '../../format.ts'
import { IsoDatePicker } from '../campaigns/IsoDatePicker.tsx'
import type { FundLine } from './fund-ui.ts'

export function ReverseLineModal({ line, year, onClose, onSaved }: { line: FundLine; year: number; onClose: () => void; onSaved: () => void }) {
  const today = todayIso()
  const [reason, setReason] = useState('')
  const [occurredOn, setOccurredOn] = useState<string | null>(today.startsWith(`${year}-`) ? today : line.occurredOn)
  const save = useMutation({ mutationFn: () => api.post(`/api/fund/lines/${line.id}/reverse`, { reason, occurredOn }), onSuccess: onSaved })
  return (
    <Modal
      open
      title="Điều chỉnh dòng sổ quỹ"
      okText="Ghi dòng điều chỉnh"
      onCancel={onClose}
      onOk={() => save.mutate()}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: !reason.trim() || !occurredOn, 'data-testid': 'fund-reverse-save' } as ButtonProps}
    >
      <p>
        Ghi đảo {FUND_CATEGORY_LABELS[line.category].toLowerCase()} {formatVnd(line.amount)} — {line.description}. Dòng đã ghi giữ nguyên; một dòng số tiền ngược dấu
        được ghi thêm.
      </p>
      {save.error && <Alert type="error" showIcon title={toApiError(save.error).message} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label="Ngày ghi sổ" required><IsoDatePicker value={occurredOn} onChange={setOccurredOn} /></Form.Item>
        <Form.Item label="Lý do điều chỉnh" required>
          <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} data-testid="fund-reverse-reason" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
