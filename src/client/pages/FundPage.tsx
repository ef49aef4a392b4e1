// /quy-thi-dua — the commendation fund (quỹ thi đua, khen thưởng) of an organization for a year: the balance
// cards, the issued award decisions waiting to be paid with "Chi trả", the ledger with "Điều chỉnh", the forms
// to record income and spending, the year's recurrent spending, the downloads (sổ quỹ XLSX, báo cáo Word/PDF),
// and for accounts of the province's root unit, the province's fund rules ("Quy định về quỹ").
import { useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, InputNumber, Skeleton, Space } from 'antd'
import { AuditOutlined, FileExcelOutlined, FilePdfOutlined, FileWordOutlined, MinusCircleOutlined, PlusCircleOutlined, SettingOutlined } from '@ant-design/icons'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { FundBalanceCards } from '../components/fund/FundBalanceCards.tsx'
import { FundLedgerTable } from '../components/fund/FundLedgerTable.tsx'
import { FundLineForm } from '../components/fund/FundLineForm.tsx'
import { FundSettingsModal, useFundSettings } from '../components/fund/FundSettingsModal.tsx'
import { RecurrentSpendingModal } from '../components/fund/RecurrentSpendingModal.tsx'
import { ReverseLineModal } from '../components/fund/ReverseLineModal.tsx'
import { UnpaidDecisions } from '../components/fund/UnpaidDecisions.tsx'
import { FUND_KEY, type FundLine, type FundView } from '../components/fund/fund-ui.ts'

export function FundPage() {
  const me = useCurrentUser()
  const queryClient = useQueryClient()
  const [organizationId, setOrganizationId] = useState(me.organizationId)
  const [year, setYear] = useState(new Date().getFullYear())
  const [form, setForm] = useState<'income' | 'spending' | null>(null)
  const [reversing, setReversing] = useState<FundLine | null>(null)
  const [recurrent, setRecurrent] = useState(false)
  const [configuring, setConfiguring] = useState(false)
  const settings = useFundSettings()
  const query = toQuery({ organizationId, year })
  const { data, error, isLoading } = useQuery({ queryKey: [...FUND_KEY, organizationId, year], queryFn: () => api.get<FundView>(`/api/fund${query}`) })
  const refresh = async () => {
    setForm(null)
    setReversing(null)
    setRecurrent(false)
    await queryClient.invalidateQueries({ queryKey: FUND_KEY })
  }

  return (
    <>
      <PageHeader title="Quỹ thi đua, khen thưởng">
        <Space wrap>
          {settings.data?.canConfigure && (
            <Button icon={<AuditOutlined />} onClick={() => setConfiguring(true)} data-testid="fund-settings">Quy định về quỹ</Button>
          )}
          <Button icon={<FileExcelOutlined />} href={`/api/fund/ledger.xlsx${query}`} download data-testid="fund-ledger-xlsx">Sổ quỹ (Excel)</Button>
          <Button icon={<FileWordOutlined />} href={`/api/fund/report${query}&format=docx`} download data-testid="fund-report-docx">Báo cáo (Word)</Button>
          <Button icon={<FilePdfOutlined />} href={`/api/fund/report${query}&format=pdf`} download data-testid="fund-report-pdf">Báo cáo (PDF)</Button>
        </Space>
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap>
          <OrganizationSelect<string> value={organizationId} onChange={(v) => v && setOrganizationId(v)} data-testid="fund-organization" />
          <InputNumber<number> min={1945} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label="Năm" prefix="Năm" data-testid="fund-year" />
          {data?.canWrite && (
            <>
              <Button type="primary" icon={<PlusCircleOutlined />} onClick={() => setForm('income')} data-testid="fund-add-income">Ghi thu</Button>
              <Button icon={<MinusCircleOutlined />} onClick={() => setForm('spending')} data-testid="fund-add-spending">Ghi chi</Button>
              <Button icon={<SettingOutlined />} onClick={() => setRecurrent(true)} data-testid="fund-edit-recurrent">Tổng chi thường xuyên</Button>
            </>
          )}
        </Space>
      </Card>
      {error && <Alert type="error" showIcon title={toApiError(error).message} style={{ marginBottom: 16 }} />}
      {isLoading && <Skeleton active />}
      {data && (
        <>
          <FundBalanceCards summary={data.summary} />
          <UnpaidDecisions organizationId={organizationId} canWrite={data.canWrite} onPaid={refresh} />
          <Card title={`Sổ quỹ năm ${year} — ${data.organization.name}`}>
            <FundLedgerTable lines={data.lines} startingBalance={data.summary.opening - data.summary.byCategory.carry_over} onReverse={data.canWrite ? setReversing : null} />
          </Card>
          {form && <FundLineForm kind={form} organizationId={organizationId} year={year} onClose={() => setForm(null)} onSaved={refresh} />}
          {reversing && <ReverseLineModal line={reversing} year={year} onClose={() => setReversing(null)} onSaved={refresh} />}
          {recurrent && <RecurrentSpendingModal summary={data.summary} onClose={() => setRecurrent(false)} onSaved={refresh} />}
        </>
      )}
      {/* mounted while open: each opening starts from the settings as saved */}
      {settings.data && configuring && <FundSettingsModal settings={settings.data} onClose={() => setConfiguring(false)} />}
    </>
  )
}
