// /lich — phases, reviews, deadlines, events, launch ceremonies and answers due across the plans
// the user's organization is part of: a month calendar with a badge per entry, and below it the
// agenda of this month and the next two (after what is still overdue from the past year), or of
// the day clicked. Entries open their plan. The month is kept in the URL (?thang=2025-11).
import { useState } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Badge, Button, Calendar, Card, Flex, Grid, Select, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useNavigate, useSearchParams } from 'react-router'
import { api, toQuery } from '../api.ts'
import type { CalendarEntry, CalendarKind } from '../types.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { CalendarAgenda } from '../components/campaigns/CalendarAgenda.tsx'
import { CALENDAR_KIND_LABELS } from '../components/campaigns/campaign-labels.ts'

const KIND_OPTIONS = Object.entries(CALENDAR_KIND_LABELS).map(([value, { label }]) => ({ value, label }))
const MONTHS_SHOWN = 3
/** How far back overdue entries are still listed. */
const OVERDUE_MONTHS = 12

/** One entry inside a day cell: a coloured dot and the title, cut to the cell's width. */
function CellEntry({ entry }: { entry: CalendarEntry }) {
  const navigate = useNavigate()
  return (
    <Flex
      gap={4}
      align="center"
      style={{ minWidth: 0 }}
      onClick={(event) => {
        event.stopPropagation()
        navigate(`/ke-hoach/${entry.campaignId}`)
      }}
    >
      <Badge color={entry.overdue ? 'red' : CALENDAR_KIND_LABELS[entry.kind].color} />
      <Typography.Text type={entry.overdue ? 'danger' : undefined} style={{ fontSize: 12 }} ellipsis={{ tooltip: `${entry.title} — ${entry.numberAndSymbol ?? entry.campaignTitle}` }}>
        {entry.title}
      </Typography.Text>
    </Flex>
  )
}

export function CalendarPage() {
  const wide = Grid.useBreakpoint().md ?? true
  const [params, setParams] = useSearchParams()
  const requested = dayjs(`${params.get('thang')}-01`)
  const month = (requested.isValid() ? requested : dayjs()).startOf('month')
  const setMonth = (next: Dayjs) => setParams({ thang: next.format('YYYY-MM') }, { replace: true })
  const [day, setDay] = useState<Dayjs | null>(null)
  const [kinds, setKinds] = useState<CalendarKind[]>([])

  const monthStart = month.format('YYYY-MM-DD')
  const from = month.subtract(OVERDUE_MONTHS, 'month').format('YYYY-MM-DD')
  const to = month.add(MONTHS_SHOWN - 1, 'month').endOf('month').format('YYYY-MM-DD')
  const { data, error, isFetching } = useQuery({
    queryKey: ['calendar', from, to],
    queryFn: () => api.get<CalendarEntry[]>(`/api/calendar${toQuery({ from, to })}`),
    placeholderData: keepPreviousData,
  })
  const entries = (data ?? []).filter((entry) => kinds.length === 0 || kinds.includes(entry.kind))
  const onDay = (date: Dayjs) => entries.filter((entry) => entry.date === date.format('YYYY-MM-DD'))
  const agenda = day ? onDay(day) : entries.filter((entry) => entry.date >= monthStart || entry.overdue)

  return (
    <>
      <PageHeader title="Lịch thi đua" />
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      <Flex vertical gap={16}>
        <Card size="small" loading={isFetching && !data}>
          <Select
            mode="multiple"
            allowClear
            placeholder="Tất cả loại mốc"
            options={KIND_OPTIONS}
            value={kinds}
            onChange={setKinds}
            style={{ width: '100%', maxWidth: 640 }}
            aria-label="Lọc theo loại mốc"
          />
          <Calendar
            fullscreen={wide}
            value={day ?? (month.isSame(dayjs(), 'month') ? dayjs() : month)}
            onPanelChange={(date) => {
              setMonth(date)
              setDay(null)
            }}
            onSelect={(date, { source }) => {
              if (source !== 'date') return
              setDay(date)
              if (!date.isSame(month, 'month')) setMonth(date)
            }}
            cellRender={(date, info) => {
              if (info.type !== 'date') return info.originNode
              const items = onDay(date)
              if (items.length === 0) return null
              if (!wide) return <Badge count={items.length} size="small" color={items.some((entry) => entry.overdue) ? 'red' : 'blue'} />
              return (
                <Flex vertical>
                  {items.map((entry, index) => (
                    <CellEntry key={index} entry={entry} />
                  ))}
                </Flex>
              )
            }}
          />
        </Card>
        <Card
          size="small"
          title={day ? `Ngày ${day.format('DD/MM/YYYY')}` : `Từ tháng ${month.format('MM/YYYY')}, ${MONTHS_SHOWN} tháng (và việc còn quá hạn)`}
          extra={
            day && (
              <Button size="small" onClick={() => setDay(null)}>
                Xem cả {MONTHS_SHOWN} tháng
              </Button>
            )
          }
        >
          <CalendarAgenda entries={agenda} emptyText={day ? 'Không có mốc nào trong ngày' : 'Không có mốc nào trong thời gian này'} />
        </Card>
      </Flex>
    </>
  )
}
