/**
 * The API reference page (SPEC §9, §13) in a real browser: Debian's Chromium, headless, driven by
 * playwright-core, against the local gateway and the real applicant-api handler. The page at
 * /docs loads, renders every route of ROUTES (read from the rendered text), logs no console
 * error, and fetches nothing from another origin (its script, style sheet and the document
 * all come from the API itself) — in English, in Chinese for a browser asking for zh-CN, and in
 * Chinese again after the English page's switch is pressed. A screenshot of each language is
 * saved for people to look at; the Chinese one shows Chinese glyphs only where the machine has a
 * CJK font (.ci/run installs Debian's fonts-wqy-zenhei), which the Chinese page checks.
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
const screenshot = (language: string) =>
  join(tmpdir(), `lingang-ai-subsidy-docs${language === 'en' ? '' : `.${language}`}.png`);
const TITLES = { en: 'Lin-gang AI Subsidy Platform API', 'zh-CN': '临港新片区人工智能专项补贴平台 API' } as const;

let api: LocalApi;
let browser: BrowserContext;
const profile = mkdtempSync(join(tmpdir(), 'lingang-chromium-'));

beforeAll(async () => {
  api = await startLocalApi();
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
  });
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  rmSync(profile, { recursive: true, force: true });
});

type Page = Awaited<ReturnType<BrowserContext['newPage']>>;

/**
 * Whether two Chinese characters of the title come out as different glyphs in the page's own
 * font: without a CJK font the browser draws every one as the same missing-glyph box.
 */
const drawsChinese = (page: Page) =>
  page.evaluate(() => {
    const family = getComputedStyle(document.querySelector('.info .title')!).fontFamily;
    const draw = (character: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 64;
      const context = canvas.getContext('2d')!;
      context.font = `48px ${family}`;
      context.fillText(character, 0, 48);
      return canvas.toDataURL();
    };
    return draw('临') !== draw('港');
  });

/**
 * Opens /docs, asking for `acceptLanguage` if given (else as the browser asks: en-US); records
 * console errors and every URL requested. (An extra header would override the one the page's
 * switch sets on its own request for the document.)
 */
async function openDocs(acceptLanguage?: string) {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const requested: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => requested.push(request.url()));
  if (acceptLanguage) await page.setExtraHTTPHeaders({ 'Accept-Language': acceptLanguage });
  const response = await page.goto(`${api.baseUrl}/docs`, { waitUntil: 'networkidle' });
  return { page, response, consoleErrors, requested };
}

/** Every route rendered (method and path read as a person reads them), under the title of `language`. */
async function expectReference(page: Page, language: keyof typeof TITLES): Promise<void> {
  await expect.poll(() => page.locator('.info .title').innerText(), { timeout: 20_000 }).toContain(TITLES[language]);
  const operations = page.locator('.opblock-summary');
  await expect.poll(() => operations.count(), { timeout: 20_000 }).toBe(ROUTES.length);
  // Swagger UI breaks long paths with zero-width spaces: read the text as a person would.
  const rendered = (await operations.allInnerTexts()).map((text) => text.replace(/\u200b/g, '').replace(/\s+/g, ' '));
  for (const route of ROUTES) {
    expect(
      rendered.some(
        (text) => text.startsWith(`${route.method} ${route.path} `) || text === `${route.method} ${route.path}`,
      ),
      `${route.method} ${route.path}`,
    ).toBe(true);
  }
  const submit = rendered.find((text) => text.startsWith('POST /v1/applications '));
  expect(submit).toContain(language === 'en' ? 'Submit an application' : '提交申请');
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
}

describe('GET /docs in headless Chromium', () => {
  it('renders every route in English from the served document, with no console error and nothing fetched from elsewhere', async () => {
    const { page, response, consoleErrors, requested } = await openDocs();
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-language']).toBe('en');
    await expectReference(page, 'en');
    await page.screenshot({ path: screenshot('en'), fullPage: true });
    console.info(`[docs] ${ROUTES.length} routes rendered in English; screenshot: ${screenshot('en')}`);

    expect(consoleErrors).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(`${api.baseUrl}/`))).toEqual([]);
    expect(requested).toEqual(
      expect.arrayContaining([
        `${api.baseUrl}/docs/swagger-ui-bundle.js`,
        `${api.baseUrl}/docs/swagger-ui.css`,
        `${api.baseUrl}/v1/openapi.json`,
      ]),
    );

    // The page's switch: the same reference from the Chinese document.
    await page.getByRole('button', { name: '中文' }).click();
    await expectReference(page, 'zh-CN');
    expect(consoleErrors).toEqual([]);
  }, 90_000);

  it('renders every route in Chinese for a browser asking for zh-CN', async () => {
    const { page, response, consoleErrors, requested } = await openDocs('zh-CN,zh;q=0.9,en;q=0.5');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-language']).toBe('zh-CN');
    expect(response?.headers().vary).toBe('Accept-Language');
    await expectReference(page, 'zh-CN');
    expect(await drawsChinese(page), 'a CJK font (Debian: fonts-wqy-zenhei, as .ci/run installs)').toBe(true);
    await page.screenshot({ path: screenshot('zh-CN'), fullPage: true });
    console.info(`[docs] ${ROUTES.length} routes rendered in Chinese; screenshot: ${screenshot('zh-CN')}`);
    expect(consoleErrors).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(`${api.baseUrl}/`))).toEqual([]);
  }, 90_000);
});
