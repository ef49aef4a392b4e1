import fs from 'node:fs'
import { expect, it } from 'vitest'
import { routes } from '../routes.ts'
import { authorizationTable } from './authorization-table.ts'

const FILE = 'docs/authorization.md'

it('docs/authorization.md is the allow/deny table of the current routes and permissions', () => {
  const table = authorizationTable(routes)
  if (process.env.UPDATE_AUTHORIZATION_TABLE === '1') fs.writeFileSync(FILE, table)
  expect(fs.readFileSync(FILE, 'utf8'), `${FILE} is out of date: regenerate it (see its header) and review the change`).toBe(table)
  expect(table.split('\n').filter((l) => l.startsWith('| `')).length).toBe(routes.length)
})
