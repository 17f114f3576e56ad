import type { EditorKind } from '../sites/types.ts';
import type { EditorAdapter } from './types.ts';
import { contentEditableAdapter } from './contenteditable.ts';
import { textareaAdapter } from './textarea.ts';

export type { EditorAdapter } from './types.ts';

/** Draft.js, Lexical, ProseMirror and Quill share the reader; they differ in the quirks table. */
export function adapterFor(el: HTMLElement, kind: EditorKind): EditorAdapter {
  if (el instanceof HTMLTextAreaElement) return textareaAdapter(el);
  return contentEditableAdapter(el, kind === 'textarea' ? 'contenteditable' : kind);
}
