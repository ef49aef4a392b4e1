// One evaluator per catalogue code.
import type { CatalogueCode } from '../catalogue/types.ts'
import type { Evaluator } from '../engine/types.ts'
import { evaluateBangKhenThuTuong, evaluateBangKhenTinh } from './bang-khen.ts'
import { evaluateCoThiDuaChinhPhu, evaluateCoThiDuaTinh, evaluateTtldtt, evaluateTtldxs } from './collective.ts'
import { evaluateCstdcs, evaluateCstdTinh, evaluateCstdToanQuoc } from './cstd.ts'
import { evaluateGiaDinhVanHoa, evaluateThonVanHoa, evaluateXaTieuBieu } from './cultural.ts'
import { evaluateGiayKhen } from './giay-khen.ts'
import { evaluateHuanChuongLaoDongHangBa, evaluateHuanChuongLaoDongHigher } from './huan-chuong.ts'
import { evaluateLdtt } from './ldtt.ts'
import { evaluateMassCommendation } from './mass.ts'
import {
  evaluatePartyCellYear,
  evaluatePartyMemberFiveYears,
  evaluatePartyMemberYear,
  evaluatePartyOrganisationExcellent,
  evaluatePartyOrganisationExemplary,
  evaluatePartyOrganisationFiveYears,
  evaluatePartyRating,
} from './party.ts'

export const EVALUATORS: Record<CatalogueCode, Evaluator> = {
  LDTT: evaluateLdtt,
  CSTDCS: evaluateCstdcs,
  CSTD_TINH: evaluateCstdTinh,
  CSTD_TOAN_QUOC: evaluateCstdToanQuoc,
  TTLDTT: evaluateTtldtt,
  TTLDXS: evaluateTtldxs,
  CO_THI_DUA_TINH: evaluateCoThiDuaTinh,
  CO_THI_DUA_CHINH_PHU: evaluateCoThiDuaChinhPhu,
  XA_TIEU_BIEU: evaluateXaTieuBieu,
  THON_VAN_HOA: evaluateThonVanHoa,
  GIA_DINH_VAN_HOA: evaluateGiaDinhVanHoa,
  GIAY_KHEN_CHU_TICH_XA: evaluateGiayKhen,
  GIAY_KHEN_CHU_TICH_HUYEN: evaluateGiayKhen,
  GIAY_KHEN_THU_TRUONG: evaluateGiayKhen,
  BANG_KHEN_CHU_TICH_TINH: evaluateBangKhenTinh,
  BANG_KHEN_BO: evaluateBangKhenTinh,
  BANG_KHEN_THU_TUONG: evaluateBangKhenThuTuong,
  HUAN_CHUONG_LAO_DONG_HANG_BA: evaluateHuanChuongLaoDongHangBa,
  HUAN_CHUONG_LAO_DONG_HANG_NHI: evaluateHuanChuongLaoDongHigher,
  HUAN_CHUONG_LAO_DONG_HANG_NHAT: evaluateHuanChuongLaoDongHigher,
  DANG_VIEN_HTXSNV: evaluatePartyRating,
  DANG_VIEN_HTTNV: evaluatePartyRating,
  TO_CHUC_DANG_HTXSNV: evaluatePartyOrganisationExcellent,
  TO_CHUC_DANG_HTTNV: evaluatePartyRating,
  GIAY_KHEN_DANG_UY_DANG_VIEN: evaluatePartyMemberYear,
  GIAY_KHEN_BTV_CAP_TREN_DANG_VIEN: evaluatePartyMemberFiveYears,
  BANG_KHEN_BTV_TINH_UY_DANG_VIEN: evaluatePartyMemberFiveYears,
  GIAY_KHEN_DANG_UY_CHI_BO: evaluatePartyCellYear,
  GIAY_KHEN_BTV_CAP_TREN_TO_CHUC_DANG: evaluatePartyOrganisationExemplary,
  BANG_KHEN_BTV_TINH_UY_TO_CHUC_DANG: evaluatePartyOrganisationFiveYears,
  CO_BTV_TINH_UY: evaluatePartyOrganisationFiveYears,
  GIAY_KHEN_TO_CHUC_CT_XH: evaluateMassCommendation,
}
