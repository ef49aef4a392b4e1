// /quy-dinh — the rules the eligibility answers apply: each configurable parameter with its national value
// (how sure it is and where it comes from), the province's own value and the value in use on a date; then
// the province's extra standards and quotas. Everyone may read; province-level managers may change them.
import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Grid, List, Popconfirm, Skeleton, Table, Tag, Typography } from 'antd'
import { DeleteOutlined, EditOutlined } from '@ant-design/icons'
import { can } from '../../shared/roles.ts'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { formatDate, todayIso } from '../format.ts'
import type { ParameterView, ProvinceRulesView, RuleParameterList } from '../types.ts'
import { IsoDatePicker } from '../components/campaigns/IsoDatePicker.tsx'
import { ConfidenceTag } from '../components/eligibility/ConfidenceTag.tsx'
import { useTargets } from '../components/eligibility/eligibility-queries.ts'
import { formatParameter } from '../components/eligibility/parameter-values.tsx'
import { ParameterForm, refreshAfterRulesChange } from '../components/eligibility/ParameterForm.tsx'
import { describeCriterion, describeQuota, MODES, type ProvinceQuota, type ProvinceStandard } from '../components/eligibility/province-standards.ts'
import { ProvinceRulesForm } from '../components/eligibility/ProvinceRulesForm.tsx'
import { useOrganizationTree } from '../components/organization-tree.ts'
import { PageHeader } from '../components/PageHeader.tsx'

/** The province's rules are set by accounts of the province's root unit (the server checks it anyway). */
function useCanConfigure(): boolean {
  const me = useCurrentUser()
  const { data: tree } = useOrganizationTree()
  return can(me, 'rules.configure') && tree?.items.find((org) => org.id === me.organizationId)?.parentId === null
}

function Cited({ value, parameter }: { value: string; parameter: NonNullable<ParameterView['national']> }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text>{value}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {parameter.citation}
      </Typography.Text>
      <div>
        <ConfidenceTag confidence={parameter.confidence} citation={parameter.citation} />
      </div>
    </Flex>
  )
}

function ParametersCard({ date, canConfigure }: { date: string; canConfigure: boolean }) {
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const screens = Grid.useBreakpoint()
  const [editing, setEditing] = useState<ParameterView | null>(null)
  const { data, error, isFetching } = useQuery({
    queryKey: ['rules', 'parameters', date],
    queryFn: () => api.get<RuleParameterList>(`/api/rules/parameters${toQuery({ date })}`),
  })
  const removeOverride = useMutation({
    mutationFn: (parameter: ParameterView) => api.put(`/api/rules/parameters/${parameter.key}`, { value: null, citation: null, version: parameter.override?.version ?? null }),
    onSuccess: () => message.success('Đã bỏ giá trị của tỉnh: áp dụng lại mức chung'),
    onError: (e) => message.error(toApiError(e).message),
    onSettled: () => refreshAfterRulesChange(queryClient),
  })

  const actions = (p: ParameterView) => (
    <Flex gap={4}>
      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} aria-label={`Đặt giá trị của tỉnh: ${p.label}`} />
      {p.override && (
        <Popconfirm title="Bỏ giá trị của tỉnh?" description="Các lần xét sau sẽ dùng mức chung." okText="Bỏ" cancelText="Hủy" okButtonProps={{ danger: true }} onConfirm={() => removeOverride.mutate(p)}>
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Bỏ giá trị của tỉnh: ${p.label}`} />
        </Popconfirm>
      )}
    </Flex>
  )
  const override = (p: ParameterView) =>
    p.override ? (
      <Flex vertical gap={4}>
        <Typography.Text>{formatParameter(p.key, p.override.value)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {p.override.citation}
        </Typography.Text>
      </Flex>
    ) : (
      <Typography.Text type="secondary">Chưa đặt</Typography.Text>
    )
  const cited = (parameter: ParameterView['national'], key: ParameterView['key']) => (parameter ? <Cited value={formatParameter(key, parameter.value)} parameter={parameter} /> : '—')

  return (
    <Card title="Tham số áp dụng" style={{ marginBottom: 16 }}>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      {data && (
        <Typography.Paragraph type="secondary">
          Bộ quy định có hiệu lực ngày {formatDate(data.date)}: {data.ruleSet.name}. Các giá trị đánh dấu «Gián tiếp» hoặc «Chưa xác nhận» chưa đối chiếu được văn bản gốc; tỉnh có
          thể đặt giá trị riêng kèm căn cứ.
        </Typography.Paragraph>
      )}
      {(screens.md ?? true) ? (
        <Table<ParameterView>
          rowKey="key"
          data-testid="parameters-table"
          loading={isFetching}
          dataSource={data?.items}
          pagination={false}
          size="middle"
          scroll={{ x: 1100 }}
          columns={[
            {
              title: 'Tham số',
              key: 'label',
              width: 280,
              fixed: 'start',
              render: (_: unknown, p) => (
                <>
                  <Typography.Text strong>{p.label}</Typography.Text>
                  {p.national?.note && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {p.national.note}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            { title: 'Mức chung', key: 'national', width: 260, render: (_: unknown, p) => cited(p.national, p.key) },
            { title: 'Giá trị riêng của tỉnh', key: 'override', width: 240, render: (_: unknown, p) => override(p) },
            { title: 'Đang áp dụng', key: 'effective', width: 240, render: (_: unknown, p) => cited(p.effective, p.key) },
            ...(canConfigure ? [{ title: 'Thao tác', key: 'actions', width: 110, render: (_: unknown, p: ParameterView) => actions(p) }] : []),
          ]}
        />
      ) : (
        <List<ParameterView>
          data-testid="parameters-table"
          loading={isFetching}
          dataSource={data?.items}
          renderItem={(p) => (
            <List.Item>
              <Flex vertical gap={8} style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{p.label}</Typography.Text>
                  {canConfigure && actions(p)}
                </Flex>
                {p.national?.note && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.national.note}
                  </Typography.Text>
                )}
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'national', label: 'Mức chung', children: cited(p.national, p.key) },
                    { key: 'override', label: 'Của tỉnh', children: override(p) },
                    { key: 'effective', label: 'Đang áp dụng', children: cited(p.effective, p.key) },
                  ]}
                />
              </Flex>
            </List.Item>
          )}
        />
      )}
      {editing && <ParameterForm parameter={editing} date={date} onClose={() => setEditing(null)} />}
    </Card>
  )
}

function ProvinceRulesCard({ canConfigure }: { canConfigure: boolean }) {
  const [editing, setEditing] = useState(false)
  const targets = useTargets()
  const { data: rules, error } = useQuery({ queryKey: ['rules', 'province'], queryFn: () => api.get<ProvinceRulesView>('/api/rules/province') })
  if (error) return <Alert type="error" showIcon title={error.message} />
  if (!rules) return <Skeleton active />
  const standards = rules.standards as ProvinceStandard[]
  const quotas = rules.quotas as ProvinceQuota[]
  const items = targets.data?.items
  const validity = rules.validFrom || rules.validTo ? `${rules.validFrom ? `Từ ${formatDate(rules.validFrom)}` : 'Từ trước'} ${rules.validTo ? `đến ${formatDate(rules.validTo)}` : 'đến nay'}` : 'Không giới hạn'

  return (
    <Card
      title={`Quy định riêng của ${rules.province}`}
      data-testid="province-rules"
      extra={
        canConfigure && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="province-rules-edit">
            Sửa
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'instrument', label: 'Văn bản', children: rules.instrument ?? <Typography.Text type="secondary">Tỉnh chưa ghi văn bản quy định</Typography.Text> },
          { key: 'validity', label: 'Hiệu lực', children: validity },
        ]}
      />
      <Typography.Title level={5}>Tiêu chuẩn của tỉnh</Typography.Title>
      {standards.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có tiêu chuẩn bổ sung: áp dụng tiêu chuẩn chung" />
      ) : (
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          {standards.map((standard, index) => (
            <Card
              key={`${standard.code}-${index}`}
              size="small"
              title={
                <Flex gap={8} wrap align="center">
                  {items?.find((t) => t.code === standard.code)?.name ?? standard.code}
                  <Tag color={standard.mode === 'replace' ? 'orange' : 'blue'}>{MODES[standard.mode]}</Tag>
                </Flex>
              }
            >
              <List
                size="small"
                dataSource={standard.criteria}
                renderItem={(criterion) => (
                  <List.Item>
                    <Flex vertical>
                      <Typography.Text>{describeCriterion(criterion, items)}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {criterion.citation}
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            </Card>
          ))}
        </Flex>
      )}
      <Typography.Title level={5}>Tỷ lệ khống chế của tỉnh</Typography.Title>
      {quotas.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có tỷ lệ khống chế riêng" />
      ) : (
        <List
          size="small"
          dataSource={quotas}
          renderItem={(quota) => (
            <List.Item>
              <Flex vertical>
                <Typography.Text>{describeQuota(quota, items)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {quota.citation}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {editing && <ProvinceRulesForm rules={rules} onClose={() => setEditing(false)} />}
    </Card>
  )
}

export function RulesPage() {
  const [params, setParams] = useSearchParams()
  const date = params.get('date') || todayIso()
  const canConfigure = useCanConfigure()
  return (
    <>
      <PageHeader title="Quy định áp dụng">
        <div style={{ width: 170 }}>
          <IsoDatePicker value={date} onChange={(next) => setParams(next && next !== todayIso() ? { date: next } : {}, { replace: true })} placeholder="Ngày áp dụng" />
        </div>
      </PageHeader>
      {!canConfigure && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="Chỉ tài khoản quản trị hoặc thường trực Hội đồng TĐKT cấp tỉnh được sửa quy định của tỉnh; các tài khoản khác chỉ xem." />
      )}
      <ParametersCard date={date} canConfigure={canConfigure} />
      <ProvinceRulesCard canConfigure={canConfigure} />
    </>
  )
}
