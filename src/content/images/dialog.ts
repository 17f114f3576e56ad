import type { Box, ImageFinding, ImageReport } from '../../image/types.ts';
import { t } from '../../shared/i18n.ts';
import { describeImageFinding, errorText } from './describe.ts';
import { uiRoot } from './host.ts';

// The image dialog: progress while the checks run, then what was found with the boxes
// drawn over a thumbnail, and the choice of what the site receives. A native <dialog>
// opened modally gives focus trapping, Escape and the top layer for free.

export type ImageChoice = { kind: 'clean'; boxes: Box[] } | { kind: 'original' } | { kind: 'cancel' };

export interface CheckedImage {
  file: File;
  report?: ImageReport;
  /** Error code when the check failed (timeout, corrupt...). */
  error?: string;
}

const STYLE = `
dialog { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 0; border-radius: 12px;
  box-shadow: 0 12px 40px rgb(0 0 0 / .3); padding: 20px; max-width: min(640px, 94vw); }
dialog::backdrop { background: rgb(0 0 0 / .45); }
h2 { font-size: 17px; margin: 0 0 12px; }
p { margin: 8px 0; }
progress { width: 100%; }
ul { margin: 8px 0; padding-left: 20px; }
.stage { position: relative; display: inline-block; max-width: 100%; user-select: none; touch-action: none; }
.stage img, .stage canvas { display: block; max-width: min(580px, 88vw); max-height: 52vh; }
.box { position: absolute; outline: 2px solid #d93025; background: rgb(217 48 37 / .18); box-sizing: border-box; cursor: move; }
.box:focus-visible { outline: 3px solid #1a73e8; }
.box .grip { position: absolute; right: -6px; bottom: -6px; width: 12px; height: 12px; background: #d93025; cursor: nwse-resize; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 16px; justify-content: flex-end; }
button { font: inherit; padding: 7px 14px; border-radius: 8px; border: 1px solid #888; background: #fff; color: #1b1b1b; cursor: pointer; }
button.primary { background: #0b6e4f; border-color: #0b6e4f; color: #fff; }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.hint { color: #555; font-size: 12px; }
.sev-high { color: #b3261e; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  dialog { background: #202124; color: #e8eaed; } button { background: #303134; color: #e8eaed; } .hint { color: #bdc1c6; }
}`;

/** One box per painted area: several findings on one overlay line share its box and its label. */
function boxedFindings(findings: readonly ImageFinding[]): Array<{ box: Box; label: string }> {
  const out: Array<{ box: Box; label: string }> = [];
  for (const f of findings) {
    if (!f.box) continue;
    const same = out.find((o) => o.box.x === f.box!.x && o.box.y === f.box!.y && o.box.w === f.box!.w && o.box.h === f.box!.h);
    if (same) same.label += `, ${describeImageFinding(f)}`;
    else out.push({ box: f.box, label: describeImageFinding(f) });
  }
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export class ImageDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly body: HTMLDivElement;
  private readonly title: HTMLHeadingElement;
  private readonly urls: string[] = [];

  /**
   * `later`: the image is already with the site (kept earlier, reviewed from the panel or the
   * gate), so the choices are to attach a cleaned copy beside it or to leave things as they are.
   */
  constructor(private readonly later = false) {
    const root = uiRoot();
    if (!root.querySelector('style[data-ctp-images]')) {
      const style = el('style', { textContent: STYLE });
      style.dataset.ctpImages = '';
      root.append(style);
    }
    this.title = el('h2', { id: 'ctp-img-title', textContent: t('img_dialog_title') });
    this.body = el('div');
    this.dialog = el('dialog', {}, this.title, this.body);
    this.dialog.setAttribute('aria-labelledby', 'ctp-img-title');
    this.dialog.dataset.ctp = 'image-dialog';
    root.append(this.dialog);
  }

  progress(index: number, total: number): void {
    const label = t('img_checking', index, total);
    const bar = el('progress');
    bar.setAttribute('aria-label', label);
    this.body.replaceChildren(el('p', { textContent: label }), bar, el('p', { className: 'hint', textContent: t('img_step_text') }));
    this.body.setAttribute('aria-busy', 'true');
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Shows one image's result and resolves with the user's choice. */
  choose(img: CheckedImage): Promise<ImageChoice> {
    this.body.removeAttribute('aria-busy');
    // A review from the panel or the gate has no progress step before it.
    if (!this.dialog.open) this.dialog.showModal();
    return new Promise((resolve) => {
      const done = (c: ImageChoice) => { this.dialog.removeEventListener('cancel', onCancel); resolve(c); };
      const onCancel = (e: Event) => { e.preventDefault(); done({ kind: 'cancel' }); };
      this.dialog.addEventListener('cancel', onCancel);
      if (!img.report) {
        this.body.replaceChildren(
          el('p', { role: 'alert', textContent: errorText(img.error ?? 'failed') }),
          this.actions(this.later
            ? [[t('imgpanel_close'), () => done({ kind: 'cancel' }), true]]
            : [
              [t('img_cancel'), () => done({ kind: 'cancel' }), true],
              [t('img_use_original_anyway'), () => done({ kind: 'original' })],
            ]),
        );
        this.focusFirst();
        return;
      }
      const findings = img.report.findings;
      const boxed = boxedFindings(findings);
      const boxes = boxed.map((b) => b.box);
      const list = el('ul', {}, ...findings.map((f) => el('li', { className: f.severity === 'high' ? 'sev-high' : '', textContent: describeImageFinding(f) })));
      this.body.replaceChildren(
        el('p', { role: 'status', textContent: t('img_found', findings.length) }),
        this.stage(img.file, boxed.map((b) => ({ ...b.box, label: b.label })), false),
        list,
        el('p', { className: 'hint', textContent: t(this.later ? 'imgpanel_later_hint' : 'img_use_clean_hint') }),
        this.actions(this.later
          ? [
            [t('imgpanel_keep'), () => done({ kind: 'original' })],
            [t('img_review'), () => { void this.review(img, findings).then(done); }],
            [t('imgpanel_attach_clean'), () => done({ kind: 'clean', boxes }), true],
          ]
          : [
            [t('img_cancel'), () => done({ kind: 'cancel' })],
            [t('img_use_original'), () => done({ kind: 'original' })],
            [t('img_review'), () => { void this.review(img, findings).then(done); }],
            [t('img_use_clean'), () => done({ kind: 'clean', boxes }), true],
          ]),
      );
      this.focusFirst('.primary');
    });
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
    this.dialog.remove();
    for (const u of this.urls) URL.revokeObjectURL(u);
  }

  private actions(buttons: Array<[string, () => void, boolean?]>): HTMLDivElement {
    return el('div', { className: 'actions' }, ...buttons.map(([label, onClick, primary]) =>
      el('button', { type: 'button', textContent: label, className: primary ? 'primary' : '', onclick: onClick })));
  }

  private focusFirst(selector = 'button'): void {
    this.body.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The image with its boxes; editable boxes can be moved, resized, removed and drawn. */
  private stage(file: File, boxes: Array<Box & { label: string }>, editable: boolean): HTMLDivElement {
    const url = URL.createObjectURL(file);
    this.urls.push(url);
    const img = el('img', { src: url, alt: t('img_thumbnail'), draggable: false });
    const stage = el('div', { className: 'stage' }, img);
    const place = () => {
      const k = img.clientWidth / (img.naturalWidth || 1);
      stage.querySelectorAll<HTMLElement>('.box').forEach((node, i) => {
        const b = boxes[i]!;
        Object.assign(node.style, { left: `${b.x * k}px`, top: `${b.y * k}px`, width: `${b.w * k}px`, height: `${b.h * k}px` });
      });
    };
    const render = () => {
      stage.querySelectorAll('.box').forEach((n) => n.remove());
      boxes.forEach((b, i) => {
        const node = el('div', { className: 'box' });
        if (editable) {
          node.tabIndex = 0;
          node.setAttribute('role', 'button');
          node.setAttribute('aria-label', t('img_box_label', i + 1, b.label));
          node.append(el('div', { className: 'grip' }));
          node.addEventListener('keydown', (e) => this.keyBox(e, boxes, i, img, render));
          node.addEventListener('pointerdown', (e) => this.dragBox(e, boxes[i]!, img, place, (e.target as HTMLElement).classList.contains('grip') ? 'resize' : 'move'));
        }
        stage.append(node);
      });
      place();
    };
    img.addEventListener('load', render);
    if (editable) {
      stage.addEventListener('pointerdown', (e) => {
        if (e.target !== img) return;
        const k = img.naturalWidth / img.clientWidth;
        const r = img.getBoundingClientRect();
        const b = { x: (e.clientX - r.left) * k, y: (e.clientY - r.top) * k, w: 1, h: 1, label: t('img_user_box') };
        boxes.push(b);
        render();
        this.dragBox(e, b, img, place, 'resize');
      });
    }
    (stage as HTMLDivElement & { rerender?: () => void }).rerender = render;
    return stage;
  }

  private dragBox(e: PointerEvent, b: Box, img: HTMLImageElement, place: () => void, mode: 'move' | 'resize'): void {
    e.preventDefault();
    e.stopPropagation();
    const k = img.naturalWidth / img.clientWidth;
    const start = { x: e.clientX, y: e.clientY, b: { ...b } };
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture?.(e.pointerId);
    const move = (m: PointerEvent) => {
      const dx = (m.clientX - start.x) * k;
      const dy = (m.clientY - start.y) * k;
      if (mode === 'move') {
        b.x = Math.min(Math.max(0, start.b.x + dx), img.naturalWidth - b.w);
        b.y = Math.min(Math.max(0, start.b.y + dy), img.naturalHeight - b.h);
      } else {
        b.w = Math.max(4, Math.min(img.naturalWidth - b.x, start.b.w + dx));
        b.h = Math.max(4, Math.min(img.naturalHeight - b.y, start.b.h + dy));
      }
      place();
    };
    const up = () => { target.removeEventListener('pointermove', move); target.removeEventListener('pointerup', up); };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  }

  private keyBox(e: KeyboardEvent, boxes: Box[], i: number, img: HTMLImageElement, render: () => void): void {
    const b = boxes[i]!;
    const step = Math.max(2, Math.round(img.naturalWidth / 100)) * (e.altKey ? 5 : 1);
    const d: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (e.key === 'Delete' || e.key === 'Backspace') {
      boxes.splice(i, 1);
      render();
      (img.parentElement?.querySelector<HTMLElement>('.box') ?? img.closest('dialog')?.querySelector<HTMLElement>('button'))?.focus();
    } else if (d[e.key]) {
      const [dx, dy] = d[e.key]!;
      if (e.shiftKey) { b.w = Math.max(4, b.w + dx); b.h = Math.max(4, b.h + dy); } else { b.x = Math.max(0, b.x + dx); b.y = Math.max(0, b.y + dy); }
      render();
      img.parentElement?.querySelectorAll<HTMLElement>('.box')[i]?.focus();
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  private review(img: CheckedImage, findings: ImageFinding[]): Promise<ImageChoice> {
    return new Promise((resolve) => {
      const boxes = boxedFindings(findings).map((b) => ({ ...b.box, label: b.label }));
      const stage = this.stage(img.file, boxes, true) as HTMLDivElement & { rerender: () => void };
      this.body.replaceChildren(
        el('p', { className: 'hint', textContent: t('img_review_help') }),
        stage,
        this.actions([
          [t(this.later ? 'imgpanel_keep' : 'img_cancel'), () => resolve(this.later ? { kind: 'original' } : { kind: 'cancel' })],
          [t('img_add_box'), () => {
            const i = stage.querySelector('img')!;
            boxes.push({ x: i.naturalWidth * 0.4, y: i.naturalHeight * 0.4, w: i.naturalWidth * 0.2, h: i.naturalHeight * 0.1, label: t('img_user_box') });
            stage.rerender();
            stage.querySelectorAll<HTMLElement>('.box')[boxes.length - 1]?.focus();
          }],
          [t('img_accept_boxes'), () => resolve({ kind: 'clean', boxes: boxes.map(({ x, y, w, h }) => ({ x, y, w, h })) }), true],
        ]),
      );
      this.focusFirst('.box, .primary');
    });
  }
}
