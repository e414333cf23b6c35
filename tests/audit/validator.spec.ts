/**
 * HTML validity: the Nu HTML Checker (vnu, the W3C validator's engine) over
 * the whole built site in one run. Any error in an HTML page fails. The CSS
 * and SVG are checked in the same run, but their errors are advisories: vnu's
 * CSS checker lags the language (it rejects e.g. `calc(60rem + 2 * var(--x))`).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { Findings } from './lib/findings.ts';
import { BASE, DIST, ROOT, htmlFiles } from './lib/site.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

const JAR = path.join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const JAVA = process.env.JAVA ?? 'java';

function runVnu(): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['-jar', JAR, '--errors-only', '--skip-non-html', '--also-check-css', '--also-check-svg', '--format', 'json', '--stdout', DIST];
  return new Promise((resolve, reject) => {
    execFile(JAVA, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof (error as NodeJS.ErrnoException).code === 'string' ? -1 : (error as { code?: number } | null)?.code ?? 0;
      if (code === -1) reject(new Error(`cannot run ${JAVA} (set JAVA to a Java 17+ binary): ${error?.message}`));
      else resolve({ code, stdout, stderr });
    });
  });
}

test('every HTML page (and the CSS and SVG) passes the Nu HTML Checker', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const findings = new Findings(testInfo);
  const pages = htmlFiles();
  const { code, stdout, stderr } = await runVnu();
  let messages: VnuMessage[];
  try {
    ({ messages } = JSON.parse(stdout) as { messages: VnuMessage[] });
  } catch {
    throw new Error(`vnu printed no JSON report (exit ${code}):\n${stderr}\n${stdout.slice(0, 2000)}`);
  }
  for (const m of messages) {
    const file = m.url ? path.relative(DIST, fileURLToPath(m.url)).split(path.sep).join('/') : '(run)';
    const where = `${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const line = m.lastLine ? ` (line ${m.lastLine}${m.firstColumn ? `, col ${m.firstColumn}` : ''})` : '';
    const extract = m.extract ? `: “${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}”` : '';
    const isPage = file.endsWith('.html') || m.type === 'non-document-error';
    findings.add('html validity (Nu)', where, `${m.type === 'non-document-error' ? 'could not check: ' : ''}${m.message}${line}${extract}`, !isPage);
  }
  findings.save();
  testInfo.annotations.push({ type: 'checked', description: `${pages.length} HTML pages, plus CSS and SVG, in ${DIST}` });
  findings.expectNone('html validity (Nu)');
  expect(code === 0 || messages.length > 0, `vnu exited ${code} without reporting why:\n${stderr}`).toBe(true);
});
