/**
 * Bidi isolation for the strings of an article JSON draft. CodeMirror's `bidiIsolates()` isolates a
 * whole string token, its quotation marks included, so an Arabic string is laid out right to left
 * with its marks: the opening `"` lands at the right end of the string and, once a long string wraps
 * on a phone, at the right end of its first visual line, far from the `[` or `:` it follows. Here
 * only the inside of each string is isolated (with `dir="auto"`, as UAX #9 rule P2 would pick), so
 * the marks stay where the left-to-right code puts them, next to the punctuation they belong to,
 * and the Arabic between them still reads in its own order.
 */
import { syntaxTree } from '@codemirror/language';
import { Prec, RangeSetBuilder, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

const inside = Decoration.mark({ class: 'cm-iso', inclusive: true, attributes: { dir: 'auto' }, bidiIsolate: null });

/** The syntax nodes of @lezer/json that hold a quoted string. */
const STRING_NODES = new Set(['String', 'PropertyName']);

/** The ranges [from, to) between the quotation marks of every string of `state` that meets `ranges`. */
export function stringInteriors(state: EditorState, ranges: readonly { from: number; to: number }[]): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  const tree = syntaxTree(state);
  for (const { from, to } of ranges) {
    tree.iterate({
      from,
      to,
      enter: (node) => {
        if (!STRING_NODES.has(node.name)) return;
        const start = node.from + 1;
        const end = node.to - 1;
        const last = found[found.length - 1];
        // An empty string has nothing to isolate; the parser's recovery never yields overlapping strings,
        // but the builder needs them in order, so check.
        if (end > start && state.sliceDoc(end, node.to) === '"' && (!last || start >= last.to)) found.push({ from: start, to: end });
        return false;
      },
    });
  }
  return found;
}

function build(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of stringInteriors(view.state, view.visibleRanges)) builder.add(from, to, inside);
  return builder.finish();
}

/** The extension: isolates the inside of every visible JSON string. */
export const jsonStringIsolates = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = build(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged || syntaxTree(update.state) !== syntaxTree(update.startState)) this.decorations = build(update.view);
    }
  },
  {
    provide: (plugin) => {
      const access = (view: EditorView) => view.plugin(plugin)?.decorations ?? Decoration.none;
      return [EditorView.outerDecorations.of(access), Prec.lowest(EditorView.bidiIsolatedRanges.of(access))];
    },
  },
);
