// Whether a person works in the State sector (cán bộ, công chức, viên chức, người lao động of State
// bodies) or outside it (công nhân, nông dân, người lao động khác): Luật TĐKT 2022, Điều 24 gives them
// different Lao động tiên tiến standards. Read from the person's category and unit.
import type { OrganizationKind } from '../../../shared/organizations.ts'
import type { PersonCategory } from '../../../shared/people.ts'

/** undefined when the category does not tell (a Party member may work anywhere): the engine then reads the ratings. */
export function employmentOf(category: PersonCategory, unitKind: OrganizationKind): 'state' | 'outside_state' | undefined {
  switch (category) {
    case 'can_bo':
    case 'cong_chuc':
    case 'vien_chuc':
      return 'state'
    case 'nguoi_lao_dong':
      return unitKind === 'enterprise' ? 'outside_state' : 'state'
    case 'nhan_dan':
      return 'outside_state'
    case 'dang_vien':
      return undefined
  }
}
