// /ke-hoach/moi — a new plan, issued by the user's organization unless another is chosen.
import { useMemo } from 'react'
import { Alert } from 'antd'
import { FullPageSpin, useCurrentUser } from '../auth.tsx'
import type { Organization } from '../types.ts'
import { useOrganizationTree } from '../components/organization-tree.ts'
import { PlanEditor } from '../components/campaigns/PlanEditor.tsx'
import { newPlanValues } from '../components/campaigns/plan-issuer.ts'

export function NewCampaignPage() {
  const me = useCurrentUser()
  const { data: tree, error } = useOrganizationTree()
  const defaults = useMemo(() => {
    if (!tree) return undefined
    const byId = new Map<string, Organization>(tree.items.map((organization) => [organization.id, organization]))
    const own = byId.get(me.organizationId) ?? byId.get(tree.rootId)
    return own && newPlanValues(own, byId)
  }, [tree, me.organizationId])

  if (error) return <Alert type="error" showIcon title={error.message} />
  if (!tree) return <FullPageSpin />
  if (!defaults) return <Alert type="warning" showIcon title="Không tìm thấy đơn vị của bạn trong cây tổ chức." />
  return <PlanEditor plan={null} defaults={defaults} canIssue={false} />
}
