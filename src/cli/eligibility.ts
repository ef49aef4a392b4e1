// tdkt eligibility FILE.json — evaluates { subject, target, date, … } and prints the Evaluation as JSON.
// Exit 0 when evaluated (eligible or not), 2 on bad input with the Vietnamese message on stderr.
import { readFile } from 'node:fs/promises'
import { EligibilityInputError, evaluateEligibility } from '../rules/index.ts'

const USAGE = 'Cách dùng: tdkt eligibility TỆP.json (định dạng: docs/eligibility.md)'

function fail(message: string): void {
  process.stderr.write(`${message}\n`)
  process.exitCode = 2
}

export async function eligibilityCommand(args: string[]): Promise<void> {
  const files = args.filter((a) => !a.startsWith('-'))
  if (files.length !== 1 || args.some((a) => a === '-h' || a === '--help')) return fail(USAGE)
  const file = files[0]!
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    return fail(`Không đọc được tệp ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'tệp không tồn tại' : (error as Error).message}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return fail(`Tệp ${file} không phải JSON hợp lệ: ${(error as Error).message}`)
  }
  try {
    process.stdout.write(`${JSON.stringify(evaluateEligibility(data as Parameters<typeof evaluateEligibility>[0]), null, 2)}\n`)
  } catch (error) {
    if (error instanceof EligibilityInputError) return fail(error.message)
    throw error
  }
}
