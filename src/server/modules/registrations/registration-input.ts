// Checks on what a unit registers: each title or form must fit whom it is registered for (a collective title
// for the unit itself, an individual one for its members), and a registration must say something before it is sent.
import { CATALOGUE } from '../../../rules/index.ts'
import type { CatalogueCode } from '../../../rules/catalogue/types.ts'
import type { RegistrationTarget } from '../../../shared/registrations.ts'
import { AppError } from '../../http/errors.ts'

export function checkTargets(targets: readonly RegistrationTarget[]): void {
  targets.forEach((t, i) => {
    const entry = CATALOGUE[t.code as CatalogueCode]
    const wanted = t.scope === 'unit' ? 'collective' : 'individual'
    if (!entry.subjects.includes(wanted)) {
      const message = `«${entry.name}» không dành cho ${t.scope === 'unit' ? 'tập thể' : 'cá nhân'}`
      throw new AppError('VALIDATION', `Danh hiệu, hình thức đăng ký: ${message}.`, { [`targets.${i}.code`]: message })
    }
  })
}

export function checkNotEmpty(r: { targets: readonly RegistrationTarget[]; commitments: readonly string[] }): void {
  if (r.targets.length === 0) {
    const message = 'Bản đăng ký chưa có danh hiệu, hình thức nào'
    throw new AppError('VALIDATION', `${message}.`, { targets: message })
  }
}
