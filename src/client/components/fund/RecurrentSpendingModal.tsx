// The year's recurrent spending (tổng chi thường xuyên) of the organization, from which the allocation's
// ceiling follows (ND 152 Điều 46(3)(b)); saved with the version read.
import { useState } from 'react'
import { Alert, InputNumber, Modal } from 'antd'
import type { ButtonProps } from 'antd'
import { useMutation } from '@tanstack/react-query'
import { formatShare } from '../../../shared/fund.ts'
import { api, toApiError } from '../../api.ts'
import type { FundSummary } from './fund-ui.ts'

export function RecurrentSpendingModal({ summary, onClose, onSaved }: { summary: FundSummary; onClose: () => void; onSaved: () => void }) {
  const [value, setValue] = useState<number | null>(summary.recurrentSpending)
  const save = useMutation({
    mutationFn: () => api.put('/api/fund/year', { organizationId: summary.organizationId, year: summary.year, recurrentSpending: value, version: summary.yearVersion }),
    onSuccess: onSaved,
  })
  const error = save.error ? toApiError(save.error) : null
  return (
    <Modal open title={`Tổng chi thường xuyên năm ${summary.year}`} okText="Lưu" onCancel={onClose} onOk={() => save.mutate()} confirmLoading={save.isPending} okButtonProps={{ 'data-testid': 'fund-recurrent-save' } as ButtonProps}>
      <p>Ngân sách cấp cho quỹ tối đa {formatShare(summary.allocationRate)} tổng chi thường xuyên ({summary.allocationRateCitation}). Để trống nếu chưa có số liệu.</p>
      {error && <Alert type={error.code === 'CONFLICT' ? 'warning' : 'error'} showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <InputNumber<number> min={0} style={{ width: '100%' }} value={value} onChange={setValue} aria-label="Tổng chi thường xuyên (đồng)"
        formatter={(v) => (v ? Number(v).toLocaleString('vi-VN') : '')} parser={(v) => Number((v ?? '').replace(/\D/g, ''))} data-testid="fund-recurrent" />
    </Modal>
  )
}
