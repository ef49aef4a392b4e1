// "Thông tin chung": who issues the plan and how its header reads, its title, the plans it
// implements and the units it is sent down to.
import { useMemo } from 'react'
import { Button, Col, ConfigProvider, Form, Input, Row, Select } from 'antd'
import { activeOn } from '../../../shared/organizations.ts'
import { CAMPAIGN_KINDS } from '../../../shared/campaign-plan.ts'
import { todayIso } from '../../format.ts'
import type { Organization } from '../../types.ts'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { useOrganizationTree } from '../organization-tree.ts'
import { CampaignSelect } from './CampaignSelect.tsx'
import { issuerIdentityIn } from './plan-issuer.ts'

const KIND_OPTIONS = Object.entries(CAMPAIGN_KINDS).map(([value, label]) => ({ value, label }))

interface Props {
  /** A plan not saved yet: choosing the issuer fills in the header from it. */
  isNew: boolean
  planId?: string
}

export function PlanGeneralTab({ isNew, planId }: Props) {
  const form = Form.useFormInstance()
  const { data: tree } = useOrganizationTree()
  const byId = useMemo(() => new Map<string, Organization>((tree?.items ?? []).map((organization) => [organization.id, organization])), [tree])

  const chooseIssuer = (issuerId: string | undefined) => {
    const issuer = issuerId ? byId.get(issuerId) : undefined
    if (!isNew || !issuer) return
    const identity = issuerIdentityIn(issuer, byId)
    form.setFieldsValue({
      content: { issuerHeading: identity.heading, governingBody: identity.governingBody, place: identity.place, symbol: identity.symbol, signer: identity.signer },
    })
  }

  const addAllSubordinates = () => {
    const issuerId = form.getFieldValue('issuerId') as string | undefined
    const today = todayIso()
    const children = (tree?.items ?? []).filter((organization) => organization.parentId === issuerId && activeOn(organization, today)).map((organization) => organization.id)
    const current = (form.getFieldValue('addresseeIds') as string[] | undefined) ?? []
    form.setFieldValue('addresseeIds', [...new Set([...current, ...children])])
  }

  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={14}>
          {/* The issuer is chosen once, when the plan is created. */}
          <ConfigProvider componentDisabled={!isNew}>
            <Form.Item label="Cơ quan ban hành" name="issuerId" required>
              <OrganizationSelect<string | undefined> onChange={chooseIssuer} data-testid="plan-issuer" />
            </Form.Item>
          </ConfigProvider>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item label="Loại thi đua" name={['content', 'kind']} required>
            <Select options={KIND_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label="Cơ quan chủ quản" name={['content', 'governingBody']} extra="Dòng trên tên cơ quan, ví dụ UBND TỈNH THÁI NGUYÊN; để trống nếu không có.">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Tên cơ quan ban hành (như in trên văn bản)" name={['content', 'issuerHeading']} required>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={8}>
          <Form.Item label="Ký hiệu" name={['content', 'symbol']} required extra="KH-UBND, KH/ĐU…">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={16}>
          <Form.Item label="Địa danh" name={['content', 'place']} required>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Trích yếu" name={['content', 'title']} required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="Phát động phong trào thi đua …" data-testid="plan-title" />
      </Form.Item>
      <Form.Item label="Thực hiện kế hoạch cấp trên" name="parentIds" extra="Kế hoạch đã ban hành mà kế hoạch này triển khai.">
        <CampaignSelect<string[]> multiple excludeId={planId} />
      </Form.Item>
      <Form.Item label="Gửi các đơn vị triển khai" extra="Các đơn vị phải xây dựng kế hoạch triển khai sau khi kế hoạch này ban hành.">
        <Form.Item name="addresseeIds" noStyle>
          <OrganizationSelect<string[]> multiple placeholder="Chọn đơn vị nhận kế hoạch" />
        </Form.Item>
        <Button size="small" onClick={addAllSubordinates} style={{ marginTop: 8 }}>
          Tất cả đơn vị trực thuộc
        </Button>
      </Form.Item>
    </>
  )
}
