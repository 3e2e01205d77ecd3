/**
 * The API as a product (SPEC §9), served publicly by the applicant API: the OpenAPI document
 * (schemas/openapi.json, bundled), and the reference page at /docs rendered by Swagger UI from
 * that document, with Swagger UI's script and style sheet served from here too (no CDN). The
 * assets are read from the swagger-ui-dist package on first use: locally from node_modules, on
 * AWS from the copy the function's bundling puts beside the bundle (shared/contract/resources.ts
 * BUNDLED_PACKAGE_FILES), so they add nothing to the code every cold start loads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import openApiDocument from '../../schemas/openapi.json' with { type: 'json' };
import { json, type HttpResult } from '../commons/edge/http.js';

const CACHE = { 'cache-control': 'public, max-age=300' };

// The page loads nothing from another origin, which the browser then enforces too.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${openApiDocument.info.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({ url: '/v1/openapi.json', dom_id: '#reference', deepLinking: true, docExpansion: 'list', validatorUrl: null });
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
  if (content === undefined) assets.set(file, (content = readFileSync(createRequire(import.meta.url).resolve(`swagger-ui-dist/${file}`), 'utf8')));
  return content;
};

/** GET /v1/openapi.json */
export const getOpenApiDocument = async () => json(200, openApiDocument, CACHE);

/** GET /docs */
export const getDocsPage = async () => text('text/html', PAGE, { 'content-security-policy': CONTENT_SECURITY_POLICY });

/** GET /docs/swagger-ui.css */
export const getDocsStyles = async () => text('text/css', packageFile('swagger-ui.css'));

/** GET /docs/swagger-ui-bundle.js */
export const getDocsScript = async () => text('text/javascript', packageFile('swagger-ui-bundle.js'));
