import { ImageDialog } from './dialog.ts';
import { cleaned } from './intercept.ts';
import { markCleanedLater, type KeptImage } from './kept.ts';

// A kept image reviewed again from the composer's panel or the gate. It is already with the
// site and we cannot take it back out of the post, so the useful outcome is a cleaned copy
// attached the way the original went; the user then removes the original with the site's
// own button, and the entry says so until they confirm.

export type ReviewOutcome = 'cleaned' | 'kept' | 'resend-failed';

export async function reviewKept(k: KeptImage): Promise<ReviewOutcome> {
  const dialog = new ImageDialog(true);
  try {
    const report = { width: k.width, height: k.height, findings: [...k.findings], ocr: 'done' as const, faces: 'done' as const, ms: 0 };
    let choice = await dialog.choose({ file: k.file, report });
    while (choice.kind === 'clean') {
      const copy = await cleaned(k.file, choice);
      if (copy) {
        if (!k.resend?.(copy)) return 'resend-failed';
        markCleanedLater(k.id);
        return 'cleaned';
      }
      // Cleaning failed: say so, and leave the choice with the user.
      choice = await dialog.choose({ file: k.file, error: 'failed' });
    }
    return 'kept';
  } finally {
    dialog.close();
  }
}
