// The settings the dashboards use: the province's own, or the defaults while it has saved none.
import type { Db } from '../../db/client.ts'
import { DEFAULT_STATISTICS_SETTINGS, type StatisticsSettings } from '../../../shared/statistics.ts'
import { findSettings } from './statistics-settings.repository.ts'

export async function loadSettings(db: Db, provinceId: string): Promise<StatisticsSettings> {
  return (await findSettings(db, provinceId)) ?? { ...DEFAULT_STATISTICS_SETTINGS, smallCollectiveKinds: [...DEFAULT_STATISTICS_SETTINGS.smallCollectiveKinds] }
}
