/**
 * The explorer as a person uses it: headless Chromium (Debian's `chromium`, driven by playwright-core)
 * opens /explorer/ on a gateway in production mode over the embedded local API with demo data, with
 * API keys on. The page runs only by document id (production mode refuses anything else to these
 * keys), so every step also proves the explorer's manifest is the one the gateway loaded. Steps:
 * paste a read+write key, page through a tag's members, open a company, tag a user and see the tag
 * without a reload, untag them, search users by email domain, open a segment's members, then paste a read-only key and see why tagging is refused. Requests outside
 * 127.0.0.1 are refused and recorded. Screenshots of each step land in test-artifacts/explorer/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../src/gateway/start.js';
import { generateApiKey } from '../../src/gateway/auth/api-keys.js';
import { writeKeysFile } from '../../src/gateway/auth/keys-file.js';
import { SearchUsersDocument, TagUserDocument } from '../../examples/explorer/src/gql/graphql.js';
import { ensureExplorerBuilt, EXPLORER_DIR } from './explorer-build.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/explorer/', import.meta.url));
// A tag of the test's own, on more users than one page (the explorer shows 5), so there is a page 2.
const PAGING_TAG = 'explorer-paging';
const TAGGED_USERS = 7;
const ADDED_TAG = 'explorer-added';

describe.skipIf(!existsSync(CHROMIUM) && !process.env['CI'])('the explorer in a browser, with no network beyond loopback', () => {
  let gateway: RunningGateway;
  let browser: Browser;
  let keysDir: string;
  const readWrite = generateApiKey();
  const readOnly = generateApiKey();

  /** A call by document id, as the page makes it: the test prepares data through the same manifest. */
  async function byDocumentId(document: { __meta__?: Record<string, unknown> }, variables: unknown, key: string) {
    const response = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ documentId: document.__meta__?.['hash'], variables }),
    });
    const json = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(json.errors).toBeUndefined();
    return json.data;
  }

  beforeAll(async () => {
    await ensureExplorerBuilt();
    keysDir = mkdtempSync(path.join(os.tmpdir(), 'explorer-keys-'));
    const keysFile = path.join(keysDir, 'keys.json');
    await writeKeysFile(keysFile, {
      keys: [
        { id: readWrite.id, hash: readWrite.hash, scopes: ['read', 'write'], name: 'explorer read+write' },
        { id: readOnly.id, hash: readOnly.hash, scopes: ['read'], name: 'explorer read-only' },
      ],
    });
    gateway = await startGateway(
      { host: '127.0.0.1', port: 0, auth: 'keys', keysFile, mode: 'production' },
      { logging: false, explorerDir: EXPLORER_DIR, log: () => undefined },
    );
    // Put the paging tag on 7 demo users, through the gateway.
    const users = await byDocumentId(
      SearchUsersDocument,
      { filter: { search: { field: 'email', operator: 'CONTAINS', value: '@' } }, first: TAGGED_USERS },
      readWrite.key,
    );
    expect(users.users.edges).toHaveLength(TAGGED_USERS);
    for (const { node } of users.users.edges) {
      const tagged = await byDocumentId(TagUserDocument, { name: PAGING_TAG, user: { id: node.id } }, readWrite.key);
      expect(tagged.tagUsers.__typename).toBe('TagUsersPayload');
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    if (keysDir) rmSync(keysDir, { recursive: true, force: true });
  });

  /** The text now, or '' while the element is not there: for polls, which retry on their own. */
  const textOf = (locator: Locator) => locator.innerText({ timeout: 500 }).catch(() => '');

  async function useKey(page: Page, key: string) {
    await page.fill('input[name=api-key]', key);
    await page.click('button:has-text("Use key")');
    await expect.poll(() => textOf(page.locator('.key-state'))).toContain(key.slice(-4));
  }

  it('pages through a tag, opens a company, tags a user in place and explains a refused write', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    const graphqlBodies: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') graphqlBodies.push(request.postData() ?? '');
    });
    const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });

    const response = await page.goto(`${gateway.url}/explorer/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // Without a key the gateway refuses, and the page says what to do.
    await expect.poll(() => textOf(page.locator('[role=alert]').first()), { timeout: 15_000 }).toContain('paste a valid API key');
    await shot('1-no-key');

    // Tags and segments with their counts.
    await useKey(page, readWrite.key);
    const pagingRow = page.locator('table.tags tr', { has: page.locator(`a:text-is("${PAGING_TAG}")`) });
    await expect.poll(() => textOf(pagingRow.locator('td').nth(1)), { timeout: 15_000 }).toBe(String(TAGGED_USERS));
    await expect.poll(() => page.locator('table.segments tbody tr').count()).toBeGreaterThan(0);
    await shot('2-tags-and-segments');

    // The tag's members, a page of 5, then the rest after the first page's endCursor.
    await pagingRow.locator('a').click();
    await expect.poll(() => textOf(page.locator('.page-state')), { timeout: 15_000 }).toContain(`Page 1 · ${TAGGED_USERS} users in all`);
    const firstPage = await page.locator('tr.member .user-email').allInnerTexts();
    expect(firstPage).toHaveLength(5);
    await shot('3-tag-members-page-1');
    await page.click('button:has-text("Next page")');
    await expect.poll(() => textOf(page.locator('.page-state'))).toContain('Page 2');
    await expect.poll(() => page.locator('tr.member').count()).toBe(TAGGED_USERS - 5);
    const secondPage = await page.locator('tr.member .user-email').allInnerTexts();
    expect(secondPage.filter((email) => firstPage.includes(email))).toEqual([]);
    expect(await page.isDisabled('button:has-text("Next page")')).toBe(true);
    await shot('4-tag-members-page-2');

    // A company of a member on page 1, with its people.
    await page.click('button:has-text("Previous page")');
    await expect.poll(() => textOf(page.locator('.page-state'))).toContain('Page 1');
    const memberWithCompany = page.locator('tr.member', { has: page.locator('a.company-link') }).first();
    const memberEmail = await memberWithCompany.locator('.user-email').innerText();
    const companyName = await memberWithCompany.locator('a.company-link').first().innerText();
    await memberWithCompany.locator('a.company-link').first().click();
    await expect.poll(() => textOf(page.locator('.company-name')), { timeout: 15_000 }).toBe(companyName);
    const person = page.locator('tr.company-user', { has: page.locator(`td:text-is("${memberEmail}")`) });
    await expect.poll(() => person.count(), { timeout: 15_000 }).toBe(1);
    await shot('5-company');
    const companyHash = await page.evaluate(() => location.hash);

    // Tag that person: the chip appears in place, and the page was not reloaded.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await person.locator('input[name=tag-name]').fill(ADDED_TAG);
    await person.locator('button:has-text("Tag")').click();
    await expect.poll(() => person.locator('.tag-chip').allInnerTexts(), { timeout: 15_000 }).toContainEqual(expect.stringContaining(ADDED_TAG));
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await shot('6-tagged');
    // The gateway agrees: the user has the tag now.
    const tagsOfMember = async () =>
      (await byDocumentId(SearchUsersDocument, { filter: { email: memberEmail }, first: 1 }, readOnly.key)).users.edges[0].node.tags.map(
        (tag: { name: string }) => tag.name,
      );
    expect(await tagsOfMember()).toContain(ADDED_TAG);

    // Untag it again: the chip goes, in place.
    await person.locator(`button[aria-label="Untag ${ADDED_TAG}"]`).click();
    await expect.poll(() => person.locator('.tag-chip').allInnerTexts(), { timeout: 15_000 }).not.toContainEqual(expect.stringContaining(ADDED_TAG));
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // Search users by a typed expression: email contains the member's domain.
    await page.click('nav a:has-text("Search users")');
    await page.fill('input[name=search-value]', memberEmail.split('@')[1]!);
    await page.click('button:has-text("Search users")');
    await expect.poll(() => page.locator('tr.member .user-email').allInnerTexts(), { timeout: 15_000 }).toContain(memberEmail);
    for (const email of await page.locator('tr.member .user-email').allInnerTexts()) expect(email).toContain(memberEmail.split('@')[1]);
    await shot('7-search');
    // A segment's members come the same way as a tag's.
    await page.click('nav a:has-text("Tags & segments")');
    const segmentLink = page.locator('table.segments a').first();
    const segmentName = await segmentLink.innerText();
    await segmentLink.click();
    await expect.poll(() => textOf(page.locator('.group-name')), { timeout: 15_000 }).toBe(segmentName);
    await expect.poll(() => textOf(page.locator('.page-state')), { timeout: 15_000 }).toMatch(/Page 1 · \d+ users in all/);
    await page.evaluate((hash) => (location.hash = hash), companyHash);
    await expect.poll(() => person.count(), { timeout: 15_000 }).toBe(1);

    // A read-only key may look but not tag: a clear message, and nothing changes on screen.
    await useKey(page, readOnly.key);
    await expect.poll(() => person.count(), { timeout: 15_000 }).toBe(1);
    const chipsBefore = await person.locator('.tag-chip').allInnerTexts();
    expect(chipsBefore).not.toContainEqual(expect.stringContaining(ADDED_TAG));
    await person.locator('input[name=tag-name]').fill('explorer-refused');
    await person.locator('button:has-text("Tag")').click();
    const refusal = person.locator('[role=alert]');
    await expect.poll(() => textOf(refusal), { timeout: 15_000 }).toContain('Not allowed with this key');
    expect(await refusal.innerText()).toContain('need a key with the write scope');
    expect(await person.locator('.tag-chip').allInnerTexts()).toEqual(chipsBefore);
    await shot('8-read-only-refused');
    expect(await tagsOfMember()).not.toContain('explorer-refused');

    // Production mode: the page sent document ids only, never a document's text.
    expect(graphqlBodies.length).toBeGreaterThan(5);
    for (const body of graphqlBodies) {
      expect(JSON.parse(body)).toHaveProperty('documentId');
      expect(JSON.parse(body)).not.toHaveProperty('query');
    }
    expect(outside).toEqual([]);
  }, 120_000);
});
