// Numbers through Intl, so grouping and decimal marks follow the language, never hard-coded.
import { type Lang, LOCALES } from '../domain/lang.ts';

export interface NumberFormatOptions {
  /** Default 2: values are read from text, so more digits than that are never meaningful. */
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
  /** Always show + or − (for year-on-year changes). */
  signDisplay?: 'auto' | 'always' | 'exceptZero';
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, opts: NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${opts.maximumFractionDigits ?? 2}|${opts.minimumFractionDigits ?? 0}|${opts.signDisplay ?? 'auto'}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      maximumFractionDigits: opts.maximumFractionDigits ?? 2,
      minimumFractionDigits: opts.minimumFractionDigits ?? 0,
      signDisplay: opts.signDisplay ?? 'auto',
    });
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, lang: Lang, opts: NumberFormatOptions = {}): string {
  return formatter(lang, opts).format(value);
}

/**
 * A year-on-year change in percent as the report states it: "+15.59%", "−3%". Two decimals, like
 * every value read from text: reports write 9.95%, and rounding it to +10% would be our number.
 */
export function formatChangePct(pct: number, lang: Lang): string {
  return `${formatNumber(pct, lang, { signDisplay: 'exceptZero' })}%`;
}

/** A share 0..1 as a whole percentage ("83%"), for peer positions. */
export function formatShare(share: number, lang: Lang): string {
  return `${formatNumber(share * 100, lang, { maximumFractionDigits: 0 })}%`;
}
