import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { AmityError } from '../../domain/errors.ts';

/** Debian's Chromium, or the one AMITY_CHROMIUM names. */
export const CHROMIUM_PATH = process.env.AMITY_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'];

/** A headless Chromium with the flags a server without a display or sandbox needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/** Runs `fn` with a headless Chromium that is closed afterwards, whatever happens. */
export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new AmityError(
      'unsupported',
      `PDF and chart images need Chromium at ${CHROMIUM_PATH} (apt-get install chromium fonts-noto-cjk, or set AMITY_CHROMIUM)`,
    );
  }
  const browser = await launchChromium();
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/** An HTML page printed to A4 PDF, as Chromium prints it. */
export async function htmlToPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.close();
  return pdf;
}

/** An SVG drawn to PNG at twice its size, for formats that take images. */
export async function svgToPng(browser: Browser, svg: string): Promise<{ png: Buffer; width: number; height: number }> {
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
  const element = await page.$('svg');
  if (!element) throw new AmityError('validation', 'the chart has no SVG');
  const box = (await element.boundingBox())!;
  const png = await element.screenshot({ type: 'png' });
  await page.close();
  return { png, width: Math.round(box.width), height: Math.round(box.height) };
}
