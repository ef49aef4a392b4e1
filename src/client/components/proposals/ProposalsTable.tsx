// One page of proposals in one direction: sent by the caller's levels (outgoing) or received from below (incoming).
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Table } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { Page } from '../../../shared/schemas.ts'
import { api, toQuery } from '../../api.ts'
import { formatDate } from '../../format.ts'
import type { ProposalSummary } from './proposal-queries.ts'
import { ItemCounts, ProposalStatusTag } from './ProposalTags.tsx'

export function ProposalsTable({ direction }: { direction: 'outgoing' | 'incoming' }) {
  const navigate = useNavigate()
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(20)
  const { data, isFetching, error } = useQuery({
    queryKey: ['proposals', 'list', direction, page, pageSize],
    queryFn: () => api.get<Page<ProposalSummary>>(`/api/proposals${toQuery({ direction, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })
  return (
    <>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      <Table<ProposalSummary>
        rowKey="id"
        data-testid={`proposal-table-${direction}`}
        className="clickable-rows"
        loading={isFetching}
        dataSource={data?.items}
        size="middle"
        scroll={{ x: 1240 }}
        onRow={(p) => ({ onClick: () => navigate(`/trinh-cap-tren/${p.id}`) })}
        pagination={{
          current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} tờ trình`,
          onChange: (next, size) => {
            setPage(next)
            setPageSize(size)
          },
        }}
        locale={{ emptyText: direction === 'outgoing' ? 'Chưa có tờ trình nào trình cấp trên' : 'Chưa nhận tờ trình nào từ cấp dưới' }}
        columns={[
          { title: 'Số, ký hiệu', dataIndex: 'numberAndSymbol', width: 130, render: (value: string | null) => value ?? <em>Chưa có số</em> },
          { title: 'Trích yếu', dataIndex: 'title', width: 320, render: (title: string) => <strong>{title}</strong> },
          direction === 'outgoing'
            ? { title: 'Gửi', key: 'to', width: 220, render: (_: unknown, p: ProposalSummary) => p.toName }
            : { title: 'Cấp trình', key: 'from', width: 180, render: (_: unknown, p: ProposalSummary) => p.from.name },
          { title: 'Ngày', dataIndex: 'sentOn', width: 110, render: formatDate },
          { title: 'Trạng thái', key: 'status', width: 190, render: (_: unknown, p: ProposalSummary) => <ProposalStatusTag proposal={p} /> },
          { title: 'Đề nghị', key: 'counts', width: 260, render: (_: unknown, p: ProposalSummary) => <ItemCounts counts={p.itemCounts} /> },
        ]}
      />
    </>
  )
}
