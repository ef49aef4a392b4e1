// The allow/deny table of every route × role, as committed in docs/authorization.md: generated from the
// route table and the permission table, so a changed permission shows up as a reviewed change to that file
// (authorization-table.test.ts fails until it is regenerated). Scope — own subtree only — applies on top.
import { PERMISSIONS, ROLE_LABELS, ROLES, type Permission } from '../../shared/roles.ts'
import type { AnyRoute } from '../http/route.ts'

const cell = (route: AnyRoute, role: (typeof ROLES)[number]) => {
  if (route.access === 'public') return 'công khai'
  if (route.access === 'signed-in') return '✓'
  return (PERMISSIONS[route.access as Permission] as readonly string[]).includes(role) ? '✓' : '—'
}

export function authorizationTable(routes: readonly AnyRoute[]): string {
  const header = `| Đường dẫn | Quyền | ${ROLES.map((r) => ROLE_LABELS[r]).join(' | ')} |`
  const rule = `|---|---|${ROLES.map(() => ':-:').join('|')}|`
  const rows = [...routes]
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
    .map((r) => `| \`${r.method.toUpperCase()} ${r.path}\` | ${r.access} | ${ROLES.map((role) => cell(r, role)).join(' | ')} |`)
  return [
    '# Ma trận phân quyền (authorization matrix)',
    '',
    'Generated from `src/server/routes.ts` and `src/shared/roles.ts` by `src/server/auth/authorization-table.ts`; regenerate with',
    '`UPDATE_AUTHORIZATION_TABLE=1 npx vitest run --project unit src/server/auth/authorization-table.test.ts`.',
    '✓ allowed (within the account\'s own organization subtree: an object of another subtree is refused with 403, one of another province does not exist, 404), — refused with 403,',
    '"công khai" open without an account. `src/server/auth/authorization-matrix.db.test.ts` checks every cell against the running app.',
    '',
    header,
    rule,
    ...rows,
    '',
  ].join('\n')
}
