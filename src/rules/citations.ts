// How the engine names the article behind each rule: "Luật TĐKT 2022, Điều 24, khoản 1".
// One builder per instrument so every citation is spelled the same way (law.md §0, §12).

// Built by concatenation, not an array joined: every criterion of every subject of an eligible list cites one.
function article(instrument: string, dieu?: number, khoan?: number, diem?: string): string {
  let text = instrument
  if (dieu !== undefined) text += `, Điều ${dieu}`
  if (khoan !== undefined) text += `, khoản ${khoan}`
  if (diem !== undefined) text += `, điểm ${diem}`
  return text
}

/** Luật Thi đua, khen thưởng số 06/2022/QH15, in force 01/01/2024. */
export const law = (dieu: number, khoan?: number, diem?: string) => article('Luật TĐKT 2022', dieu, khoan, diem)
/** Nghị định 98/2023/NĐ-CP, 01/01/2024 – 30/06/2025. */
export const nd98 = (dieu: number, khoan?: number, diem?: string) => article('Nghị định 98/2023/NĐ-CP', dieu, khoan, diem)
/** Nghị định 152/2025/NĐ-CP, from 01/07/2025 (replaces ND 98/2023 and ND 28/2024). */
export const nd152 = (dieu: number, khoan?: number, diem?: string) => article('Nghị định 152/2025/NĐ-CP', dieu, khoan, diem)
/** Nghị định 129/2025/NĐ-CP: Art 59 moves the district chair's TĐKT powers to the commune chair. */
export const nd129 = (dieu: number, khoan?: number) => article('Nghị định 129/2025/NĐ-CP', dieu, khoan)
/** Nghị định 86/2023/NĐ-CP: Gia đình văn hóa, Thôn/Tổ dân phố văn hóa, Xã/phường tiêu biểu. */
export const nd86 = (dieu?: number, khoan?: number, diem?: string) => article('Nghị định 86/2023/NĐ-CP', dieu, khoan, diem)
/** Thông tư 01/2024/TT-BNV (15/04/2024), replaced by Thông tư 15/2025/TT-BNV. */
export const tt01 = (dieu: number, khoan?: number) => article('Thông tư 01/2024/TT-BNV', dieu, khoan)
/** Thông tư 15/2025/TT-BNV: title confirmed, date and content not seen (law.md §0 ⚠️). */
export const TT15 = 'Thông tư 15/2025/TT-BNV'
/** Luật Tổ chức chính quyền địa phương số 72/2025/QH15: abolishes the district level from 01/07/2025. */
export const LAW72 = 'Luật Tổ chức chính quyền địa phương 2025 (số 72/2025/QH15)'
/** Base salary: Nghị định 73/2024/NĐ-CP, Điều 3, khoản 2 (2.340.000 đồng from 01/07/2024). */
export const ND73_BASE_SALARY = 'Nghị định 73/2024/NĐ-CP, Điều 3, khoản 2'
/** MOHA guidance on using an initiative once (law.md B5). */
export const INITIATIVE_ONCE = 'Công văn 5007/BNV-TĐKT ngày 05/09/2023, mục III.5.c; Công văn 3385/BTĐKT ngày 20/11/2023'
/** Bắc Ninh QĐ 86/2025/QĐ-UBND: the provincial regulation law.md uses for standards set by provinces (⚠️). */
export const bacNinh = (dieu: number, khoan?: number) => article('Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh (ví dụ quy định cấp tỉnh)', dieu, khoan)
/** Party commendation guidance: Hướng dẫn 06-HD/TW ngày 09/06/2025, §19. */
export const hd06 = (muc: string) => `Hướng dẫn 06-HD/TW ngày 09/06/2025, mục ${muc}`
/** Party rating rules: Quy định 366-QĐ/TW (2025). */
export const qd366 = (dieu: number) => `Quy định 366-QĐ/TW năm 2025, Điều ${dieu}`
/** Party reward money: Hướng dẫn 56-HD/VPTW (2015). */
export const HD56 = 'Hướng dẫn 56-HD/VPTW năm 2015'
/** MOHA internal procedures 2025 (commune CSTĐCS procedure, e-dossier system). */
export const QD638 = 'Quyết định 638/QĐ-BNV năm 2025'
export const QD311 = 'Quyết định 311/QĐ-BNV năm 2025'
