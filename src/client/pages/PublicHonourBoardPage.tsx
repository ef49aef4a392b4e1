// /vinh-danh — the province's honour board for everyone, without an account: the public landing links, then the
// published exemplars by kind and year, searched without diacritics ("nguyen van a" finds "Nguyễn Văn A"), a page
// of cards at a time. Filters and the page live in the address, so a link keeps the view.
import { useState } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Card, Col, Empty, Flex, Input, Pagination, Row, Segmented, Select, Skeleton, Typography } from 'antd'
import { toQuery } from '../api.ts'
import { publicRequest } from '../components/postings/public-api.ts'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { ExemplarCard } from '../components/honours/ExemplarCard.tsx'
import { PublicLanding } from '../components/honours/PublicLanding.tsx'
import { PublicLayout } from '../components/honours/PublicLayout.tsx'
import type { PublicHonourBoard } from '../components/honours/honour-ui.ts'

const PAGE_SIZE = 12

export function PublicHonourBoardPage() {
  const { filters, setFilters, page, setPage } = usePagedFilters(['kind', 'year', 'q', 'province'])
  const [typed, setTyped] = useState(filters.q ?? '')
  const board = useQuery({
    queryKey: ['public-honours', filters, page],
    queryFn: () => publicRequest<PublicHonourBoard>('GET', `/api/public/honours${toQuery({ ...filters, page, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  })
  const data = board.data
  const province = data?.provinces.length === 1 ? data.provinces[0]!.name : data?.provinces.find((p) => p.code === filters.province)?.name

  return (
    <PublicLayout>
      <Flex vertical gap={16}>
        <PublicLanding />
        <Card>
          <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="honours-title">
            Bảng vinh danh{province ? ` — ${province}` : ''}
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            Những tấm gương người tốt việc tốt, điển hình tiên tiến, mô hình hay, cách làm hiệu quả và sáng kiến được các cơ quan, địa phương biểu dương, tôn vinh để nhân rộng.
          </Typography.Paragraph>
          <Flex vertical gap={12}>
            <Input.Search
              allowClear
              size="large"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              onSearch={(q) => setFilters({ q: q.trim() || undefined })}
              placeholder="Tìm theo tên người, tập thể hoặc nội dung (gõ có dấu hay không dấu đều được)"
              enterButton="Tìm"
              data-testid="honours-search"
            />
            <Flex gap={12} wrap align="center">
              <Segmented
                value={filters.kind ?? ''}
                onChange={(kind) => setFilters({ kind: String(kind) || undefined })}
                options={[{ value: '', label: 'Tất cả' }, ...(data?.kinds ?? []).map((k) => ({ value: k.kind, label: `${k.label} (${k.count})` }))]}
                data-testid="honours-kind"
              />
              <Select
                allowClear
                value={filters.year}
                onChange={(year?: string) => setFilters({ year })}
                placeholder="Năm"
                options={(data?.years ?? []).map((y) => ({ value: String(y.year), label: `${y.year} (${y.count})` }))}
                style={{ minWidth: 140 }}
                aria-label="Năm"
              />
              {(data?.provinces.length ?? 0) > 1 && (
                <Select
                  allowClear
                  value={filters.province}
                  onChange={(code?: string) => setFilters({ province: code })}
                  placeholder="Tỉnh"
                  options={data!.provinces.map((p) => ({ value: p.code, label: p.name }))}
                  style={{ minWidth: 200 }}
                  aria-label="Tỉnh"
                />
              )}
            </Flex>
          </Flex>
        </Card>
        {board.error && <Alert type="error" showIcon title={board.error.message} data-testid="honours-error" />}
        {!data && board.isPending ? (
          <Card><Skeleton active /></Card>
        ) : data && data.items.length === 0 ? (
          <Card><Empty description={filters.q || filters.kind || filters.year ? 'Không có gương nào khớp với điều kiện tìm.' : 'Chưa có gương nào được công bố.'} data-testid="honours-empty" /></Card>
        ) : (
          <>
            <Row gutter={[16, 16]} data-testid="honours-grid">
              {data?.items.map((e) => (
                <Col key={e.id} xs={24} sm={12} lg={8}>
                  <ExemplarCard exemplar={e} />
                </Col>
              ))}
            </Row>
            {data && data.total > PAGE_SIZE && (
              <Flex justify="center">
                <Pagination current={page} pageSize={PAGE_SIZE} total={data.total} onChange={(next) => setPage(next, PAGE_SIZE)} showSizeChanger={false} />
              </Flex>
            )}
          </>
        )}
      </Flex>
    </PublicLayout>
  )
}
