// Qualitative standards that no record can prove ("đoàn kết", "tích cực tham gia phong trào thi đua"):
// the unit's review meeting (bình xét) states them per year as `assessments` in the history, and the
// engine reports "unknown" (null) until it has. One key per standard, shared across titles.

export const JUDGEMENTS = {
  TU_LUC_DOAN_KET: 'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ',
  THI_DUA: 'Tích cực tham gia phong trào thi đua',
  GUONG_MAU: 'Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước',
  SAN_XUAT: 'Lao động, sản xuất có năng suất, chất lượng, hiệu quả',
  CONG_DONG: 'Tích cực tham gia hoạt động xã hội; lối sống lành mạnh, tương trợ, giúp đỡ cộng đồng',
  NGHIA_VU_CONG_DAN: 'Hoàn thành tốt nhiệm vụ, nghĩa vụ công dân',
  NOI_BO_DOAN_KET: 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật',
  TIET_KIEM: 'Thực hành tiết kiệm, chống lãng phí, phòng, chống tham nhũng, tiêu cực',
  DAN_CHU: 'Thực hiện tốt dân chủ ở cơ sở, chăm lo đời sống vật chất, tinh thần của thành viên',
  DANG_DOAN_THE: 'Tổ chức đảng, đoàn thể trong sạch, vững mạnh, hoàn thành xuất sắc nhiệm vụ',
  TVH_KINH_TE: 'Đời sống kinh tế ổn định và từng bước phát triển',
  TVH_VAN_HOA: 'Đời sống văn hóa, tinh thần lành mạnh, phong phú',
  TVH_MOI_TRUONG: 'Môi trường an toàn, cảnh quan sáng, xanh, sạch, đẹp',
  TVH_AN_NINH: 'Giữ vững an ninh, trật tự; thành viên tích cực tham gia phong trào thi đua',
  TVH_DOAN_KET: 'Đoàn kết, tương trợ, giúp đỡ nhau trong cộng đồng',
  GDVH_TIEU_CHUAN: 'Đạt các tiêu chuẩn Gia đình văn hóa do Ủy ban nhân dân tỉnh quy định (khung Phụ lục I Nghị định 86/2023/NĐ-CP)',
  XA_TIEU_CHUAN: 'Đạt các tiêu chuẩn xã, phường, đặc khu tiêu biểu do Ủy ban nhân dân tỉnh quy định (khung Phụ lục III Nghị định 86/2023/NĐ-CP)',
  DANG_TIEU_BIEU: 'Hoàn thành xuất sắc nhiệm vụ tiêu biểu trong năm (tổ chức đảng)',
} as const

export type JudgementKey = keyof typeof JUDGEMENTS
