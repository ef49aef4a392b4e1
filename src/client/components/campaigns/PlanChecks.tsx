// Runs the plan checks as the user types (debounced) and shares the result with the tab labels,
// the problems panel and the preview, without re-rendering the form itself.
import { createContext, use, useMemo, type ReactNode } from 'react'
import { Badge, Button, Flex, Form, type FormInstance } from 'antd'
import type { PlanContent } from '../../../shared/campaign-plan.ts'
import { useDebouncedValue } from '../useDebouncedValue.ts'
import { toPlanContent } from './plan-form.ts'
import { findPlanProblems, type PlanCheckResult } from './plan-problems.ts'
import { PLAN_TABS, tabOfField, type PlanTabKey } from './plan-tabs.ts'

const PlanChecksContext = createContext<PlanCheckResult>({ problems: [], valid: null })

export function usePlanChecks(): PlanCheckResult {
  return use(PlanChecksContext)
}

export function PlanChecksProvider({ form, children }: { form: FormInstance; children: ReactNode }) {
  const content = Form.useWatch('content', { form, preserve: true }) as PlanContent | undefined
  const settled = useDebouncedValue(content, 400)
  const result = useMemo(() => (settled ? findPlanProblems(toPlanContent(settled)) : { problems: [], valid: null }), [settled])
  return <PlanChecksContext value={result}>{children}</PlanChecksContext>
}

/**
 * The editor's section buttons, wrapping onto a second line rather than hiding sections behind
 * a "more" menu, each with the number of problems it holds.
 */
export function PlanSectionNav({ activeTab, onChange }: { activeTab: PlanTabKey; onChange: (tab: PlanTabKey) => void }) {
  const { problems } = usePlanChecks()
  return (
    <Flex wrap gap={6} role="tablist" aria-label="Các phần của kế hoạch" style={{ marginBottom: 16 }}>
      {PLAN_TABS.map((tab) => {
        const count = problems.filter((problem) => tabOfField(problem.field) === tab.key).length
        const active = tab.key === activeTab
        return (
          <Button key={tab.key} size="small" role="tab" aria-selected={active} type={active ? 'primary' : 'default'} onClick={() => onChange(tab.key)}>
            {tab.label}
            {count > 0 && <Badge count={count} size="small" title={`${count} vấn đề cần xem lại`} />}
          </Button>
        )
      })}
    </Flex>
  )
}
