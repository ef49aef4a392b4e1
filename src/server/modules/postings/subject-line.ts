// The line the public sees under a name in a posted list: position and unit (cá nhân), address (hộ gia đình),
// or the unit above (tập thể) — never a CCCD or a birth date.
import type { PostingItemRecord } from './postings.repository.ts'

export function subjectLine(item: Pick<PostingItemRecord, 'subjectKind' | 'personPosition' | 'subjectOrganizationName' | 'householdAddress' | 'collectiveParentName'>): string {
  switch (item.subjectKind) {
    case 'individual':
      return [item.personPosition, item.subjectOrganizationName].filter(Boolean).join(', ')
    case 'household':
      return item.householdAddress ?? item.subjectOrganizationName
    case 'collective':
      return item.collectiveParentName ?? ''
  }
}
