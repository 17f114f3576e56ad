import { fileToBase64, fromBase64 } from '../../image/base64.ts';
import type { ImageRequest, ImageResponse } from '../../image/service.ts';
import type { ImageFinding } from '../../image/types.ts';
import { browser } from '../../shared/platform.ts';
import type { CheckedImage, ImageChoice } from './dialog.ts';
import { setImageUiSignal } from './host.ts';
import { keepImage } from './kept.ts';

// Images reach a composer three ways: its file input, a paste, a drop. We take each in the
// capture phase on window, before the site's handlers (React's root listeners included),
// check the images, then hand the site what the user chose by re-dispatching the same kind
// of event. An image is never silently dropped or silently passed: a failed check asks.

const MAX_ANALYSIS_MS = 45_000;
/** Events and inputs we re-dispatch ourselves must go through untouched. */
const ours = new WeakSet<Event>();
const bypassInputs = new WeakSet<HTMLInputElement>();

export interface ImageCheckListener {
  /** Called with what each attached image held, for the panel, the gate and the popup (no pixels, no text). */
  (findings: Array<{ image: number; findings: ImageFinding[] }>): void;
}

const isImage = (f: File) => f.type.startsWith('image/') || /\.(jpe?g|png|gif|webp|heic|heif|avif|bmp)$/i.test(f.name);

function send(req: ImageRequest): Promise<ImageResponse> {
  return Promise.race([
    browser.runtime.sendMessage(req) as Promise<ImageResponse>,
    new Promise<ImageResponse>((resolve) =>
      setTimeout(() => resolve({ ok: false, code: 'timeout', message: 'timeout' }), MAX_ANALYSIS_MS)),
  ]).catch((): ImageResponse => ({ ok: false, code: 'failed', message: 'no answer' }));
}

export async function cleaned(file: File, choice: Extract<ImageChoice, { kind: 'clean' }>): Promise<File | null> {
  const res = await send({ type: 'image-clean', data: await fileToBase64(file), boxes: choice.boxes });
  if (!res.ok || !('data' in res)) return null;
  const bytes = fromBase64(res.data);
  const ext = res.mime === 'image/png' ? '.png' : '.jpg';
  const name = file.name.replace(/\.[^.]+$/, '') + ext;
  return new File([bytes], name, { type: res.mime, lastModified: Date.now() });
}

/**
 * Checks every image in `files` and returns the files the site should receive, in order,
 * or null when the user chose not to attach. Non-image files pass through untouched.
 */
export async function checkFiles(files: readonly File[], onFindings?: ImageCheckListener, resend?: (copy: File) => boolean): Promise<File[] | null> {
  const images = files.filter(isImage);
  if (images.length === 0) return [...files];
  // The dialog's code loads with the first image, not with every page.
  // The strings come with it: the translation table is not part of every page's first load.
  const [{ ImageDialog }, { uiLang }] = await Promise.all([import('./dialog.ts'), import('../../shared/i18n.ts')]);
  const dialog = new ImageDialog();
  try {
    const out: File[] = [];
    const summary: Array<{ image: number; findings: ImageFinding[] }> = [];
    let index = 0;
    for (const file of files) {
      if (!isImage(file)) { out.push(file); continue; }
      index++;
      dialog.progress(index, images.length);
      const res = await send({ type: 'image-analyze', data: await fileToBase64(file), lang: uiLang() });
      const checked: CheckedImage = res.ok && 'report' in res ? { file, report: res.report } : { file, error: res.ok ? 'failed' : res.code };
      const findings = checked.report?.findings ?? [];
      summary.push({ image: index, findings });
      if (checked.report && findings.length === 0) { out.push(file); continue; }
      let choice = await dialog.choose(checked);
      while (choice.kind === 'clean') {
        const copy = await cleaned(file, choice);
        if (copy) { out.push(copy); break; }
        // Cleaning failed: say so and ask again rather than pass the original silently.
        choice = await dialog.choose({ file, error: 'failed' });
      }
      if (choice.kind === 'cancel') return null;
      if (choice.kind === 'original') {
        out.push(file);
        if (checked.report && findings.length) keepImage(file, findings, checked.report, resend);
      }
    }
    onFindings?.(summary);
    return out;
  } finally {
    dialog.close();
  }
}

function dataTransferOf(files: readonly File[]): DataTransfer {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  return dt;
}

/**
 * Firefox keeps a page's handlers from seeing files an extension put in a DataTransfer (each
 * item carries the principal that added it), and empties the files of any paste made by
 * script; a file input's files, set by us, the page does read. There a pasted or dropped
 * image goes back in through the composer's own file input, as if picked with its photo button.
 */
const HANDS_FILES_TO_INPUTS = __BROWSER__ === 'firefox';

function giveToInput(input: HTMLInputElement, files: readonly File[]): void {
  input.files = dataTransferOf(files).files;
  bypassInputs.add(input);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The file input of the composer around `from` that takes images, if there is one. */
function fileInputNear(from: EventTarget): HTMLInputElement | null {
  for (let el = from instanceof Element ? from : null; el; el = el.parentElement) {
    const input = el.querySelector<HTMLInputElement>('input[type="file"]');
    if (input && (!input.accept || /image/.test(input.accept))) return input;
    if (el.matches('[role="dialog"], dialog, form')) break;
  }
  return null;
}

/** Installs the capture listeners; the returned signal's abort removes them. */
export function interceptImages(signal: AbortSignal, inScope: (target: EventTarget | null) => boolean, onFindings?: ImageCheckListener): void {
  const opts = { capture: true, signal } as const;
  setImageUiSignal(signal);

  window.addEventListener('change', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
    if (bypassInputs.has(input)) { bypassInputs.delete(input); return; }
    if (!inScope(input) || ![...input.files].some(isImage)) return;
    e.stopImmediatePropagation();
    const files = [...input.files];
    const hand = (chosen: readonly File[]) => giveToInput(input, chosen);
    // A cleaned copy made later, from the panel, goes in through the same input if it is still there.
    const resend = (copy: File) => { if (!input.isConnected) return false; hand([copy]); return true; };
    void checkFiles(files, onFindings, resend).then((chosen) => {
      if (!chosen || chosen.length === 0) { input.value = ''; return; }
      hand(chosen);
    });
  }, opts);

  const hold = (kind: 'paste' | 'drop') => (e: Event) => {
    if (ours.has(e)) return;
    const dt = kind === 'paste' ? (e as ClipboardEvent).clipboardData : (e as DragEvent).dataTransfer;
    const files = dt ? [...dt.files] : [];
    if (!files.some(isImage) || !inScope(e.target)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = e.target as EventTarget;
    const at = kind === 'drop' ? { clientX: (e as DragEvent).clientX, clientY: (e as DragEvent).clientY } : {};
    // Text pasted along with the image still belongs to the user: it goes through with the files.
    const text = kind === 'paste' ? dt?.getData('text/plain') ?? '' : '';
    const hand = (chosen: readonly File[], withText: string) => {
      const input = HANDS_FILES_TO_INPUTS && chosen.length ? fileInputNear(target) : null;
      if (input) giveToInput(input, chosen);
      const carried = input ? [] : chosen;
      if (carried.length === 0 && !withText) return;
      const out = dataTransferOf(carried);
      if (withText) out.setData('text/plain', withText);
      const init = { bubbles: true, cancelable: true, composed: true };
      const again = kind === 'paste'
        ? new ClipboardEvent('paste', { ...init, clipboardData: out })
        : new DragEvent('drop', { ...init, ...at, dataTransfer: out });
      ours.add(again);
      target.dispatchEvent(again);
    };
    const resend = (copy: File) => {
      if (!(target instanceof Node) || !target.isConnected) return false;
      hand([copy], '');
      return true;
    };
    void checkFiles(files, onFindings, resend).then((chosen) => {
      if (!chosen || (chosen.length === 0 && !text)) return;
      hand(chosen, text);
    });
  };
  window.addEventListener('paste', hold('paste'), opts);
  window.addEventListener('drop', hold('drop'), opts);
}
