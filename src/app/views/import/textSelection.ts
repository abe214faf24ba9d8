// The selection inside a report's full text as offsets into the report: the viewer renders the
// text as its pieces in order (ReportFullText), so the characters before a point in the DOM are
// exactly the characters before it in the report. And a keyboard caret for that text: focused,
// the arrows move it and Shift+arrows select, as in an editor (Selection.modify).

export interface TextRange {
  start: number;
  end: number;
}

function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The current selection's offsets in the container's text, or null when none lies inside it. */
export function selectionIn(container: HTMLElement): TextRange | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = offsetIn(container, range.startContainer, range.startOffset);
  const end = offsetIn(container, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

const MOVES: Readonly<Record<string, ['forward' | 'backward', 'character' | 'line' | 'word']>> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
};

/**
 * Keyboard selection in a focusable, read-only text: arrows move a caret, Shift+arrows extend the
 * selection, Ctrl/Alt+arrows by word. Returns whether the key was handled.
 */
export function caretKey(container: HTMLElement, event: KeyboardEvent): boolean {
  const move = MOVES[event.key];
  if (!move) return false;
  const selection = window.getSelection();
  if (!selection) return false;
  const inside = selection.rangeCount > 0 && container.contains(selection.getRangeAt(0).startContainer);
  if (!inside) {
    // Start at the beginning of the text the first time.
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode();
    if (!first) return false;
    selection.collapse(first, 0);
    if (!event.shiftKey) return true;
  }
  const [direction, unit] = move;
  const granularity = (event.ctrlKey || event.altKey) && unit === 'character' ? 'word' : unit;
  selection.modify(event.shiftKey ? 'extend' : 'move', direction, granularity);
  return true;
}
