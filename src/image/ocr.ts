import type { Box, Raster } from './types.ts';

export interface OcrWord {
  text: string;
  box: Box;
  /** 0..100 as Tesseract reports it. */
  confidence: number;
  line: number;
}

/** The OCR engine as the analysis sees it; the browser host and the CLI each provide one. */
export interface OcrPort {
  recognize(r: Raster): Promise<OcrWord[]>;
}

/** Minimal shape of a tesseract.js worker's result that we rely on (blocks output enabled). */
export interface TesseractPage {
  blocks: Array<{ paragraphs: Array<{ lines: Array<{ words: Array<{ text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }> }> }> }> | null;
}

export function wordsFromTesseract(page: TesseractPage): OcrWord[] {
  const out: OcrWord[] = [];
  let line = 0;
  for (const b of page.blocks ?? []) {
    for (const p of b.paragraphs) {
      for (const l of p.lines) {
        for (const w of l.words) {
          const text = w.text.trim();
          if (!text) continue;
          const { x0, y0, x1, y1 } = w.bbox;
          out.push({ text, confidence: w.confidence, line, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } });
        }
        line++;
      }
    }
  }
  return out;
}

/** The text the engine reads, with each word's character range so findings map back to boxes. */
export interface OcrText {
  text: string;
  words: Array<OcrWord & { start: number; end: number }>;
}

// Viewers print DICOM person names as FAMILY^GIVEN; Tesseract often reads the caret as a
// quote mark. Put it back so the name rules see the convention they know.
const CARET_LOOKALIKE = /^(\p{Lu}{2,})[”“"’'*`~]+(\p{Lu}{2,})$/u;

/**
 * Drops the noise Tesseract reads into textures (an x-ray's gradient yields short junk
 * lines): a line is kept when it has a confident word with at least two alphanumerics.
 */
export function assembleText(words: readonly OcrWord[], minLineConfidence = 70): OcrText {
  const lines = new Map<number, OcrWord[]>();
  for (const w of words) {
    const arr = lines.get(w.line) ?? [];
    arr.push(w);
    lines.set(w.line, arr);
  }
  let text = '';
  const placed: OcrText['words'] = [];
  for (const ws of lines.values()) {
    const good = ws.some((w) => w.confidence >= minLineConfidence && /[\p{L}\p{N}]{2}/u.test(w.text));
    if (!good) continue;
    if (text) text += '\n';
    ws.forEach((w, i) => {
      if (i > 0) text += ' ';
      const t = w.text.replace(CARET_LOOKALIKE, '$1^$2');
      placed.push({ ...w, text: t, start: text.length, end: text.length + t.length });
      text += t;
    });
  }
  return { text, words: placed };
}
