// The member's own ballot paper: per item "Đồng ý", "Không đồng ý", "Không biểu quyết" with a confirmation,
// then "Đã bỏ phiếu" (the choice is never shown back, nor kept anywhere with the member's name).
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Divider, Flex, Popconfirm, Tag, Typography } from 'antd'
import { BALLOT_CHOICE_LABELS, BALLOT_CHOICES, type BallotChoice } from '../../../shared/council-rules.ts'
import { api, toApiError } from '../../api.ts'
import { councilKeys, useMyBallot, type MyBallot } from './council-queries.ts'

export function BallotCard({ sessionId }: { sessionId: string }) {
  const { data: paper } = useMyBallot(sessionId, true)
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const cast = useMutation({
    mutationFn: ({ itemId, choice }: { itemId: string; choice: BallotChoice }) => api.post<MyBallot>(`/api/council-items/${itemId}/ballot`, { choice }),
    onSuccess: async (fresh) => {
      queryClient.setQueryData(councilKeys.ballot(sessionId), fresh)
      message.success('Đã bỏ phiếu')
      await queryClient.invalidateQueries({ queryKey: councilKeys.session(sessionId), exact: true })
    },
    onError: (caught) => message.error(toApiError(caught).message),
  })
  if (!paper) return null
  const votable = paper.status === 'open' && paper.present === true
  return (
    <Card title={`Phiếu biểu quyết của đồng chí ${paper.member.fullName}`} style={{ marginBottom: 16 }} data-testid="ballot-card">
      {paper.status === 'draft' && <Alert type="info" showIcon title="Phiên họp chưa khai mạc bỏ phiếu." style={{ marginBottom: 12 }} />}
      {paper.status === 'open' && paper.present !== true && (
        <Alert type="warning" showIcon title="Đồng chí chưa được ghi có mặt: thành viên vắng mặt gửi ý kiến bằng văn bản cho Thường trực Hội đồng." style={{ marginBottom: 12 }} />
      )}
      {paper.status === 'closed' && <Alert type="success" showIcon title="Phiên họp đã kết thúc." style={{ marginBottom: 12 }} />}
      {paper.items.map((item, index) => (
          <div key={item.id}>
            {index > 0 && <Divider style={{ margin: '8px 0' }} />}
            <Flex justify="space-between" align="center" wrap gap={8} style={{ width: '100%' }}>
              <div>
                <Typography.Text strong>{item.position}. {item.nomineeName}</Typography.Text> — {item.targetName}
                <br />
                <Typography.Text type="secondary">{item.unitName}. {item.thresholdLabel}</Typography.Text>
              </div>
              {item.voted ? (
                <Tag color="green" data-testid="ballot-voted">Đã bỏ phiếu</Tag>
              ) : item.recusal ? (
                <Tag>Không tham gia biểu quyết: {item.recusal}</Tag>
              ) : (
                votable && (
                  <Flex gap={8} wrap>
                    {BALLOT_CHOICES.map((choice) => (
                      <Popconfirm
                        key={choice}
                        title={`Xác nhận: ${BALLOT_CHOICE_LABELS[choice]}?`}
                        description="Mỗi thành viên chỉ bỏ phiếu một lần; không sửa được sau khi gửi."
                        okText="Gửi phiếu"
                        cancelText="Chọn lại"
                        onConfirm={() => cast.mutate({ itemId: item.id, choice })}
                      >
                        <Button type={choice === 'for' ? 'primary' : 'default'} danger={choice === 'against'} loading={cast.isPending && cast.variables?.itemId === item.id} data-testid={`ballot-${choice}`}>
                          {BALLOT_CHOICE_LABELS[choice]}
                        </Button>
                      </Popconfirm>
                    ))}
                  </Flex>
                )
              )}
            </Flex>
          </div>
      ))}
    </Card>
  )
}
