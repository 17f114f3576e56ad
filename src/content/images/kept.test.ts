import { describe, expect, test } from 'vitest';
import type { ImageFinding } from '../../image/types.ts';
import { clearKeptImages, dropKeptImage, imageNumber, keepImage, keptImage, keptImages, markCleanedLater, onKeptImagesChange } from './kept.ts';
import { findingBoxes, thumbSize } from './thumb.ts';

const box = { x: 10, y: 20, w: 100, h: 30 };
const findings: ImageFinding[] = [
  { ruleId: 'image-overlay-name', category: 'image-text', textCategory: 'name', severity: 'high', confidence: 0.7, box },
  { ruleId: 'image-overlay-number', category: 'image-text', textCategory: 'id', severity: 'medium', confidence: 0.7, box: { ...box } },
  { ruleId: 'exif-gps', category: 'image-metadata', severity: 'high', confidence: 1, fields: ['latitude'] },
  { ruleId: 'face', category: 'face', severity: 'high', confidence: 0.9, box: { x: 300, y: 300, w: 50, h: 50 } },
];
const file = () => new File([new Uint8Array([1, 2, 3])], 'scan.png', { type: 'image/png' });

describe('kept images', () => {
  test('are numbered in the order attached, dropped one by one, and tell their listeners', () => {
    const ac = new AbortController();
    let calls = 0;
    onKeptImagesChange(() => calls++, ac.signal);
    const a = keepImage(file(), findings, { width: 1000, height: 500 });
    const b = keepImage(file(), findings.slice(2), { width: 800, height: 600 }, () => true);
    expect(keptImages().map(imageNumber)).toEqual([1, 2]);
    expect(keptImage(b.id)?.resend?.(file())).toBe(true);
    markCleanedLater(b.id);
    markCleanedLater(b.id);
    expect(keptImage(b.id)?.cleanedLater).toBe(true);
    expect(dropKeptImage(a.id)).toBe(a);
    expect(dropKeptImage(a.id)).toBeUndefined();
    expect(imageNumber(b)).toBe(1);
    expect(calls).toBe(4);
    clearKeptImages();
    expect(keptImages()).toEqual([]);
    ac.abort();
    keepImage(file(), findings, { width: 10, height: 10 });
    expect(calls).toBe(5);
    clearKeptImages();
  });

  test('thumbnails keep the aspect ratio within 160 pixels and outline each box once', () => {
    expect(thumbSize({ width: 1000, height: 500 })).toEqual({ width: 160, height: 80, scale: 0.16 });
    expect(thumbSize({ width: 90, height: 120 })).toEqual({ width: 90, height: 120, scale: 1 });
    expect(findingBoxes({ findings })).toEqual([box, { x: 300, y: 300, w: 50, h: 50 }]);
    expect(findingBoxes({ findings: findings.slice(2, 3) })).toEqual([]);
  });
});
