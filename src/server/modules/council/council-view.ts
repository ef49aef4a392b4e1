// A council as the API shows it: its settings (with the note that they are the council's own rules ❓),
// its members with their role labels, and its sessions.
import { COUNCIL_ROLE_LABELS, COUNCIL_SETTINGS_NOTE, SESSION_STATUS_LABELS, type SessionStatus } from '../../../shared/council-rules.ts'
import type { Actor } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { managesCouncil } from './council-access.ts'
import { listMembers, type Council, type CouncilMember } from './council.repository.ts'
import { listSessions, type SessionSummary } from './session.repository.ts'

export interface MemberView extends CouncilMember {
  roleLabel: string
}

export interface SessionListItem extends SessionSummary {
  statusLabel: string
}

export interface CouncilDetail extends Omit<Council, 'organizationPath'> {
  settingsNote: string
  members: MemberView[]
  activeMembers: number
  sessions: SessionListItem[]
  canManage: boolean
}

export const memberView = (m: CouncilMember): MemberView => ({ ...m, roleLabel: COUNCIL_ROLE_LABELS[m.role] })

export const sessionListItem = (s: SessionSummary): SessionListItem => ({ ...s, statusLabel: SESSION_STATUS_LABELS[s.status as SessionStatus] })

export async function councilDetail(db: Db, actor: Actor, council: Council): Promise<CouncilDetail> {
  const { organizationPath: _path, ...rest } = council
  const [members, sessions] = await Promise.all([listMembers(db, actor.provinceId, council.id), listSessions(db, actor.provinceId, council.id)])
  return {
    ...rest,
    settingsNote: COUNCIL_SETTINGS_NOTE,
    members: members.map(memberView),
    activeMembers: members.filter((m) => m.active).length,
    sessions: sessions.map(sessionListItem),
    canManage: managesCouncil(actor, council),
  }
}
