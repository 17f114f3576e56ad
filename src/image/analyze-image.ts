import { analyze } from '../engine/index.ts';
import { SEVERITIES, type Policy, type Severity } from '../engine/types.ts';
import { metadataFindings, readTags } from './metadata.ts';
import { assembleText, type OcrPort, type OcrText } from './ocr.ts';
import { downscale, padBox, prepareForOcr, unionBox } from './raster.ts';
import { checkSize, headerSize, sniffKind } from './sniff.ts';
import { ImageError, type Box, type ImageFinding, type ImageReport, type Raster } from './types.ts';

export interface FacePort {
  detect(r: Raster): Promise<Array<{ box: Box; score: number }>>;
}

export interface ImageDeps {
  /** Encoded bytes -> RGBA pixels; throws on a broken file. */
  decode(bytes: Uint8Array): Promise<Raster>;
  ocr?: OcrPort;
  faces?: FacePort;
  policy?: Policy;
  /** Per-step limit; a step that runs out is reported as failed, the others still count. */
  timeoutMs?: number;
}

// Text burned into a medical image is about the patient or the study by construction, so
// a few patterns that are too loose for a post are findings here: the study date, a long
// number, an age/sex tag ("F 67Y"), the institution.
const OVERLAY: ReadonlyArray<{ ruleId: string; textCategory: string; severity: Severity; re: RegExp }> = [
  { ruleId: 'image-overlay-date', textCategory: 'date', severity: 'medium', re: /\b(?:(?:19|20)\d{2}[-/.]?(?:0[1-9]|1[0-2])[-/.]?(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2]|[A-Za-z]{3})[-/.](?:19|20)?\d{2})\b/g },
  { ruleId: 'image-overlay-number', textCategory: 'id', severity: 'medium', re: /\b[A-Z]{0,4}\d{6,}\b/g },
  { ruleId: 'image-overlay-age-sex', textCategory: 'age', severity: 'medium', re: /\b(?:[MF][ /]?\d{1,3}\s?[YyAa]\b|\d{1,3}\s?[YyAa][ /]?[MF]\b|\d{2,3}Y\b)/g },
  { ruleId: 'image-overlay-name', textCategory: 'name', severity: 'high', re: /(?:^|\n)\s*(\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})?(?:\^|, ?)\p{Lu}{2,}(?:\^\p{Lu}+)*)/gu },
  { ruleId: 'image-overlay-institution', textCategory: 'location', severity: 'medium', re: /[^\n]*\b(?:HOSPITAL|HÔPITAL|HOPITAL|CLINIC|CLINIQUE|MEDICAL CENT(?:ER|RE)|HEALTH CENT(?:ER|RE)|CHU|CHUM|INFIRMARY|IMAGING)\b[^\n]*?(?=\s{2,}|\s+(?:CHEST|PA|AP|LAT|CT|MR|US|XR)\b|$)/gmu },
];

const worst = (a: Severity, b: Severity): Severity => (SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b);

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new ImageError('timeout', `${what} took longer than ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e: unknown) => { clearTimeout(t); reject(e); });
  });
}

/**
 * Maps a character range of the OCR text to a box covering the whole line(s) it touches:
 * overlay lines are about the patient end to end, and OCR may have misread the words next
 * to a finding (a surname it split, a digit it dropped).
 */
function boxFor(ocr: OcrText, start: number, end: number, scale: number, size: Raster): Box | undefined {
  const lines = new Set(ocr.words.filter((w) => w.start < end && start < w.end).map((w) => w.line));
  if (lines.size === 0) return undefined;
  const u = unionBox(ocr.words.filter((w) => lines.has(w.line)).map((w) => w.box));
  const scaled = { x: u.x * scale, y: u.y * scale, w: u.w * scale, h: u.h * scale };
  return padBox(scaled, Math.max(2, Math.round((scaled.h / lines.size) * 0.25)), size);
}

export function textFindings(ocr: OcrText, scale: number, size: Raster, policy?: Policy): ImageFinding[] {
  const out: ImageFinding[] = [];
  const push = (ruleId: string, textCategory: string, severity: Severity, confidence: number, start: number, end: number) => {
    const box = boxFor(ocr, start, end, scale, size);
    if (!box) return;
    // Two rules on the same line and kind of thing make one finding: keep the more severe.
    const same = out.find((f) => f.textCategory === textCategory && f.box!.x === box.x && f.box!.y === box.y && f.box!.w === box.w);
    if (same) { same.severity = worst(same.severity, severity); return; }
    out.push({ ruleId, category: 'image-text', textCategory, severity, confidence, box });
  };
  for (const f of analyze(ocr.text, policy ? { policy } : {})) {
    if (f.category === 'claim') continue;
    // In an overlay even an "unlinked" date is the study date: raise info to medium.
    push(f.ruleId, f.category, f.severity === 'info' || f.severity === 'low' ? 'medium' : f.severity, f.confidence, f.start, f.end);
  }
  for (const o of OVERLAY) {
    for (const m of ocr.text.matchAll(o.re)) {
      const lead = m[1] !== undefined ? m[0].indexOf(m[1]) : 0;
      const start = m.index + lead;
      push(o.ruleId, o.textCategory, o.severity, 0.7, start, start + (m[1] ?? m[0]).length);
    }
  }
  return out;
}

/** OCR is slow on big captures; beyond ~4 MP, halve the resolution (overlay text stays legible). */
const OCR_MAX_PIXELS = 4_200_000;
const FACE_MAX_SIDE = 800;

export async function analyzeImage(bytes: Uint8Array, deps: ImageDeps): Promise<ImageReport> {
  const t0 = performance.now();
  const kind = sniffKind(bytes);
  const declared = headerSize(bytes, kind);
  if (declared) checkSize(declared.width, declared.height);
  const tags = await readTags(bytes);
  const findings = metadataFindings(tags, deps.policy);
  let raster: Raster;
  try {
    raster = await deps.decode(bytes);
  } catch (e) {
    if (e instanceof ImageError) throw e;
    throw new ImageError('corrupt', 'The image could not be decoded: it may be truncated or damaged.');
  }
  checkSize(raster.width, raster.height);
  const timeoutMs = deps.timeoutMs ?? 20_000;

  let ocrState: ImageReport['ocr'] = 'skipped';
  if (deps.ocr) {
    try {
      const factor = raster.width * raster.height > OCR_MAX_PIXELS ? 2 : 1;
      const small = downscale(raster, factor);
      const words = await withTimeout(deps.ocr.recognize(prepareForOcr(small)), timeoutMs, 'Reading text in the image');
      findings.push(...textFindings(assembleText(words), factor, raster, deps.policy));
      ocrState = 'done';
    } catch {
      ocrState = 'failed';
    }
  }
  let faceState: ImageReport['faces'] = 'skipped';
  if (deps.faces) {
    try {
      // The detector looks at a 416-pixel grid anyway; handing it a small copy saves most of the time.
      const factor = Math.max(1, Math.floor(Math.max(raster.width, raster.height) / FACE_MAX_SIDE));
      const small = downscale(raster, factor);
      for (const f of await withTimeout(deps.faces.detect(small), timeoutMs, 'Looking for faces')) {
        const box = { x: f.box.x * factor, y: f.box.y * factor, w: f.box.w * factor, h: f.box.h * factor };
        findings.push({ ruleId: 'face', category: 'face', severity: 'high', confidence: f.score, box: padBox(box, Math.round(box.w * 0.15), raster) });
      }
      faceState = 'done';
    } catch {
      faceState = 'failed';
    }
  }
  return { width: raster.width, height: raster.height, findings, ocr: ocrState, faces: faceState, ms: Math.round(performance.now() - t0) };
}
