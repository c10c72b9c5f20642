/** Locale-aware number formatting through Intl; falls back to English for unknown locales. */
function formatter(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

/** `0.5` → `50%` (or `50 %`, `٥٠٪` …). */
export function formatPercent(locale: string | undefined, share: number): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatNumber(locale: string | undefined, value: number, maximumFractionDigits = 0): string {
  return formatter(locale, { maximumFractionDigits }).format(value);
}
