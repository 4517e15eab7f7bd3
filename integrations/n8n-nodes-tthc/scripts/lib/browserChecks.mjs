// What a person does in the browser: the IT engineer in n8n's editor (the TTHC nodes listed with
// their icons, the Metrics panel), the ward officer on the report form (fill it in, get the
// report back). Every wait is on a condition, with generous limits; nothing sleeps.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LONG = 180_000;
export const TTHC_NODES = ['TTHC Import', 'TTHC Validate', 'TTHC Metrics', 'TTHC Render', 'TTHC Alerts'];

/**
 * Opens the editor's node list, searches "TTHC" and checks the five TTHC nodes are listed with
 * their own icon loaded (more may be listed); then opens the weekly workflow and the TTHC Metrics
 * panel. Screenshots: editor-node-list.png, editor-metrics-panel.png.
 */
export async function checkEditor(context, { base, out, expect, log }) {
  const page = await context.newPage();
  page.setDefaultTimeout(LONG);
  await page.goto(`${base}/workflow/new`);
  await page.locator('[data-test-id="canvas"]').waitFor();
  // The "+" of the canvas (Tab is its keyboard shortcut) opens the node creator.
  await page.locator('[data-test-id="canvas-add-button"], [data-test-id="canvas-plus-button"]').first().click().catch(() => page.keyboard.press('Tab'));
  const search = page.locator('[data-test-id="node-creator-search-bar"]');
  await search.waitFor();
  await search.fill('TTHC');
  const items = page.locator('[data-test-id="node-creator-node-item"]');
  await page.waitForFunction(
    (names) => names.every((n) => [...document.querySelectorAll('[data-test-id="node-creator-item-name"]')].some((e) => e.textContent.trim() === n)),
    TTHC_NODES,
    { timeout: LONG },
  );
  // Every icon loaded (or failed) first: whether it loaded is read after.
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-test-id="node-creator-node-item"] img')].every((i) => i.complete),
    undefined,
    { timeout: LONG },
  );
  const listed = await items.evaluateAll((els) =>
    els.map((el) => {
      const img = el.querySelector('img');
      return {
        name: el.querySelector('[data-test-id="node-creator-item-name"]')?.textContent.trim(),
        icon: img?.getAttribute('src') ?? null,
        loaded: !!img && img.complete && img.naturalWidth > 0,
      };
    }),
  );
  await page.screenshot({ path: join(out, 'editor-node-list.png') });
  for (const name of TTHC_NODES) {
    const item = listed.find((l) => l.name === name);
    expect(!!item && /\/icons\/n8n-nodes-tthc\/.*tthc\.svg$/.test(item.icon ?? '') && item.loaded, `editor: "${name}" is listed with its icon (${item?.icon})`);
  }

  await page.goto(`${base}/workflow/TthcWeeklyReport`);
  const metrics = page.locator('[data-test-id="canvas-node"][data-node-name="TTHC Metrics"]');
  await metrics.waitFor();
  const subtitle = await metrics.innerText();
  expect(/Tuần trước \/ Previous Week/.test(subtitle), `editor: the Metrics node's subtitle shows the period's label (${subtitle.replace(/\s+/g, ' ')})`);
  await metrics.dblclick();
  const panel = page.locator('[data-test-id="ndv"]');
  await panel.waitFor();
  await panel.getByText('Kỳ báo cáo / Period').first().waitFor();
  const text = await panel.innerText();
  await page.screenshot({ path: join(out, 'editor-metrics-panel.png') });
  expect(/Kỳ báo cáo \/ Period/.test(text) && /Danh mục thủ tục \/ Catalog/.test(text), 'editor: the TTHC Metrics panel opens, with its bilingual labels');
  const docs = await panel.locator('a', { hasText: 'Docs' }).first().getAttribute('href').catch(() => null);
  expect(/\/integrations\/n8n-nodes-tthc\/README\.md$/.test(docs ?? ''), `editor: the panel's Docs link opens the package README (${docs})`);
  await page.close();
}

/**
 * Opens a failed execution in the editor (what the IT engineer sees the morning after) and checks
 * the failing node's message is there. Screenshot: editor-failed-run.png.
 */
export async function checkFailedExecution(context, { base, out, expect, workflowId, executionId, message }) {
  const page = await context.newPage();
  page.setDefaultTimeout(LONG);
  await page.goto(`${base}/workflow/${workflowId}/executions/${executionId}`);
  // The execution preview is an iframe of the canvas; the error shows when the failed node is opened.
  const frame = page.frameLocator('iframe').first();
  const failed = frame.locator('[data-test-id="canvas-node"][data-node-name="Báo lỗi: không có tệp"]');
  const shown = await (async () => {
    await failed.waitFor({ timeout: LONG });
    await failed.dblclick();
    await frame.getByText(message).first().waitFor({ timeout: LONG });
    return true;
  })().catch(() => false);
  await page.screenshot({ path: join(out, 'editor-failed-run.png') });
  await page.close();
  expect(shown, `editor: the failed run shows "${message}" on the node "Báo lỗi: không có tệp"`);
  await page.close();
}

/**
 * Fills the officer's form (ward, explicit dates, the files), submits it, waits for the result
 * page and downloads the DOCX and XLSX from it. Returns the page's text and the downloads.
 */
export async function fillReportForm(context, { base, out, files, period, shot, ward = 'Phường Hải An' }) {
  const page = await context.newPage();
  page.setDefaultTimeout(LONG);
  await page.goto(`${base}/form/tthc-bao-cao`);
  // A value the list does not offer is put in as a forged request would send it.
  await page.getByLabel('Phường/xã').evaluate((select, value) => {
    if (![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
  }, ward);
  await page.getByLabel('Phường/xã').selectOption(ward);
  await page.getByLabel('Kỳ báo cáo').selectOption('Chọn ngày (điền hai ô dưới)');
  await page.getByLabel('Từ ngày (khi chọn ngày)').fill(period.from);
  await page.getByLabel('Đến ngày (khi chọn ngày)').fill(period.to);
  await page.getByLabel('Tệp xuất').setInputFiles(files);
  await page.screenshot({ path: join(out, `${shot}.png`), fullPage: true });
  await page.locator('#submit-btn').click();
  // n8n shows a waiting page, then the completion page the workflow reaches (result or error).
  await page.locator('#tai-docx, #tep-loi, #yeu-cau-loi').first().waitFor({ timeout: 300_000 });
  await page.screenshot({ path: join(out, `${shot}-result.png`), fullPage: true });
  const text = await page.locator('body').innerText();
  writeFileSync(join(out, `${shot}-result.html`), await page.content());
  const downloads = {};
  if ((await page.locator('#tai-docx').count()) === 0) {
    await page.close();
    return { text, downloads };
  }
  for (const [id, ext] of [['#tai-docx', 'docx'], ['#tai-xlsx', 'xlsx']]) {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), page.locator(id).click()]);
    const path = join(out, `${shot}-report.${ext}`);
    await download.saveAs(path);
    downloads[ext] = { path, suggested: download.suggestedFilename() };
  }
  await page.close();
  return { text, downloads };
}
