import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { analyzeImage } from '../image/analyze-image.ts';
import { decodeNode, encodeJpeg, encodePng, nodeFaces, nodeOcr } from '../image/node-host.ts';
import { paintBoxes } from '../image/raster.ts';
import { ImageError, type ImageFinding } from '../image/types.ts';
import type { FileFinding, FileScanner } from './files.ts';

// `npm run scan -- IMAGE [--clean OUT]`: the extension's image checks on a file. Findings
// say where (a field name, a box), never what the image says.

function where(f: ImageFinding): string {
  if (f.fields) return `metadata ${f.fields.join(', ')}`;
  const b = f.box!;
  const at = `${Math.round(b.x)},${Math.round(b.y)} (${Math.round(b.w)}x${Math.round(b.h)})`;
  return f.category === 'face' ? `face at ${at}` : `${f.textCategory ?? 'text'} in text box at ${at}`;
}

export const imageScanner: FileScanner = {
  extensions: ['.jpg', '.jpeg', '.png'],
  async scan(path, options): Promise<FileFinding[]> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch (e) {
      throw new Error(`cannot read it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const ocr = await nodeOcr(options.lang === 'fr' ? ['eng', 'fra'] : ['eng']);
    try {
      const report = await analyzeImage(bytes, { decode: decodeNode, ocr, faces: nodeFaces(), policy: options.policy });
      if (report.ocr === 'failed') throw new ImageError('timeout', 'reading the text in the image failed or took too long');
      if (options.clean) {
        const out = options.clean;
        const painted = paintBoxes(await decodeNode(bytes), report.findings.flatMap((f) => (f.box ? [f.box] : [])));
        writeFileSync(out, /^\.jpe?g$/i.test(extname(out)) ? encodeJpeg(painted) : encodePng(painted));
      }
      return report.findings.map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        where: where(f),
      }));
    } finally {
      await ocr.close();
    }
  },
};
