// uBlock's discipline (aesthetics.md §5): the MutationObserver callback only records what
// was added or removed; one handler runs per animation frame with everything recorded since
// the last one. Sites like X stream thousands of mutations while scrolling; doing work per
// callback would cost the page more than the check itself.

export interface WatchBatch {
  added: Element[];
  removed: boolean;
}

export function watch(root: Node, onBatch: (b: WatchBatch) => void, signal: AbortSignal): void {
  let added: Element[] = [];
  let removed = false;
  let scheduled = 0;

  const flush = () => {
    scheduled = 0;
    const batch = { added, removed };
    added = [];
    removed = false;
    onBatch(batch);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target instanceof Element) added.push(r.target);
        continue;
      }
      for (const n of r.addedNodes) if (n instanceof Element) added.push(n);
      if (r.removedNodes.length) removed = true;
    }
    if (!scheduled && (added.length || removed)) scheduled = requestAnimationFrame(flush);
  });
  // contenteditable is an attribute: sites flip it on an existing node when a composer opens.
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (scheduled) cancelAnimationFrame(scheduled);
  }, { once: true });
}
