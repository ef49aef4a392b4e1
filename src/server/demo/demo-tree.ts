// The demo organization tree of "Tỉnh Thái Nguyên", modelled on the seed plans (Bình Thành, Bình Chương,
// Bình An, Bắc Sơn, the provincial plan 141/KH-UBND), with the staff each unit has. Pure data.
import type { OrganizationKind } from '../../shared/organizations.ts'
import type { PersonCategory } from '../../shared/people.ts'
import { CCCD_PROVINCE, type NameProfile, type Sex } from './demo-names.ts'

export type { PersonCategory }

export interface StaffSpec {
  /** Names the person for accounts and households (unique in the tree). */
  key?: string
  /** A fixed full name (people named in the seeds, names that make accent-free search meaningful). */
  name?: string
  sex?: Sex
  position: string
  category: PersonCategory
  born: readonly [number, number]
  /** Người trực tiếp lao động, sản xuất, công tác (farmers, workers, teachers and medics without a managing post). */
  direct?: boolean
  count?: number
  birthProvince?: string
}

export interface OrgSpec {
  key?: string
  name: string
  shortName?: string
  kind: OrganizationKind
  validFrom?: string
  validTo?: string
  /** key of the unit that took it over (merger, renaming) */
  successor?: string
  note?: string
  staff?: StaffSpec[]
  children?: OrgSpec[]
  /** villages: how many households to create, and the address written on them */
  households?: number
  address?: string
  /** name profile for the people of this subtree (inherited) */
  profile?: NameProfile
}

export const REFORM_DATE = '2025-07-01'
export const DISTRICT_END = '2025-06-30'

type Overrides = Partial<Record<string, Partial<StaffSpec>>>

interface CommuneInput {
  key: string
  /** 'Bình Thành' */
  name: string
  kind: 'commune' | 'ward'
  profile: NameProfile
  villages: string[]
  householdsPerVillage: number
  enterprises: { name: string; shortName?: string; workers: string }[]
  /** fixed people by role key: chairman, partySecretary, vanphong, mttq, principalPrimary, … */
  people?: Overrides
  note?: string
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

function staff(key: string, base: StaffSpec, people: Overrides, prefix: string): StaffSpec {
  return { ...base, key: `${prefix}:${key}`, ...(people[key] ?? {}) }
}

/** One commune or ward after the 1 July 2025 reform, with its agencies, Party cells, mass organisations, units and villages. */
export function communeTree(c: CommuneInput): OrgSpec {
  const unit = c.kind === 'ward' ? 'phường' : 'xã'
  const of = `${unit} ${c.name}` // "xã Bình Thành"
  const p = c.people ?? {}
  const s = (key: string, base: StaffSpec) => staff(key, base, p, c.key)
  const villageWord = (v: string) => lowerFirst(v) // "xóm Đồng Tâm", "thôn An Điền 2", "tổ dân phố số 1"
  const headTitle = (v: string) => (v.startsWith('Tổ dân phố') ? `Tổ trưởng ${villageWord(v)}` : `Trưởng ${villageWord(v)}`)
  const farmer = c.kind === 'ward' ? false : true

  const villages: OrgSpec[] = c.villages.map((v) => ({
    key: `${c.key}:${v}`,
    name: v,
    kind: 'village',
    households: c.householdsPerVillage,
    address: `${v}, ${of}`,
    staff: [s(`head:${v}`, { position: headTitle(v), category: 'nhan_dan', born: [1962, 1985], direct: farmer })],
  }))
  const villageCells: OrgSpec[] = c.villages.map((v) => ({
    key: `${c.key}:cell:${v}`,
    name: `Chi bộ ${villageWord(v)}`,
    kind: 'party_cell',
    staff: [s(`cellSecretary:${v}`, { position: `Bí thư Chi bộ ${villageWord(v)}`, category: 'dang_vien', born: [1960, 1984] })],
  }))

  return {
    key: c.key,
    name: `${c.kind === 'ward' ? 'Phường' : 'Xã'} ${c.name}`,
    kind: c.kind,
    validFrom: REFORM_DATE,
    profile: c.profile,
    ...(c.note ? { note: c.note } : {}),
    children: [
      {
        key: `${c.key}:ubnd`,
        name: `Ủy ban nhân dân ${of}`,
        shortName: `UBND ${of}`,
        kind: 'peoples_committee',
        validFrom: REFORM_DATE,
        staff: [
          s('chairman', { position: `Chủ tịch UBND ${unit}`, category: 'can_bo', born: [1968, 1982] }),
          s('vice1', { position: `Phó Chủ tịch UBND ${unit} (phụ trách kinh tế)`, category: 'can_bo', born: [1970, 1985] }),
          s('vice2', { position: `Phó Chủ tịch UBND ${unit} (phụ trách văn hóa – xã hội)`, category: 'can_bo', born: [1972, 1986] }),
        ],
        children: [
          {
            key: `${c.key}:vanphong`,
            name: `Văn phòng HĐND và UBND ${of}`,
            kind: 'department',
            validFrom: REFORM_DATE,
            staff: [
              s('chanhVanPhong', { position: 'Chánh Văn phòng HĐND và UBND', category: 'cong_chuc', born: [1975, 1988] }),
              s('vanphong', { position: 'Công chức Văn phòng – Thống kê', category: 'cong_chuc', born: [1985, 1996] }),
              s('tuphap', { position: 'Công chức Tư pháp – Hộ tịch', category: 'cong_chuc', born: [1986, 1997] }),
            ],
          },
          {
            key: `${c.key}:vhxh`,
            name: `Phòng Văn hóa – Xã hội ${of}`,
            kind: 'department',
            validFrom: REFORM_DATE,
            staff: [
              s('truongVhxh', { position: 'Trưởng phòng Văn hóa – Xã hội', category: 'cong_chuc', born: [1976, 1988] }),
              s('vhxh', { position: 'Công chức Văn hóa – Xã hội', category: 'cong_chuc', born: [1987, 1998] }),
            ],
          },
          {
            key: `${c.key}:kinhte`,
            name: c.kind === 'ward' ? `Phòng Kinh tế, Hạ tầng và Đô thị ${of}` : `Phòng Kinh tế ${of}`,
            kind: 'department',
            validFrom: REFORM_DATE,
            staff: [
              s('truongKt', { position: c.kind === 'ward' ? 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị' : 'Trưởng phòng Kinh tế', category: 'cong_chuc', born: [1975, 1988] }),
              s('taichinh', { position: 'Công chức Tài chính – Kế toán', category: 'cong_chuc', born: [1984, 1996] }),
            ],
          },
          {
            key: `${c.key}:hcc`,
            name: `Trung tâm Phục vụ hành chính công ${of}`,
            kind: 'department',
            validFrom: REFORM_DATE,
            staff: [s('motcua', { position: 'Công chức Trung tâm Phục vụ hành chính công', category: 'cong_chuc', born: [1988, 1999] })],
          },
        ],
      },
      {
        key: `${c.key}:hdnd`,
        name: `Hội đồng nhân dân ${of}`,
        shortName: `HĐND ${of}`,
        kind: 'peoples_council',
        validFrom: REFORM_DATE,
        staff: [s('viceCouncil', { position: `Phó Chủ tịch HĐND ${unit}`, category: 'can_bo', born: [1970, 1984] })],
      },
      {
        key: `${c.key}:dangUy`,
        name: `Đảng ủy ${of}`,
        shortName: `ĐU ${of}`,
        kind: 'party_committee',
        validFrom: REFORM_DATE,
        staff: [
          s('partySecretary', { position: `Bí thư Đảng ủy, Chủ tịch HĐND ${unit}`, category: 'can_bo', born: [1966, 1978] }),
          s('deputySecretary', { position: `Phó Bí thư Thường trực Đảng ủy ${unit}`, category: 'can_bo', born: [1970, 1982] }),
          s('partyOffice', { position: 'Chánh Văn phòng Đảng ủy', category: 'can_bo', born: [1978, 1990] }),
        ],
        children: [
          ...villageCells,
          { key: `${c.key}:cell:ubnd`, name: `Chi bộ Cơ quan UBND ${of}`, kind: 'party_cell' },
          { key: `${c.key}:cell:thcs`, name: `Chi bộ Trường THCS ${c.name}`, kind: 'party_cell' },
          { key: `${c.key}:cell:tieuhoc`, name: `Chi bộ Trường Tiểu học ${c.name}`, kind: 'party_cell' },
          { key: `${c.key}:cell:congan`, name: `Chi bộ Công an ${of}`, kind: 'party_cell' },
          { key: `${c.key}:cell:quansu`, name: `Chi bộ Quân sự ${of}`, kind: 'party_cell' },
        ],
      },
      {
        key: `${c.key}:mttq`,
        name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${of}`,
        shortName: `MTTQ ${of}`,
        kind: 'fatherland_front',
        validFrom: REFORM_DATE,
        staff: [s('mttq', { position: `Chủ tịch Ủy ban MTTQ Việt Nam ${unit}`, category: 'can_bo', born: [1966, 1980] })],
        children: [
          { name: `Đoàn TNCS Hồ Chí Minh ${of}`, shortName: `Đoàn ${of}`, kind: 'mass_organization', staff: [s('doan', { position: `Bí thư Đoàn ${unit}`, category: 'can_bo', born: [1993, 2001] })] },
          { name: `Hội Liên hiệp Phụ nữ ${of}`, shortName: `Hội Phụ nữ ${of}`, kind: 'mass_organization', staff: [s('phunu', { position: `Chủ tịch Hội Liên hiệp Phụ nữ ${unit}`, sex: 'nu', category: 'can_bo', born: [1975, 1990] })] },
          { name: `Hội Nông dân ${of}`, kind: 'mass_organization', staff: [s('nongdan', { position: `Chủ tịch Hội Nông dân ${unit}`, category: 'can_bo', born: [1965, 1980] })] },
          { name: `Hội Cựu chiến binh ${of}`, shortName: `Hội CCB ${of}`, kind: 'mass_organization', staff: [s('ccb', { position: `Chủ tịch Hội Cựu chiến binh ${unit}`, sex: 'nam', category: 'can_bo', born: [1960, 1967] })] },
          { name: `Công đoàn cơ sở ${of}`, kind: 'mass_organization', staff: [s('congdoan', { position: 'Chủ tịch Công đoàn cơ sở', category: 'cong_chuc', born: [1978, 1990] })] },
        ],
      },
      {
        key: `${c.key}:mamnon`,
        name: `Trường Mầm non ${c.name}`,
        shortName: `MN ${c.name}`,
        kind: 'public_service',
        staff: [
          s('principalPreschool', { position: 'Hiệu trưởng', sex: 'nu', category: 'vien_chuc', born: [1972, 1985] }),
          s('teacherPreschool', { position: 'Giáo viên mầm non', sex: 'nu', category: 'vien_chuc', born: [1985, 2000], direct: true }),
        ],
      },
      {
        key: `${c.key}:tieuhoc`,
        name: `Trường Tiểu học ${c.name}`,
        shortName: `TH ${c.name}`,
        kind: 'public_service',
        staff: [
          s('principalPrimary', { position: 'Hiệu trưởng', category: 'vien_chuc', born: [1970, 1983] }),
          s('teacherPrimary', { position: 'Giáo viên tiểu học', category: 'vien_chuc', born: [1980, 2000], direct: true }),
          s('teacherPrimary2', { position: 'Giáo viên tiểu học', sex: 'nu', category: 'vien_chuc', born: [1980, 2000], direct: true }),
        ],
      },
      {
        key: `${c.key}:thcs`,
        name: `Trường THCS ${c.name}`,
        shortName: `THCS ${c.name}`,
        kind: 'public_service',
        staff: [
          s('principalSecondary', { position: 'Hiệu trưởng', category: 'vien_chuc', born: [1968, 1982] }),
          s('teacherSecondary', { position: 'Giáo viên THCS (Ngữ văn)', category: 'vien_chuc', born: [1980, 1998], direct: true }),
          s('teacherSecondary2', { position: 'Giáo viên THCS (Toán)', category: 'vien_chuc', born: [1980, 1998], direct: true }),
        ],
      },
      {
        key: `${c.key}:tramyte`,
        name: `Trạm Y tế ${of}`,
        kind: 'public_service',
        staff: [
          s('doctor', { position: 'Bác sĩ, Trạm trưởng Trạm Y tế', category: 'vien_chuc', born: [1972, 1988] }),
          s('medic', { position: 'Y sĩ đa khoa', category: 'vien_chuc', born: [1982, 1996], direct: true }),
          s('midwife', { position: 'Nữ hộ sinh', sex: 'nu', category: 'vien_chuc', born: [1985, 1998], direct: true }),
        ],
      },
      {
        key: `${c.key}:congan`,
        name: `Công an ${of}`,
        kind: 'armed_force',
        staff: [
          s('police', { position: `Trưởng Công an ${unit}`, sex: 'nam', category: 'can_bo', born: [1975, 1988] }),
          s('police2', { position: `Phó Trưởng Công an ${unit}`, category: 'can_bo', born: [1982, 1995] }),
        ],
      },
      {
        key: `${c.key}:quansu`,
        name: `Ban Chỉ huy Quân sự ${of}`,
        shortName: `BCHQS ${of}`,
        kind: 'armed_force',
        staff: [s('military', { position: `Chỉ huy trưởng Ban Chỉ huy Quân sự ${unit}`, sex: 'nam', category: 'cong_chuc', born: [1975, 1990] })],
      },
      ...c.enterprises.map((e, i): OrgSpec => ({
        key: `${c.key}:enterprise${i + 1}`,
        name: e.name,
        ...(e.shortName ? { shortName: e.shortName } : {}),
        kind: 'enterprise',
        staff: [
          s(`director${i + 1}`, { position: e.name.startsWith('Hợp tác xã') ? 'Giám đốc Hợp tác xã' : 'Giám đốc', category: 'nguoi_lao_dong', born: [1970, 1985] }),
          s(`worker${i + 1}`, { position: e.workers, category: 'nguoi_lao_dong', born: [1975, 2003], direct: true, count: 2 }),
        ],
      })),
      ...villages,
    ],
  }
}

const BINH_THANH_XOM = [
  'Xóm Đồng Tâm', 'Xóm Làng Mới', 'Xóm Bình Nguyên', 'Xóm Khang Thịnh', 'Xóm Đồng Hút', 'Xóm Đồng Keo', 'Xóm Na Mao',
  'Xóm Đồng Hoàng', 'Xóm Đồng Quắc', 'Xóm Đèo Tọt', 'Xóm Tân Thành', 'Xóm Thâm Găng', 'Xóm Bình Định', 'Xóm Nà Lang',
]

const ALL_ROLE = (born: readonly [number, number], position: string, category: PersonCategory, extra: Partial<StaffSpec> = {}): StaffSpec => ({ position, category, born, ...extra })

/** The whole demo tenant. */
export function provinceTree(): OrgSpec {
  const binhThanh = communeTree({
    key: 'binhThanh',
    name: 'Bình Thành',
    kind: 'commune',
    profile: 'tay',
    villages: BINH_THANH_XOM,
    householdsPerVillage: 3,
    note: 'Thành lập từ 01/7/2025 trên cơ sở xã Bình Thành và xã Sơn Phú (huyện Định Hóa cũ).',
    enterprises: [
      { name: 'Hợp tác xã Chè Bình Thành', shortName: 'HTX Chè Bình Thành', workers: 'Xã viên trồng, chế biến chè' },
      { name: 'Hợp tác xã Dịch vụ nông nghiệp Bình Thành', shortName: 'HTX DVNN Bình Thành', workers: 'Xã viên' },
    ],
    people: {
      chairman: { name: 'Ma Khánh Sơn', sex: 'nam', born: [1974, 1974] },
      vanphong: { name: 'Nguyễn Văn An', sex: 'nam', born: [1989, 1989] },
      'head:Xóm Đồng Tâm': { name: 'Nguyễn Văn Ân', sex: 'nam', born: [1968, 1968] },
      teacherPrimary2: { name: 'Đặng Thị Hòa', sex: 'nu', born: [1991, 1991] },
      principalPrimary: { name: 'Hoàng Thị Thu Hương', sex: 'nu' },
    },
  })
  const binhAn = communeTree({
    key: 'binhAn',
    name: 'Bình An',
    kind: 'commune',
    profile: 'national',
    villages: ['Thôn An Bình', 'Thôn Bình Hòa', 'Thôn Phú Lộc', 'Thôn Tân Lập', 'Thôn Đồng Tâm', 'Thôn Trung Thành', 'Thôn Vĩnh An', 'Thôn Gò Cao'],
    householdsPerVillage: 2,
    enterprises: [
      { name: 'Hợp tác xã Nông nghiệp Bình An', shortName: 'HTX NN Bình An', workers: 'Xã viên' },
      { name: 'Công ty TNHH Xây dựng Bình An', workers: 'Công nhân xây dựng' },
    ],
    people: {
      chairman: { name: 'Nguyễn Đức Soán', sex: 'nam', born: [1971, 1971], birthProvince: CCCD_PROVINCE.quangNgai },
      vhxh: { name: 'Trần Thị Hoa', sex: 'nu' },
    },
  })
  const binhChuong = communeTree({
    key: 'binhChuong',
    name: 'Bình Chương',
    kind: 'commune',
    profile: 'national',
    villages: ['Thôn An Điền 1', 'Thôn An Điền 2', 'Thôn Phước Bình', 'Thôn Đồng Lớn', 'Thôn Tân Phú', 'Thôn Thạch An', 'Thôn Hòa Bình', 'Thôn Phú Thọ'],
    householdsPerVillage: 2,
    enterprises: [
      { name: 'Hợp tác xã Dịch vụ nông nghiệp Bình Chương', shortName: 'HTX DVNN Bình Chương', workers: 'Xã viên' },
      { name: 'Công ty TNHH Chế biến lâm sản An Điền', workers: 'Công nhân chế biến gỗ' },
    ],
    people: {
      partySecretary: { name: 'Lê Văn Phúc', sex: 'nam', position: 'Bí thư Đảng ủy xã', born: [1969, 1969], birthProvince: CCCD_PROVINCE.quangNgai },
      'cellSecretary:Thôn An Điền 2': { name: 'Phạm Văn Ánh', sex: 'nam' },
    },
  })
  const bacSon = communeTree({
    key: 'bacSon',
    name: 'Bắc Sơn',
    kind: 'commune',
    profile: 'national',
    villages: ['Thôn Cầu Đá', 'Thôn Đồng Mương', 'Thôn Kim Sơn', 'Thôn Tân Sơn', 'Thôn Thành Lập', 'Thôn Hòa Bình', 'Thôn Đèo Khế', 'Thôn Bắc Lâm', 'Thôn Xuân Đài'],
    householdsPerVillage: 2,
    enterprises: [
      { name: 'Hợp tác xã Chè Bắc Sơn', shortName: 'HTX Chè Bắc Sơn', workers: 'Xã viên trồng chè' },
      { name: 'Công ty Cổ phần Gạch ngói Bắc Sơn', workers: 'Công nhân sản xuất' },
    ],
    people: {
      chairman: { name: 'Trịnh Minh Tuấn', sex: 'nam', born: [1976, 1976] },
      vanphong: { name: 'Dương Thị Ngân', sex: 'nu' },
    },
  })
  const phanDinhPhung = communeTree({
    key: 'phanDinhPhung',
    name: 'Phan Đình Phùng',
    kind: 'ward',
    profile: 'national',
    villages: ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ dân phố số 3', 'Tổ dân phố số 4', 'Tổ dân phố số 5', 'Tổ dân phố số 6'],
    householdsPerVillage: 2,
    enterprises: [{ name: 'Công ty TNHH May mặc Phan Đình Phùng', workers: 'Công nhân may' }],
  })

  return {
    key: 'province',
    name: 'Tỉnh Thái Nguyên',
    shortName: 'Thái Nguyên',
    kind: 'province',
    profile: 'national',
    children: [
      {
        key: 'ubndTinh',
        name: 'Ủy ban nhân dân tỉnh Thái Nguyên',
        shortName: 'UBND tỉnh',
        kind: 'peoples_committee',
        staff: [
          { key: 'province:chairman', name: 'Vương Quốc Tuấn', sex: 'nam', position: 'Chủ tịch UBND tỉnh', category: 'can_bo', born: [1977, 1977] },
          ALL_ROLE([1968, 1978], 'Phó Chủ tịch UBND tỉnh', 'can_bo', { count: 2 }),
        ],
        children: [
          { name: 'Văn phòng UBND tỉnh Thái Nguyên', shortName: 'Văn phòng UBND tỉnh', kind: 'department', staff: [ALL_ROLE([1972, 1982], 'Chánh Văn phòng UBND tỉnh', 'cong_chuc')] },
        ],
      },
      {
        name: 'Hội đồng nhân dân tỉnh Thái Nguyên',
        shortName: 'HĐND tỉnh',
        kind: 'peoples_council',
        staff: [ALL_ROLE([1966, 1975], 'Chủ tịch HĐND tỉnh', 'can_bo')],
      },
      {
        key: 'soNoiVu',
        name: 'Sở Nội vụ tỉnh Thái Nguyên',
        shortName: 'Sở Nội vụ',
        kind: 'department',
        staff: [ALL_ROLE([1970, 1980], 'Giám đốc Sở Nội vụ', 'can_bo'), ALL_ROLE([1974, 1984], 'Phó Giám đốc Sở Nội vụ', 'cong_chuc')],
        children: [
          {
            key: 'banTdkt',
            name: 'Ban Thi đua – Khen thưởng',
            shortName: 'Ban TĐKT',
            kind: 'department',
            note: 'Thuộc Sở Nội vụ; cơ quan Thường trực Hội đồng Thi đua – Khen thưởng tỉnh.',
            staff: [
              ALL_ROLE([1972, 1980], 'Trưởng ban Ban Thi đua – Khen thưởng', 'cong_chuc'),
              ALL_ROLE([1976, 1986], 'Phó Trưởng ban Ban Thi đua – Khen thưởng', 'cong_chuc'),
              { key: 'province:tdkt', name: 'Nguyễn Thị Huyền', sex: 'nu', position: 'Chuyên viên Ban Thi đua – Khen thưởng', category: 'cong_chuc', born: [1988, 1988] },
              ALL_ROLE([1985, 1995], 'Chuyên viên Ban Thi đua – Khen thưởng', 'cong_chuc'),
            ],
          },
        ],
      },
      {
        key: 'soVhttdl',
        name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên',
        shortName: 'Sở VHTTDL',
        kind: 'department',
        staff: [ALL_ROLE([1970, 1980], 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'can_bo'), ALL_ROLE([1985, 1995], 'Chuyên viên', 'cong_chuc')],
      },
      { key: 'soGddt', name: 'Sở Giáo dục và Đào tạo tỉnh Thái Nguyên', shortName: 'Sở GD&ĐT', kind: 'department', staff: [ALL_ROLE([1968, 1978], 'Giám đốc Sở Giáo dục và Đào tạo', 'can_bo')] },
      { key: 'soYte', name: 'Sở Y tế tỉnh Thái Nguyên', shortName: 'Sở Y tế', kind: 'department', staff: [ALL_ROLE([1968, 1978], 'Giám đốc Sở Y tế', 'can_bo')] },
      { key: 'soTaiChinh', name: 'Sở Tài chính tỉnh Thái Nguyên', shortName: 'Sở Tài chính', kind: 'department', staff: [ALL_ROLE([1968, 1978], 'Giám đốc Sở Tài chính', 'can_bo')] },
      {
        key: 'mttqTinh',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên',
        shortName: 'MTTQ tỉnh',
        kind: 'fatherland_front',
        staff: [ALL_ROLE([1966, 1975], 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'can_bo')],
        children: [
          { key: 'ldld', name: 'Liên đoàn Lao động tỉnh Thái Nguyên', shortName: 'LĐLĐ tỉnh', kind: 'mass_organization', staff: [ALL_ROLE([1968, 1978], 'Chủ tịch Liên đoàn Lao động tỉnh', 'can_bo')] },
          { key: 'tinhDoan', name: 'Tỉnh đoàn Thái Nguyên', kind: 'mass_organization', staff: [ALL_ROLE([1985, 1990], 'Bí thư Tỉnh đoàn', 'can_bo')] },
          { key: 'hoiPhuNuTinh', name: 'Hội Liên hiệp Phụ nữ tỉnh Thái Nguyên', shortName: 'Hội LHPN tỉnh', kind: 'mass_organization', staff: [ALL_ROLE([1970, 1980], 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', 'can_bo', { sex: 'nu' })] },
          { key: 'hoiNongDanTinh', name: 'Hội Nông dân tỉnh Thái Nguyên', kind: 'mass_organization' },
          { key: 'hoiCcbTinh', name: 'Hội Cựu chiến binh tỉnh Thái Nguyên', kind: 'mass_organization' },
        ],
      },
      {
        key: 'dangBoTinh',
        name: 'Đảng bộ tỉnh Thái Nguyên',
        shortName: 'Tỉnh ủy',
        kind: 'party_committee',
        staff: [ALL_ROLE([1965, 1972], 'Bí thư Tỉnh ủy', 'can_bo'), ALL_ROLE([1968, 1976], 'Phó Bí thư Thường trực Tỉnh ủy', 'can_bo')],
      },
      {
        name: 'Báo và Phát thanh, Truyền hình Thái Nguyên',
        kind: 'public_service',
        staff: [ALL_ROLE([1970, 1980], 'Tổng Biên tập', 'vien_chuc'), ALL_ROLE([1990, 2000], 'Phóng viên', 'vien_chuc', { direct: true })],
      },
      { name: 'Công an tỉnh Thái Nguyên', kind: 'armed_force' },
      { name: 'Bộ Chỉ huy Quân sự tỉnh Thái Nguyên', kind: 'armed_force' },
      {
        key: 'dinhHoa',
        name: 'Huyện Định Hóa',
        kind: 'district',
        validTo: DISTRICT_END,
        note: 'Cấp huyện chấm dứt hoạt động từ 01/7/2025; giữ lại để tra cứu hồ sơ, quyết định khen thưởng cũ.',
        children: [
          { name: 'Ủy ban nhân dân huyện Định Hóa', shortName: 'UBND huyện Định Hóa', kind: 'peoples_committee', validTo: DISTRICT_END },
          {
            key: 'oldBinhThanh',
            name: 'Xã Bình Thành (cũ)',
            kind: 'commune',
            validTo: DISTRICT_END,
            successor: 'binhThanh',
            note: 'Hợp nhất với xã Sơn Phú thành xã Bình Thành từ 01/7/2025.',
            children: [
              { name: 'Ủy ban nhân dân xã Bình Thành (cũ)', shortName: 'UBND xã Bình Thành (cũ)', kind: 'peoples_committee', validTo: DISTRICT_END, successor: 'binhThanh:ubnd' },
              { key: 'oldDongHut1', name: 'Xóm Đồng Hút 1', kind: 'village', validTo: '2019-12-31', successor: 'binhThanh:Xóm Đồng Hút', note: 'Sáp nhập với xóm Đồng Hút 2 thành xóm Đồng Hút từ 01/01/2020.' },
              { key: 'oldDongHut2', name: 'Xóm Đồng Hút 2', kind: 'village', validTo: '2019-12-31', successor: 'binhThanh:Xóm Đồng Hút', note: 'Sáp nhập với xóm Đồng Hút 1 thành xóm Đồng Hút từ 01/01/2020.' },
            ],
          },
          {
            key: 'oldSonPhu',
            name: 'Xã Sơn Phú (cũ)',
            kind: 'commune',
            validTo: DISTRICT_END,
            successor: 'binhThanh',
            note: 'Hợp nhất vào xã Bình Thành từ 01/7/2025.',
          },
        ],
      },
      binhThanh,
      binhAn,
      binhChuong,
      bacSon,
      phanDinhPhung,
    ],
  }
}

export interface ClusterSpec {
  name: string
  kind: 'cluster' | 'bloc'
  owner: string
  members: string[]
  leader: string
  year: number
}

export const CLUSTERS: ClusterSpec[] = [
  { name: 'Cụm thi đua các xã phía Bắc', kind: 'cluster', owner: 'province', members: ['binhThanh', 'bacSon', 'binhChuong'], leader: 'binhThanh', year: 2025 },
  { name: 'Cụm thi đua các xã, phường phía Nam', kind: 'cluster', owner: 'province', members: ['binhAn', 'phanDinhPhung'], leader: 'phanDinhPhung', year: 2025 },
  { name: 'Khối các sở, ban, ngành tỉnh', kind: 'bloc', owner: 'province', members: ['soNoiVu', 'soVhttdl', 'soGddt', 'soYte', 'soTaiChinh'], leader: 'soNoiVu', year: 2025 },
  { name: 'Khối Mặt trận và các tổ chức chính trị - xã hội tỉnh', kind: 'bloc', owner: 'province', members: ['mttqTinh', 'ldld', 'tinhDoan', 'hoiPhuNuTinh', 'hoiNongDanTinh', 'hoiCcbTinh'], leader: 'mttqTinh', year: 2025 },
  { name: 'Khối các trường học xã Bình Thành', kind: 'bloc', owner: 'binhThanh', members: ['binhThanh:mamnon', 'binhThanh:tieuhoc', 'binhThanh:thcs'], leader: 'binhThanh:thcs', year: 2025 },
]
