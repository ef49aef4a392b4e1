import { expect, it } from 'vitest'
import { splitStatements } from './migrate.ts'

it('splits statements but keeps $$ function bodies whole', () => {
  const sql = `CREATE TABLE a (x int);\n-- comment;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\n  SELECT 1;\n$$;\nSELECT 2;`
  expect(splitStatements(sql)).toEqual(['CREATE TABLE a (x int);', 'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\n  SELECT 1;\n$$;', 'SELECT 2;'])
})
