import type { EditorKind } from '../sites/types.ts';

/** How the content script reads and edits one composer, whatever framework owns it. */
export interface EditorAdapter {
  readonly kind: EditorKind;
  readonly el: HTMLElement;
  /** The text as the site will post it (blocks joined with \n). */
  read(): string;
  /** A DOM range over [start, end) of the text last read, or null (textarea, or stale offsets). */
  range(start: number, end: number): Range | null;
  /** Client rectangles of [start, end), one per line box. */
  rects(start: number, end: number): DOMRect[];
  /**
   * Does the layout that measuring the text will need, ahead of the redraw (a textarea's
   * mirror); absent where the page's own layout is what is measured.
   */
  prepare?(): void;
  /**
   * rects() of many spans at once, for a whole redraw: one layout, however many spans. Spans
   * far (more than the editor's height) outside its visible part may come back empty.
   */
  rectsOf(spans: ReadonlyArray<{ start: number; end: number }>): DOMRect[][];
  /**
   * The text offsets [from, to] within about a screen of the editor's visible part (from > to:
   * none), where rectsOf() measures: a redraw skips the spans outside before asking, and draws
   * them when a scroll brings them near. Absent where every span is drawn.
   */
  near?(): [number, number];
  /** The selection as text offsets, when it is inside the editor. */
  selection(): { start: number; end: number } | null;
  /**
   * Replaces [start, end) (which must still read `expected`) through the editor's own input
   * path so its model, caret and undo stay right. Resolves to whether the text now reads as
   * intended; on failure the text is as it was.
   */
  replace(start: number, end: number, expected: string, replacement: string): Promise<boolean>;
  /**
   * Whether [start, end) of the text last read can be replaced in one edit that leaves the
   * editor's structure alone: any range of a textarea, one text node of a rich editor (a
   * mention, link or line break inside would be flattened into plain text).
   */
  joinable(start: number, end: number): boolean;
}
