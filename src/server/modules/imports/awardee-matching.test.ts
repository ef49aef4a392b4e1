import { describe, expect, it } from 'vitest'
import type { ProposedSubject } from '../../../documents/parse/to-award-records.ts'
import { matchCollective, matchHousehold, matchPerson, type PlacedCandidate, type UnitCandidate } from './awardee-matching.ts'

const COMMUNE = ['xa binh thanh']
const UBND = ['uy ban nhan dan xa binh thanh']
const OFFICE = ['van phong hoi dong nhan dan va uy ban nhan dan xa binh thanh']
const SCHOOL = ['truong tieu hoc binh thanh']
const VILLAGE = ['xom dong tam']

const placed = (subjectId: string, name: string, units: string[][], fields: Partial<PlacedCandidate> = {}): PlacedCandidate => ({
  subjectId, name, birthDate: null, organizationName: null, cccd: null, units, ...fields,
})
const subject = (name: string, fields: Partial<ProposedSubject> = {}): ProposedSubject => ({
  kind: 'individual', name, birthDate: null, cccd: null, position: null, organization: null, ...fields,
})

const civilServant = placed('an-vp', 'Nguyễn Văn An', [OFFICE, UBND, COMMUNE], { birthDate: '1988-05-02', organizationName: 'Văn phòng HĐND và UBND xã Bình Thành' })
const teacher = placed('an-gv', 'Nguyễn Văn An', [SCHOOL, COMMUNE], { birthDate: '1990-01-09', cccd: '019090000123', organizationName: 'Trường Tiểu học Bình Thành' })
const people = [civilServant, teacher, placed('binh', 'Trần Thị Bình', [SCHOOL, COMMUNE])]

describe('matching a person', () => {
  it('picks the person the written unit names most specifically, accents and abbreviations aside', () => {
    expect(matchPerson(subject('Nguyen Van An', { position: 'Công chức Văn phòng – Thống kê', organization: 'UBND xã Bình Thành' }), people)).toEqual({
      status: 'matched', subjectId: 'an-vp', candidates: [{ subjectId: 'an-vp', name: 'Nguyễn Văn An', birthDate: '1988-05-02', organizationName: 'Văn phòng HĐND và UBND xã Bình Thành' }],
    })
    expect(matchPerson(subject('Nguyễn Văn An', { position: 'Giáo viên', organization: 'Trường Tiểu học Bình Thành' }), people)).toMatchObject({ status: 'matched', subjectId: 'an-gv' })
    expect(matchPerson(subject('Nguyễn Văn An', { position: 'Giáo viên', organization: 'UBND xã' }), people)).toMatchObject({ status: 'matched', subjectId: 'an-vp' })
  })

  it('calls several people the unit cannot tell apart ambiguous, and a unit naming none of theirs unmatched with them as candidates', () => {
    expect(matchPerson(subject('Nguyễn Văn An', { position: 'Cán bộ', organization: 'xã Bình Thành' }), people)).toMatchObject({ status: 'ambiguous', candidates: [{ subjectId: 'an-vp' }, { subjectId: 'an-gv' }] })
    expect(matchPerson(subject('Nguyễn Văn An'), people)).toMatchObject({ status: 'ambiguous' })
    expect(matchPerson(subject('Nguyễn Văn An', { organization: 'Trường THCS Bắc Sơn' }), people)).toMatchObject({ status: 'unmatched', candidates: [{ subjectId: 'an-vp' }, { subjectId: 'an-gv' }] })
    expect(matchPerson(subject('Lê Văn Cường', { organization: 'UBND xã Bình Thành' }), people)).toEqual({ status: 'unmatched', candidates: [] })
  })

  it('lets a single namesake stand when only a position is written', () => {
    expect(matchPerson(subject('Trần Thị Bình', { position: 'Kế toán' }), people)).toMatchObject({ status: 'matched', subjectId: 'binh' })
  })

  it('trusts the CCCD, then the birth date (or year), before the unit', () => {
    expect(matchPerson(subject('Nguyễn Văn Ân', { cccd: '019090000123', organization: 'UBND xã Bình Thành' }), people)).toMatchObject({ status: 'matched', subjectId: 'an-gv' })
    expect(matchPerson(subject('Nguyễn Văn An', { cccd: '019088000999' }), people)).toMatchObject({ status: 'matched', subjectId: 'an-vp' })
    expect(matchPerson(subject('Nguyễn Văn An', { birthDate: '1990-01-09', organization: 'UBND xã Bình Thành' }), people)).toMatchObject({ status: 'matched', subjectId: 'an-gv' })
    expect(matchPerson(subject('Nguyễn Văn An', { birthDate: '1988' }), people)).toMatchObject({ status: 'matched', subjectId: 'an-vp' })
    expect(matchPerson(subject('Nguyễn Văn An', { birthDate: '1975-02-02' }), people)).toMatchObject({ status: 'unmatched', candidates: [{ subjectId: 'an-vp' }, { subjectId: 'an-gv' }] })
  })
})

describe('matching a household and a collective', () => {
  const households = [placed('h1', 'Hoàng Văn Dũng', [VILLAGE, COMMUNE]), placed('h2', 'Hoàng Văn Dũng', [['xom tan lap'], COMMUNE])]

  it('finds a household by its head and village', () => {
    expect(matchHousehold(subject('Hoàng Văn Dũng', { kind: 'household', organization: 'xóm Đồng Tâm' }), households)).toMatchObject({ status: 'matched', subjectId: 'h1' })
    expect(matchHousehold(subject('Hoàng Văn Dũng', { kind: 'household' }), households)).toMatchObject({ status: 'ambiguous' })
    expect(matchHousehold(subject('Hoàng Văn Dũng', { kind: 'household', organization: 'xóm Na Mao' }), households)).toMatchObject({ status: 'unmatched', candidates: [{ subjectId: 'h1' }, { subjectId: 'h2' }] })
  })

  const unit = (subjectId: string, name: string, keys: string[]): UnitCandidate => ({ subjectId, name, birthDate: null, organizationName: 'Xã Bình Thành', keys })
  const units = [
    unit('school', 'Trường Tiểu học Bình Thành', SCHOOL),
    unit('village', 'Đồng Tâm', ['dong tam']),
    unit('ubnd', 'Ủy ban nhân dân xã Bình Thành', [...UBND, 'uy ban nhan dan xa binh thanh']),
    unit('cell-1', 'Chi bộ Tân Lập', ['chi bo tan lap']),
    unit('cell-2', 'Chi bộ xóm Tân Lập', ['chi bo xom tan lap']),
  ]
  const collective = (name: string) => subject(name, { kind: 'collective' })

  it('finds a collective by its folded name, without "Tập thể", else without its kind word', () => {
    expect(matchCollective(collective('Tập thể Trường Tiểu học Bình Thành'), units)).toMatchObject({ status: 'matched', subjectId: 'school', candidates: [{ organizationName: 'Xã Bình Thành' }] })
    expect(matchCollective(collective('UBND xã Bình Thành'), units)).toMatchObject({ status: 'matched', subjectId: 'ubnd' })
    expect(matchCollective(collective('Xóm Đồng Tâm'), units)).toMatchObject({ status: 'matched', subjectId: 'village' })
    expect(matchCollective(collective('Chi bộ Tân Lập'), units)).toMatchObject({ status: 'matched', subjectId: 'cell-1' })
    expect(matchCollective(collective('Thôn Tân Lập'), units)).toEqual({ status: 'unmatched', candidates: [] })
  })
})
