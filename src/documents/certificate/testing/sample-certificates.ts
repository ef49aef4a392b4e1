// Certificates as the server would fill them, for the writer tests: a commune chairman's Giấy khen and a
// CSTĐCS title signed by a deputy.
import type { CertificateData } from '../certificate-model.ts'

export const giayKhen: CertificateData = {
  track: 'state',
  issuerTitle: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH',
  award: { kind: 'form', name: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã' },
  awardee: { name: 'Bà Hoàng Thị Lan', details: 'Giáo viên, Trường Tiểu học Bình Thành' },
  achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025',
  decision: { number: 5, symbol: 'QĐ-UBND', date: '2025-12-20' },
  serial: 12,
  place: 'Bình Thành',
  date: '2025-12-20',
  signature: { authorityLines: [], title: 'CHỦ TỊCH', name: 'Nguyễn Đức Soán' },
  verification: { code: '7K3M-9QXA-2B4C-8DTF-5R', url: 'https://tdkt.example.vn/xac-minh/7K3M-9QXA-2B4C-8DTF-5R' },
}

export const cstdcs: CertificateData = {
  ...giayKhen,
  award: { kind: 'title', name: 'Chiến sĩ thi đua cơ sở' },
  awardee: { name: 'Ông Ma Văn Hùng', details: 'Hiệu trưởng, Trường Tiểu học Bình Thành' },
  achievement: 'Đã đạt danh hiệu Lao động tiên tiến và có sáng kiến được công nhận năm 2025',
  serial: 13,
  signature: { authorityLines: ['KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Minh' },
  verification: { code: 'AB12-CD34-EF56-GH78-JK', url: 'https://tdkt.example.vn/xac-minh/AB12-CD34-EF56-GH78-JK' },
}

export const partyGiayKhen: CertificateData = {
  ...giayKhen,
  track: 'party',
  issuerTitle: 'BAN CHẤP HÀNH ĐẢNG BỘ XÃ BÌNH THÀNH',
  award: { kind: 'form', name: 'Giấy khen của Đảng ủy cơ sở tặng đảng viên hoàn thành xuất sắc nhiệm vụ trong năm' },
  decision: { number: 7, symbol: 'QĐ/ĐU', date: '2025-12-22' },
  signature: { authorityLines: ['T/M ĐẢNG ỦY'], title: 'BÍ THƯ', name: 'Lục Văn Tám' },
}
