// The editor's sections as tabs (with a wrapping section nav). Every tab is rendered (hidden when inactive) so that each field
// is registered: messages can be shown under fields of any tab, and the whole plan is read on save.
import { memo, useMemo, type ReactNode } from 'react'
import { Tabs } from 'antd'
import { PlanAssignmentsTab } from './PlanAssignmentsTab.tsx'
import { PlanAwardsTab } from './PlanAwardsTab.tsx'
import { PlanBasesTab } from './PlanBasesTab.tsx'
import { PlanBodyTab } from './PlanBodyTab.tsx'
import { PlanSectionNav } from './PlanChecks.tsx'
import { PlanCeremonyTab } from './PlanCeremonyTab.tsx'
import { PlanGeneralTab } from './PlanGeneralTab.tsx'
import { PlanSigningTab } from './PlanSigningTab.tsx'
import { PlanTargetsTab } from './PlanTargetsTab.tsx'
import { PlanThemeTab } from './PlanThemeTab.tsx'
import { PlanTimeTab } from './PlanTimeTab.tsx'
import { PLAN_TABS, type PlanTabKey } from './plan-tabs.ts'

interface Props {
  activeTab: PlanTabKey
  onChange: (tab: PlanTabKey) => void
  isNew: boolean
  planId?: string
}

/** Memoised: the editor re-renders (dirty flag, problems, dialogs) without re-rendering every field. */
export const PlanTabs = memo(function PlanTabs({ activeTab, onChange, isNew, planId }: Props) {
  const panes = useMemo<Record<PlanTabKey, ReactNode>>(
    () => ({
      general: <PlanGeneralTab isNew={isNew} planId={planId} />,
      bases: <PlanBasesTab planId={planId} />,
      theme: <PlanThemeTab />,
      time: <PlanTimeTab />,
      targets: <PlanTargetsTab />,
      awards: <PlanAwardsTab />,
      ceremony: <PlanCeremonyTab />,
      assignments: <PlanAssignmentsTab />,
      body: <PlanBodyTab />,
      signing: <PlanSigningTab />,
    }),
    [isNew, planId],
  )
  return (
    <Tabs
      activeKey={activeTab}
      renderTabBar={() => <PlanSectionNav activeTab={activeTab} onChange={onChange} />}
      items={PLAN_TABS.map((tab) => ({ key: tab.key, label: tab.label, children: panes[tab.key], forceRender: true }))}
    />
  )
})
