// PUT /api/statistics/settings: the province sets which organization kinds are small collectives and its own
// targets for the three shares, naming its document. Province-level managers only (like the province's rules);
// optimistic on the version read (0 when nothing was saved); one audit row.
import { ORGANIZATION_KINDS } from '../../../shared/organizations.ts'
import type { StatisticsSettings } from '../../../shared/statistics.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { assertProvinceConfigurer } from '../eligibility/province-access.ts'
import { loadSettings } from './statistics-settings.ts'
import { findSettings, insertSettings, updateSettings } from './statistics-settings.repository.ts'
import type { SettingsInput } from './statistics.schemas.ts'

const WHAT = 'Cấu hình thống kê của tỉnh'

export async function saveStatisticsSettings(ctx: UseCaseContext, input: SettingsInput): Promise<StatisticsSettings> {
  const { actor } = ctx
  if (!input.citation) {
    const message = 'Căn cứ (văn bản của tỉnh): cần ghi văn bản quy định các giá trị này'
    throw new AppError('VALIDATION', message, { citation: message })
  }
  const values = { smallCollectiveKinds: input.smallCollectiveKinds, targets: input.targets, citation: input.citation }
  return ctx.db.transaction(async (tx) => {
    const province = await assertProvinceConfigurer(tx, actor)
    const before = await findSettings(tx, actor.provinceId)
    if ((before?.version ?? 0) !== input.version) throw staleVersion(WHAT)
    if (before) {
      if (!(await updateSettings(tx, actor.provinceId, values, input.version))) throw staleVersion(WHAT)
    } else {
      await insertSettings(tx, actor.provinceId, values).catch((error: unknown) => {
        throw (error as { code?: string }).code === '23505' ? staleVersion(WHAT) : error
      })
    }
    const saved = await loadSettings(tx, actor.provinceId)
    await recordAudit(tx, ctx, {
      action: 'configure', entity: 'statistics_settings', entityId: null, organizationId: province.rootId,
      summary: `Cấu hình thống kê của ${province.name}: tập thể nhỏ gồm ${saved.smallCollectiveKinds.map((k) => ORGANIZATION_KINDS[k].label).join('; ')} (${input.citation})`,
      before, after: saved,
    })
    return saved
  })
}
