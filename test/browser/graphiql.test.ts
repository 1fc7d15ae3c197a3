/**
 * GraphiQL as a new user meets it: headless Chromium (Debian's `chromium`, driven by playwright-core)
 * opens the page on a gateway over the embedded local API, picks a reference-query tab, runs it and
 * sees the data. Every request outside 127.0.0.1 is refused and recorded, so a page that still needs
 * a CDN fails here the way it fails offline. The screenshot lands in test-artifacts/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

describe.skipIf(!existsSync(CHROMIUM) && !process.env['CI'])('GraphiQL in a browser, with no network beyond loopback', () => {
  let gateway: RunningGateway;
  let browser: Browser;

  beforeAll(async () => {
    gateway = await startGateway({ host: '127.0.0.1', port: 0 }, { logging: false });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('loads from the gateway alone, runs the ContactByEmail example and shows its data', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort();
    });

    const response = await page.goto(gateway.graphqlUrl, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // The tabs slide in when the page opens, so a click can land before they settle: click until selected.
    const tab = page.locator('li[role=tab]', { has: page.locator('button[title=ContactByEmail]') });
    await expect
      .poll(async () => {
        await tab.locator('button[title=ContactByEmail]').click();
        return tab.getAttribute('aria-selected');
      }, { timeout: 15_000, interval: 300 })
      .toBe('true');
    const result = page.locator('.graphiql-response');
    // GraphiQL takes the operation name from the editor a render after a tab switch; a run in between
    // names the previous tab's operation. Run again until the answer is the selected tab's.
    await expect
      .poll(async () => {
        await page.click('.graphiql-execute-button');
        await page.waitForTimeout(500);
        return result.innerText();
      }, { timeout: 20_000, interval: 500 })
      .toContain('bobr@mitchandmurray.com');
    const text = await result.innerText();
    expect(text).toContain('"data"');
    expect(text).not.toContain('"errors"');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}graphiql-contact-by-email.png` });
    expect(outside).toEqual([]);
  }, 60_000);
});
