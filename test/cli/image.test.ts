import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { run, type Io } from '../../src/cli/main.ts';
import { readTags } from '../../src/image/metadata.ts';

const fixture = (name: string) => new URL(`../fixtures/images/${name}`, import.meta.url).pathname;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = { stdout: (l) => out.push(l), stderr: (l) => err.push(l), stdin: () => '', today: () => '2026-11-22' };
  return { io: value, out, err };
}

test('scan IMAGE lists where the findings are, and --clean writes a copy with no metadata', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctp-cli-'));
  const t = io();
  const code = await run([fixture('photo-gps.jpg'), '--clean', join(dir, 'clean.jpg'), '--json'], t.io);
  expect(code).toBe(1);
  const report = JSON.parse(t.out.join('\n')) as { files: Array<{ findings: Array<{ ruleId: string; where: string }> }> };
  expect(report.files[0]!.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['exif-gps', 'exif-device-serial']));
  expect(t.out.join('\n')).not.toMatch(/43\.6|88213377/);
  const tags = await readTags(new Uint8Array(readFileSync(join(dir, 'clean.jpg'))));
  expect(tags).not.toHaveProperty('latitude');
  expect(tags).not.toHaveProperty('SerialNumber');
}, 120_000);

test('a file that is not an image is a clear error with exit code 2', async () => {
  const t = io();
  expect(await run([fixture('not-an-image.png')], t.io)).toBe(2);
  expect(t.err.join('\n')).toMatch(/not an image/);
});

test('--clean takes exactly one image and a .png or .jpg name', async () => {
  const t = io();
  expect(await run([fixture('photo-gps.jpg'), fixture('plain.jpg'), '--clean', 'x.png'], t.io)).toBe(2);
  expect(await run([fixture('photo-gps.jpg'), '--clean', 'x.gif'], t.io)).toBe(2);
});
