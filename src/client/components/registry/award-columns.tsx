// How a registry row reads in a table (the registry search and a subject's "Khen thưởng" tab): the title
// or form (marked when cancelled under Điều 93), the year of the achievement, the decision (number, date, who
// decided), the track and the source.
import { Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { TRACKS, type Track } from '../../../rules/types.ts'
import { formatDate } from '../../format.ts'
import type { AwardRecord } from '../../types.ts'
import { AWARD_LEVEL_LABELS, AWARD_SOURCE_LABELS } from '../history/history-labels.ts'

const TRACK_COLORS: Record<Track, string> = { government: 'blue', party: 'red', mass: 'green' }

export function TrackTag({ track }: { track: Track }) {
  return <Tag color={TRACK_COLORS[track]}>{TRACKS[track]}</Tag>
}

export const AWARD_COLUMNS: ColumnsType<AwardRecord> = [
  {
    title: 'Danh hiệu, hình thức',
    key: 'name',
    width: 220,
    render: (_: unknown, award) => (
      <>
        {award.name}
        {award.revokedOn && (
          <Tag color="red" style={{ marginInlineStart: 8 }} title={award.revokedReason ?? undefined} data-testid="award-revoked">
            Đã hủy bỏ {formatDate(award.revokedOn)}
          </Tag>
        )}
        {award.revokedReason && (
          <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
            {award.revokedReason} (Luật TĐKT 2022, Điều 93)
          </Typography.Text>
        )}
        {award.achievement && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {award.achievement}
          </Typography.Text>
        )}
      </>
    ),
  },
  { title: 'Năm', dataIndex: 'year', width: 70 },
  { title: 'Số quyết định', dataIndex: 'decisionNumber', width: 120 },
  { title: 'Ngày quyết định', dataIndex: 'decisionDate', width: 110, render: formatDate },
  {
    title: 'Cơ quan quyết định',
    key: 'issuer',
    width: 200,
    render: (_: unknown, award) => (
      <>
        {award.decisionIssuer}
        {award.level && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {AWARD_LEVEL_LABELS[award.level]}
          </Typography.Text>
        )}
      </>
    ),
  },
  { title: 'Khối', dataIndex: 'track', width: 120, render: (track: Track) => <TrackTag track={track} /> },
  { title: 'Nguồn', dataIndex: 'source', width: 110, render: (source: AwardRecord['source']) => AWARD_SOURCE_LABELS[source] },
]
