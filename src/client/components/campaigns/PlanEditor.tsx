// The draft editor: the plan's sections in tabs on the left, the checks and the live preview on
// the right (below on phones). A refused save keeps every edit in the form, puts the messages
// under the fields and in the problems panel; a local copy survives reloads until the server has it.
import { useCallback, useState } from 'react'
import { useNavigate } from 'react-router'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Col, Flex, Form, Grid, Row, Tag, Tooltip } from 'antd'
import { SaveOutlined, SendOutlined } from '@ant-design/icons'
import type { PlanProblem } from '../../../shared/campaign-plan-checks.ts'
import { api, toApiError } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import type { CampaignDetail } from '../../types.ts'
import { FormProblemAlert, useFormProblem, useReloadLatest } from '../FormProblem.tsx'
import { campaignDetailKey, refreshAfterWrite } from './campaign-queries.ts'
import { CampaignStatusTag } from './CampaignStatusTag.tsx'
import { DocumentDownloads } from './DocumentDownloads.tsx'
import { IssueDialog } from './IssueDialog.tsx'
import { PlanChecksProvider } from './PlanChecks.tsx'
import { PlanDraftKeeper } from './PlanDraftKeeper.tsx'
import { PlanPreviewPane } from './PlanPreviewPane.tsx'
import { PlanProblemsPanel } from './PlanProblemsPanel.tsx'
import { PlanTitleBar } from './PlanTitleBar.tsx'
import { PlanTabs } from './PlanTabs.tsx'
import { readDraft, removeDraft } from './plan-draft-storage.ts'
import { clearFieldErrors, nearestField, showFieldErrors } from './plan-field-errors.ts'
import { sameValues, toFormValues, toPlanContent, type PlanFormValues } from './plan-form.ts'
import { findPlanProblems } from './plan-problems.ts'
import { tabOfField, type PlanTabKey } from './plan-tabs.ts'

interface Props {
  /** The saved draft, or null for a new plan. */
  plan: CampaignDetail | null
  /** Where a new plan starts (issuer and header filled in). */
  defaults?: PlanFormValues
  canIssue: boolean
}

export function PlanEditor({ plan, defaults, canIssue }: Props) {
  const planKey = plan?.id ?? 'moi'
  const [form] = Form.useForm<PlanFormValues>()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const [start] = useState(() => {
    const server = plan ? toFormValues(plan) : defaults!
    const draft = readDraft(planKey)
    return { server, restored: draft && !sameValues(draft.values, server) ? draft : null }
  })
  const [baseline, setBaseline] = useState(start.server)
  const [version, setVersion] = useState(start.restored ? start.restored.version : (plan?.version ?? null))
  const [restoredNotice, setRestoredNotice] = useState(start.restored)
  const [dirty, setDirty] = useState(start.restored !== null)
  const [activeTab, setActiveTab] = useState<PlanTabKey>('general')
  const [serverProblems, setServerProblems] = useState<PlanProblem[]>([])
  const [issuing, setIssuing] = useState(false)
  const { problem, report, clear } = useFormProblem(form)
  const wide = Grid.useBreakpoint().xl ?? false

  const openField = useCallback(
    (field: string) => {
      const tab = tabOfField(field)
      if (tab) setActiveTab(tab)
      const name = nearestField(form, field)
      if (name) setTimeout(() => form.scrollToField(name, { block: 'center', focus: true }), 50)
    },
    [form],
  )

  const showProblems = (problems: PlanProblem[]) => {
    showFieldErrors(form, problems)
    const first = problems.find((item) => tabOfField(item.field))
    if (first) openField(first.field)
  }

  const save = useMutation({
    mutationFn: (values: PlanFormValues) => {
      const body = { content: toPlanContent(values.content), parentIds: values.parentIds ?? [], addresseeIds: values.addresseeIds ?? [] }
      return plan
        ? api.put<CampaignDetail>(`/api/campaigns/${plan.id}`, { version, ...body })
        : api.post<CampaignDetail>('/api/campaigns', { issuerId: values.issuerId, ...body })
    },
    onSuccess: (saved, submitted) => {
      removeDraft(planKey)
      setBaseline(submitted)
      setVersion(saved.version)
      setRestoredNotice(null)
      void refreshAfterWrite(queryClient, saved)
      message.success(plan ? 'Đã lưu bản dự thảo' : 'Đã tạo bản dự thảo kế hoạch')
      if (!plan) navigate(`/ke-hoach/${saved.id}`, { replace: true })
    },
    onError: (error) => {
      report(error)
      const problems = Object.entries(toApiError(error).fields).map(([field, text]) => ({ field, message: text }))
      setServerProblems(problems.filter((item) => tabOfField(item.field)))
      showProblems(problems)
    },
  })

  const reload = useReloadLatest<CampaignDetail, PlanFormValues>(form, {
    url: () => `/api/campaigns/${plan!.id}`,
    toValues: toFormValues,
    onLoaded: (fresh) => {
      queryClient.setQueryData(campaignDetailKey(fresh.id), fresh)
      setBaseline(toFormValues(fresh))
      setVersion(fresh.version)
      setRestoredNotice(null)
      setServerProblems([])
      clearFieldErrors(form)
    },
    clear,
    report,
  })

  const submit = () => {
    clear()
    setServerProblems([])
    clearFieldErrors(form)
    const values = form.getFieldsValue(true) as PlanFormValues
    const problems = findPlanProblems(toPlanContent(values.content)).problems
    if (!values.issuerId) problems.unshift({ field: 'issuerId', message: 'Hãy chọn cơ quan ban hành' })
    if (problems.length > 0) {
      showProblems(problems)
      message.error(`Kế hoạch còn ${problems.length} vấn đề cần sửa trước khi lưu.`)
      return
    }
    save.mutate(values)
  }

  const discardDraft = () => {
    form.setFieldsValue(baseline)
    setVersion(plan?.version ?? null)
    setRestoredNotice(null)
    clearFieldErrors(form)
    removeDraft(planKey)
  }

  return (
    <>
      <PlanTitleBar
        title={plan ? (plan.amendsId ? 'Dự thảo sửa đổi, bổ sung kế hoạch' : 'Dự thảo kế hoạch') : 'Lập kế hoạch thi đua'}
        tags={
          <>
            {plan && <CampaignStatusTag status={plan.status} />}
            {dirty && <Tag color="orange">Chưa lưu</Tag>}
          </>
        }
      >
        <Button type="primary" icon={<SaveOutlined />} onClick={submit} loading={save.isPending} data-testid="plan-save">
          Lưu
        </Button>
        {plan && canIssue && (
          <Tooltip title={dirty ? 'Hãy lưu các thay đổi trước khi ban hành' : undefined}>
            <Button icon={<SendOutlined />} onClick={() => setIssuing(true)} disabled={dirty} data-testid="plan-issue">
              Ban hành…
            </Button>
          </Tooltip>
        )}
        {plan && <DocumentDownloads planId={plan.id} />}
      </PlanTitleBar>

      {restoredNotice && (
        <Alert
          type="info"
          showIcon
          data-testid="draft-restored"
          title="Đã khôi phục bản nháp chưa lưu"
          description={`Các thay đổi soạn lúc ${formatDateTime(restoredNotice.savedAt)} trên máy này chưa được lưu lên máy chủ. Bấm "Lưu" để lưu, hoặc "Bỏ bản nháp" để quay về bản đã lưu.${
            plan && restoredNotice.version !== plan.version ? ' Bản trên máy chủ đã được cập nhật sau đó; khi lưu, hệ thống sẽ báo để bạn chọn.' : ''
          }`}
          action={
            <Button size="small" onClick={discardDraft}>
              Bỏ bản nháp
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <FormProblemAlert problem={problem} onReload={plan ? () => reload.mutate() : undefined} reloading={reload.isPending} />

      <Form<PlanFormValues> form={form} name="plan" layout="vertical" initialValues={start.restored?.values ?? start.server}>
        <PlanDraftKeeper form={form} planKey={planKey} baseline={baseline} version={version} onDirtyChange={setDirty} />
        <PlanChecksProvider form={form}>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card>
                <PlanTabs activeTab={activeTab} onChange={setActiveTab} isNew={!plan} planId={plan?.id} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <div style={wide ? { position: 'sticky', top: 72, maxHeight: 'calc(100vh - 88px)', overflowY: 'auto' } : undefined}>
                <Flex vertical gap={16}>
                  <PlanProblemsPanel serverProblems={serverProblems} onOpen={openField} />
                  <PlanPreviewPane form={form} />
                </Flex>
              </div>
            </Col>
          </Row>
        </PlanChecksProvider>
      </Form>

      {issuing && plan && version !== null && <IssueDialog plan={plan} version={version} onClose={() => setIssuing(false)} />}
    </>
  )
}
