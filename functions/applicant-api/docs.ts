/**
 * The API as a product (SPEC §9, §13), served publicly by the applicant API: the OpenAPI document
 * in the request's language (negotiated from Accept-Language like every answer:
 * schemas/openapi.json or schemas/openapi.zh-CN.json, bundled), and the reference page at /docs
 * rendered by Swagger UI from that document, in the negotiated language with a switch to the
 * other (the page asks for the document with that Accept-Language), with Swagger UI's script and
 * style sheet served from here too (no CDN). The
 * assets are read from the swagger-ui-dist package on first use: locally from node_modules, on
 * AWS from the copy the function's bundling puts beside the bundle (shared/contract/resources.ts
 * BUNDLED_PACKAGE_FILES), so they add nothing to the code every cold start loads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import openApiDocumentEn from '../../schemas/openapi.json' with { type: 'json' };
import openApiDocumentZh from '../../schemas/openapi.zh-CN.json' with { type: 'json' };
import type { Language } from '../../shared/i18n/index.js';
import { json, requestLanguage, type HttpEvent, type HttpResult } from '../commons/edge/http.js';

const CACHE = { 'cache-control': 'public, max-age=300' };
/** The document and the page differ by Accept-Language: caches must keep one per language. */
const NEGOTIATED = { ...CACHE, vary: 'Accept-Language' };

const DOCUMENTS: Record<Language, typeof openApiDocumentEn> = {
  en: openApiDocumentEn,
  'zh-CN': openApiDocumentZh as typeof openApiDocumentEn,
};
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '中文' };
const SWITCH_LABEL: Record<Language, string> = { en: 'Language', 'zh-CN': '语言' };

// The page loads nothing from another origin, which the browser then enforces too.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
].join('; ');

/** The page in `language`; its switch re-renders the reference from the document in the other. */
const page = (language: Language) => `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${DOCUMENTS[language].info.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/swagger-ui.css">
<style>#languages { display: flex; gap: .5em; justify-content: flex-end; padding: .5em 1em; font-family: sans-serif; } #languages button[aria-pressed="true"] { font-weight: bold; }</style>
</head>
<body>
<nav id="languages" aria-label="${SWITCH_LABEL[language]}">${Object.entries(LANGUAGE_NAMES)
  .map(
    ([code, name]) =>
      `<button type="button" lang="${code}" data-language="${code}" aria-pressed="${code === language}">${name}</button>`,
  )
  .join('')}</nav>
<div id="reference"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>
function render(language) {
  document.documentElement.lang = language;
  for (const button of document.querySelectorAll('#languages button')) button.setAttribute('aria-pressed', String(button.dataset.language === language));
  window.ui = SwaggerUIBundle({
    url: '/v1/openapi.json', dom_id: '#reference', deepLinking: true, docExpansion: 'list', validatorUrl: null,
    requestInterceptor: (request) => {
      if (new URL(request.url, location.href).pathname === '/v1/openapi.json') request.headers['Accept-Language'] = language;
      return request;
    },
  });
}
document.getElementById('languages').addEventListener('click', (event) => {
  const language = event.target.dataset && event.target.dataset.language;
  if (language) render(language);
});
render(${JSON.stringify(language)});
</script>
</body>
</html>
`;

const text = (contentType: string, body: string, headers: Record<string, string> = {}): HttpResult => ({
  statusCode: 200,
  headers: { 'content-type': `${contentType}; charset=utf-8`, ...CACHE, ...headers },
  body,
});

const assets = new Map<string, string>();
const packageFile = (file: string) => {
  let content = assets.get(file);
  if (content === undefined)
    assets.set(
      file,
      (content = readFileSync(createRequire(import.meta.url).resolve(`swagger-ui-dist/${file}`), 'utf8')),
    );
  return content;
};

/** GET /v1/openapi.json, in the request's language. */
export const getOpenApiDocument = async (event: HttpEvent) => json(200, DOCUMENTS[requestLanguage(event)], NEGOTIATED);

/** GET /docs, in the request's language. */
export const getDocsPage = async (event: HttpEvent) =>
  text('text/html', page(requestLanguage(event)), {
    ...NEGOTIATED,
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });

/** GET /docs/swagger-ui.css */
export const getDocsStyles = async () => text('text/css', packageFile('swagger-ui.css'));

/** GET /docs/swagger-ui-bundle.js */
export const getDocsScript = async () => text('text/javascript', packageFile('swagger-ui-bundle.js'));
