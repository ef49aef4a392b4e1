// The engine's refusals (EligibilityInputError: a date outside every rule set, a title for another
// subject kind, a history that contradicts itself) as API errors whose fields speak Vietnamese.
import { EligibilityInputError, evaluateEligibility, ruleSetOn, RuleSetError, type EligibilityInputData, type Evaluation, type InputIssue, type RuleSet } from '../../../rules/index.ts'
import { AppError } from '../../http/errors.ts'

const QUESTION_LABELS: Record<string, string> = {
  date: 'Ngày xét',
  target: 'Danh hiệu, hình thức',
  year: 'Năm xét',
  kind: 'Loại hình khen thưởng',
  authority: 'Người quyết định',
}

const HISTORY_SECTIONS: Record<string, string> = {
  birthDate: 'Ngày sinh',
  recruitmentDate: 'Ngày tuyển dụng',
  ratings: 'Xếp loại',
  awards: 'Danh hiệu, khen thưởng',
  initiatives: 'Sáng kiến',
  achievements: 'Thành tích',
  discipline: 'Kỷ luật',
  proceedings: 'Vụ việc đang xem xét',
  assessments: 'Đánh giá tiêu chuẩn',
  collectiveYears: 'Kết quả năm của tập thể',
  exclusions: 'Trường hợp không xét Gia đình văn hóa',
}

/** "subject.ratings[3].year" → "Lịch sử của Đặng Thị Hòa — Xếp loại, bản ghi thứ 4: …"; "date" → "Ngày xét: …". */
export function describeIssue(issue: InputIssue, subjectName: string | null): { field: string; message: string } {
  const history = issue.field.match(/^subject\.(\w+)(?:\[(\d+)\])?/)
  if (history) {
    const section = HISTORY_SECTIONS[history[1]!] ?? history[1]!
    const record = history[2] === undefined ? '' : `, bản ghi thứ ${Number(history[2]) + 1}`
    return { field: `history.${issue.field.slice('subject.'.length)}`, message: `Lịch sử${subjectName ? ` của ${subjectName}` : ''} — ${section}${record}: ${issue.message}` }
  }
  if (issue.field.startsWith('province.')) return { field: issue.field, message: `Quy định của tỉnh (${issue.field.slice('province.'.length)}): ${issue.message}` }
  return { field: issue.field, message: `${QUESTION_LABELS[issue.field] ?? issue.field}: ${issue.message}` }
}

export function inputRefusal(error: EligibilityInputError, subjectName: string | null, renameField: (field: string) => string = (f) => f): AppError {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const { field, message } = describeIssue(issue, subjectName)
    fields[renameField(field)] ??= message
  }
  return new AppError('VALIDATION', `Không xét được — ${Object.values(fields).join('; ')}`, fields)
}

/** evaluateEligibility, with its refusal turned into a 400 naming each field. */
export function evaluateOrRefuse(input: EligibilityInputData, subjectName: string | null): Evaluation {
  try {
    return evaluateEligibility(input)
  } catch (error) {
    if (error instanceof EligibilityInputError) throw inputRefusal(error, subjectName)
    throw error
  }
}

/** The rule set in force on the date, or a 400 whose field says why none is (a date before the Law of 2022). */
export function ruleSetOrRefuse(date: string, field = 'date'): RuleSet {
  try {
    return ruleSetOn(date)
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error
    const message = `${QUESTION_LABELS.date}: ${error.message}`
    throw new AppError('VALIDATION', message, { [field]: message })
  }
}
