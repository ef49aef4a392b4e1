// Shares (0–1) as the law engine stores them, percentages as officers read and type them.

export function toPercent(share: number): number {
  return Math.round(share * 10_000) / 100
}

export function fromPercent(percent: number): number {
  return Math.round(percent * 100) / 10_000
}

export function formatShare(share: number): string {
  return `${toPercent(share).toLocaleString('vi-VN')}%`
}
