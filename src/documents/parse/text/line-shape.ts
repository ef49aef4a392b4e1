// Shape tests on one line of Vietnamese administrative text, shared by the wrap joiner and the
// extractors: list/heading markers, upper-case lines, sentence ends, paragraph starters.

/** Roman "I." / "II -", Arabic "1." / "1.2." / "1)", letter "a)" / "đ.", dash or bullet, "Điều 1", "PHẦN I" / "Phần I.". */
export const MARKER =
  /^(?:([-–—+•])\s*|([IVXL]{1,6})\s*[.)\-–/]\s+|(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+|(\d{1,2})\s*(?:[.)](?!\d)|\/\s)\s*|([a-zđ])\s*[).,]\s+|(Điều\s+\d{1,3}[a-z]?)\s*[.:]?\s*|((?:PHẦN|CHƯƠNG|MỤC)\s+(?:[IVXL]{1,6}|\d{1,2})(?![\p{L}\d])|(?:Phần|Chương|Mục)\s+(?:[IVXL]{1,6}|\d{1,2})(?=\s*[.:\-–]))\s*[.:\-–]?\s*)/u

export function startsWithMarker(line: string): boolean {
  return MARKER.test(line)
}

/** A numbered or lettered heading marker (not a dash or bullet). */
export function startsWithHeadingMarker(line: string): boolean {
  const m = MARKER.exec(line)
  return !!m && !m[1]
}

/** At least three letters and none lower case: "KẾ HOẠCH", "TM. ỦY BAN NHÂN DÂN". */
export function isUpperCaseLine(line: string): boolean {
  return !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 3
}

/** Ends a sentence or clause: ". ; : ! ? …", possibly followed by closing quotes or brackets. */
export function endsClause(line: string): boolean {
  return /[.;:!?…][\s”"'’)\]]*$/.test(line)
}

export function startsLowerCase(line: string): boolean {
  return /^[“"'‘(]*\p{Ll}/u.test(line)
}

/** The line stops on a word that cannot end a sentence ("… của", "… và"). */
export function endsWithConnector(line: string): boolean {
  return /(?:^|\s)(?:và|của|các|với|cho|trong|đến|tại|theo|được|là|những|có|về|để|từ|nhằm|trên|do|vì|hoặc|cùng|gồm|như|mà|thì|bị|đã|sẽ|đang|lần thứ)$/iu.test(line.trim())
}

/** "<Place>, ngày …": the place-and-date line of the header. */
export const PLACE_DATE_LINE = /^(?:TP\.\s?)?(?:[\p{Lu}][\p{Ll}]*\.?(?:\s?[-–]\s?|\s)?){1,6},\s*ngày(?![\p{L}\d])/u

/** Lines that begin a new block whatever precedes them. */
export function startsBlock(line: string): boolean {
  return /^(?:Căn cứ|Thực hiện|Xét|Theo đề nghị|Kính gửi|Nơi nhận|Trên đây|Về việc|V\/v|Số(?![\p{L}\d]))/u.test(line) || PLACE_DATE_LINE.test(line)
}
