// The image part of `npm run bench`, run in its own process so its memory figure is its
// own: OCR time on generated 1024² and 2048² x-rays (target: under 2 s for 1024² on two
// cores), the whole image check (metadata + OCR + faces) on a phone photo, and peak memory.
import { readFileSync } from 'node:fs';
import { analyzeImage } from '../src/image/analyze-image.ts';
import { decodeNode, nodeFaces, nodeOcr } from '../src/image/node-host.ts';
import { prepareForOcr } from '../src/image/raster.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../test/fixtures/images/${name}`, import.meta.url)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x);

const t0 = performance.now();
const ocr = await nodeOcr(['eng']);
const initMs = performance.now() - t0;

async function ocrTimes(file: string, runs: number) {
  const raster = prepareForOcr(await decodeNode(fixture(file)));
  await ocr.recognize(raster); // warm-up: the first call compiles the LSTM paths
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await ocr.recognize(raster);
    times.push(performance.now() - t);
  }
  return { medianMs: round(median(times)), maxMs: round(Math.max(...times)), runs };
}

const ocr1024 = await ocrTimes('xray-1024.png', 5);
const ocr2048 = await ocrTimes('xray-2048.jpg', 3);
const faces = nodeFaces();
await analyzeImage(fixture('photo-gps.jpg'), { decode: decodeNode, ocr, faces });
const full: number[] = [];
for (let i = 0; i < 3; i++) full.push((await analyzeImage(fixture('xray-1024.png'), { decode: decodeNode, ocr, faces })).ms);
await ocr.close();

console.log(JSON.stringify({
  ocrInitMs: round(initMs),
  ocr1024x1024: ocr1024,
  ocr2048x2048: ocr2048,
  fullCheck1024MedianMs: round(median(full)),
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  targets: { ocr1024Under2s: ocr1024.medianMs < 2000 },
  note: 'Node, tesseract.js LSTM (eng, best_int), face-api tiny detector on the CPU backend; the extension runs the same code in an offscreen document.',
}));
