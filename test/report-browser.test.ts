import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { presence, tempDir } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

/**
 * The HTML report in a real browser: Debian's Chromium (`apt-get install
 * chromium`; .ci/run installs it), driven by playwright-core, which downloads
 * no browser of its own. Without Chromium the suite is skipped here, never
 * in CI (CI=true), where a missing browser fails it.
 */
const CHROMIUM = [process.env.PRESENCE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const SKIP = !CHROMIUM && !process.env.CI;

/** Each dated post of fixtures/schedule and the UTC day it is scheduled on, read from the files by hand. */
const DAYS: [file: string, post: number, day: string][] = [
  ['linkedin/adoption-day.md', 0, '2026-03-02'],
  ['personal/bulk.csv', 0, '2026-03-02'],
  ['linkedin/team-night.md', 0, '2026-03-06'],
  ['linkedin/call-us.md', 0, '2026-03-11'],
  ['linkedin/hostile.md', 0, '2026-03-11'],
  ['personal/weekend.md', 0, '2026-03-13'],
  ['personal/bulk.csv', 1, '2026-03-17'],
  ['linkedin/wine-auction.md', 0, '2026-03-20'],
  ['personal/bulk.csv', 2, '2026-03-24'],
  ['personal/coffee.md', 0, '2026-03-31'],
];

describe.skipIf(SKIP)(`the HTML report in Chromium${SKIP ? ' (skipped: no Chromium here; apt-get install chromium)' : ''}`, () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    expect(CHROMIUM, 'Chromium is needed in CI: .ci/run installs it with apt-get').toBeTruthy();
    const dir = tempDir();
    cpSync(path.join(ROOT, 'fixtures/schedule'), dir, { recursive: true });
    // A baseline of everything but the weekend post, which is then new.
    const weekend = path.join(dir, 'personal/weekend.md');
    const text = (await import('node:fs')).readFileSync(weekend, 'utf8');
    writeFileSync(weekend, text.replace('the house will be empty', 'the dogs will be fed'));
    expect(presence(['check', '.', '--write-baseline'], { cwd: dir }).code).toBe(0);
    writeFileSync(weekend, text);
    const r = presence(['check', '.', '-f', 'html', '-o', 'report.html'], { cwd: dir });
    expect(r.stderr).toMatch(/^presence: 15 findings are in the baseline \.presence-baseline\.json and not shown\.\n/);
    expect(r.code).toBe(1);
    url = pathToFileURL(path.join(dir, 'report.html')).href;
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    // Anything but the report itself would be a request leaving the page: refused, and counted above.
    await page.route('**/*', (route) => (route.request().url().startsWith(url.split('#')[0]!) ? route.continue() : route.abort()));
    await page.goto(`${url}#view=month&date=2026-03-01`);
    await page.waitForSelector('html[data-ready="true"]');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('places each post on its day in the month', async () => {
    for (const [file, post, day] of DAYS) {
      const found = await page.$$eval(`.card[data-file="${file}"][data-index="${post}"]`, (cards) => cards.map((c) => c.closest('.day')?.getAttribute('data-day')));
      expect(found, `${file} post ${post}`).toEqual([day]);
    }
    expect(await page.$$eval('.calendar .card', (cards) => cards.length)).toBe(DAYS.length);
    // Each in the lane of its presence.
    expect(await page.$$eval('.lane.personal .card', (cards) => cards.map((c) => c.getAttribute('data-file')))).toEqual(['personal/bulk.csv', 'personal/weekend.md', 'personal/bulk.csv', 'personal/bulk.csv', 'personal/coffee.md']);
    // The post without a date is listed apart.
    expect(await page.$$eval('.undated .card', (cards) => cards.map((c) => c.getAttribute('data-file')))).toEqual(['personal/someday.txt']);
  });

  it('shows a week, with the posts of its days', async () => {
    await page.click('#tab-week');
    await page.click('#next');
    await page.click('#next');
    expect(await page.textContent('#calendar-title')).toBe('Week of Mon 9 Mar 2026');
    const days = await page.$$eval('.calendar .card', (cards) => cards.map((c) => `${c.getAttribute('data-file')}@${c.closest('.day')?.getAttribute('data-day')}`));
    expect(days.sort()).toEqual(['linkedin/call-us.md@2026-03-11', 'linkedin/hostile.md@2026-03-11', 'personal/weekend.md@2026-03-13']);
    await page.click('#tab-month');
  });

  it('filters by presence, severity, rule, platform and file', async () => {
    const cards = (): Promise<number> => page.$$eval('.calendar .card', (c) => c.length);
    await page.uncheck('input[name="presence"][value="personal"]');
    expect(await cards()).toBe(5);
    expect(await page.$$eval('.lane.personal', (l) => l.length)).toBe(0);
    await page.check('input[name="presence"][value="personal"]');
    await page.uncheck('input[name="severity"][value="none"]');
    await page.uncheck('input[name="severity"][value="suggestion"]');
    await page.uncheck('input[name="severity"][value="warning"]');
    // Posts with an error: team-night, call-us, hostile, weekend.
    expect(await cards()).toBe(4);
    await page.uncheck(`input[name="rule"] >> xpath=..//self::label[contains(., "party-photo")]//input`);
    expect(await cards()).toBe(2);
    await page.click('text=Show everything');
    expect(await cards()).toBe(DAYS.length);
    await page.uncheck('input[name="platform"][value="linkedin"]');
    await page.uncheck('input[name="platform"][value="x"]');
    expect(await cards()).toBe(5);
    await page.click('text=Show everything');
    await page.fill('#file-filter', 'bulk');
    await page.waitForFunction(() => document.querySelectorAll('.calendar .card').length === 3);
    await page.click('text=Show everything');
    expect(await cards()).toBe(DAYS.length);
  });

  it("shows a post's texts with its findings highlighted, masked, and a hostile text as written", async () => {
    await page.click('.card[data-file="linkedin/team-night.md"]');
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.count()).toBe(1);
    // Numbered as the messages beside the text are: the alt text's finding, then the body's.
    expect(await dialog.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['1keg stand', '3Five rounds of shots', '4hungover']));
    expect(await dialog.locator('ol.findings li').count()).toBe(4);
    expect(await dialog.textContent()).toContain('media[0].alt');
    await page.keyboard.press('Escape');
    await page.click('.card[data-file="linkedin/call-us.md"]');
    expect(await dialog.locator('mark').first().textContent()).toBe('1•••-•••-••42');
    await page.keyboard.press('Escape');
    await page.click('.card[data-file="linkedin/hostile.md"]');
    expect(await dialog.locator('.text').first().textContent()).toContain('</script><script>document.title = "pwned"; window.pwned = true;</script><img src=x onerror="window.pwned = true">');
    await page.keyboard.press('Escape');
    expect(await page.title()).toBe('presence report');
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    expect(await page.$$eval('img, iframe, object, embed', (found) => found.length)).toBe(0);
    const content = await page.content();
    expect(content).not.toMatch(/555-01/);
  });

  it('works from the keyboard: a card opens with Enter, Escape closes and gives the focus back', async () => {
    await page.focus('.card[data-file="linkedin/adoption-day.md"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Escape');
    // The dialog's 'close' event (which empties it) is handled a task after the key.
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.childElementCount)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-file'))).toBe('linkedin/adoption-day.md');
    await page.focus('#tab-month');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-week');
    await page.click('#tab-month');
  });

  it('labels every control', async () => {
    const unlabelled = await page.$$eval('input, button', (controls) =>
      controls.filter((c) => !((c as HTMLInputElement).labels?.length || c.getAttribute('aria-label') || c.textContent?.trim())).map((c) => c.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });

  it('lists the ignores with their reasons, and what the baseline holds', async () => {
    await page.click('#tab-ignores');
    expect(await page.textContent('#view')).toContain('A wine-tasting fundraiser for the shelter: the wine is the point, approved by the board');
    await page.click('#tab-baseline');
    const text = await page.textContent('#view');
    expect(text).toMatch(/15 findings of this run are in the baseline \.presence-baseline\.json and left out of the other formats; 2 findings are new\./);
    await page.click('#tab-list');
    expect(await page.$$eval('article.post', (a) => a.length)).toBe(11);
    await page.uncheck('input[name="source"][value="baseline"]');
    const files = await page.$$eval('article.post', (a) => a.map((x) => x.getAttribute('data-file')));
    // Only the new findings' post, and the clean posts ("posts without findings" is still checked).
    expect(files).toContain('personal/weekend.md');
    expect(files).toContain('personal/someday.txt');
    expect(files).not.toContain('linkedin/team-night.md');
    await page.click('text=Show everything');
  });

  it('made no request but the report, and logged no error', () => {
    expect(requests.filter((r) => !r.startsWith(url.split('#')[0]!))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
