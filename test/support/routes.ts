/** The routes anyone may call without a token (SPEC §4 and §9), as the tests expect them. */
export const PUBLIC_ROUTES = [
  'GET /v1/policy',
  'GET /v1/openapi.json',
  'GET /docs',
  'GET /docs/swagger-ui.css',
  'GET /docs/swagger-ui-bundle.js',
];
