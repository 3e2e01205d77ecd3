/**
 * The API reference page (SPEC §9) in a real browser: Debian's Chromium, headless, driven by
 * playwright-core, against the local gateway and the real applicant-api handler. The page at
 * /docs loads, renders every route of ROUTES (read from the rendered text), logs no console
 * error, and fetches nothing from another origin (its script, style sheet and the document
 * all come from the API itself). A screenshot is saved for people to look at.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../shared/contract/resources.js';
import { startLocalApi, type LocalApi } from '../support/local-api.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT = join(tmpdir(), 'lingang-ai-subsidy-docs.png');

let api: LocalApi;
let browser: BrowserContext;
const profile = mkdtempSync(join(tmpdir(), 'lingang-chromium-'));

beforeAll(async () => {
  api = await startLocalApi();
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  rmSync(profile, { recursive: true, force: true });
});

describe('GET /docs in headless Chromium', () => {
  it('renders every route from the served document, with no console error and nothing fetched from elsewhere', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    const requested: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requested.push(request.url()));

    const response = await page.goto(`${api.baseUrl}/docs`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const operations = page.locator('.opblock-summary');
    await expect.poll(() => operations.count(), { timeout: 20_000 }).toBe(ROUTES.length);

    // Swagger UI breaks long paths with zero-width spaces: read the text as a person would.
    const rendered = (await operations.allInnerTexts()).map((text) => text.replace(/\u200b/g, '').replace(/\s+/g, ' '));
    for (const route of ROUTES) {
      expect(rendered.some((text) => text.startsWith(`${route.method} ${route.path} `) || text === `${route.method} ${route.path}`), `${route.method} ${route.path}`).toBe(true);
    }
    await expect.poll(() => page.locator('.info .title').innerText()).toContain('Lin-gang AI Subsidy Platform API');

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.info(`[docs] ${ROUTES.length} routes rendered; screenshot: ${SCREENSHOT}`);

    expect(consoleErrors).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(`${api.baseUrl}/`))).toEqual([]);
    expect(requested).toEqual(expect.arrayContaining([`${api.baseUrl}/docs/swagger-ui-bundle.js`, `${api.baseUrl}/docs/swagger-ui.css`, `${api.baseUrl}/v1/openapi.json`]));
  }, 60_000);
});
