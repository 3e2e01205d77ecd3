/** The languages decisions and problems are rendered in (SPEC §3.2), and how a request picks one. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The language a tag asks for, or undefined: `zh`, `zh-CN`, `zh-Hans` (and their subtags) are Simplified Chinese. */
function languageOfTag(tag: string): Language | undefined {
  const subtags = tag.toLowerCase().split('-');
  if (subtags[0] === 'en') return 'en';
  if (subtags[0] !== 'zh') return undefined;
  // zh-TW, zh-HK and zh-Hant ask for Traditional Chinese, which the platform does not write.
  const region = subtags[1];
  return region === undefined || region === 'cn' || region === 'hans' || region === 'sg' ? 'zh-CN' : undefined;
}

/**
 * The language negotiated from an Accept-Language header (RFC 9110 §12.5.4): the acceptable
 * tag with the highest q-value (the first among equals); `*` or nothing acceptable gives the default.
 */
export function negotiateLanguage(acceptLanguage: string | undefined): Language {
  let best: { language: Language; q: number } | undefined;
  for (const range of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...parameters] = range.split(';').map((part) => part.trim());
    const qParameter = parameters.find((parameter) => /^q=/i.test(parameter));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    if (!(q > 0 && q <= 1)) continue;
    const language = tag === '*' ? DEFAULT_LANGUAGE : languageOfTag(tag);
    if (language !== undefined && (best === undefined || q > best.q)) best = { language, q };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}
