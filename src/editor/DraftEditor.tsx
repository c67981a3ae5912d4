/**
 * The draft's code editor: CodeMirror 6 with JSON highlighting, line numbers, undo history,
 * search, and strings isolated for bidirectional text so Arabic inside JSON reads correctly.
 * Uncontrolled on purpose: the document lives in CodeMirror and changes are reported out; the
 * page replaces it only when it loads another draft, so typing never re-sets the whole value.
 */
import { defaultKeymap, history, historyKeymap, isolateHistory } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bidiIsolates, bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState, type ChangeSpec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef, type Ref } from 'react';

export interface EditorHandle {
  /** Selects [from, to) and puts the keyboard focus in the editor, scrolled into view. */
  focusAt(from: number, to?: number): void;
  /** Replaces the whole text (loading another draft); undo can bring the old text back. */
  replaceAll(text: string): void;
  /** Applies edits expressed in offsets of the current text. */
  applyChanges(changes: readonly { from: number; to: number; insert: string }[]): void;
}

interface Props {
  initialText: string;
  onChange: (text: string) => void;
  diagnostics: readonly Diagnostic[];
  /** Accessible name of the editing area. */
  label: string;
  /** Id of the element describing the editor (keyboard hint). */
  describedBy?: string;
  placeholderText: string;
  handle: Ref<EditorHandle | null>;
}

/**
 * JSON colours for every theme: light-dark() picks by the page's colour scheme (the sepia theme is
 * light), each pair at least 4.5:1 against its paper (WCAG AA).
 */
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--code-key)' },
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: tags.number, color: 'var(--code-number)' },
  { tag: [tags.bool, tags.null, tags.keyword], color: 'var(--code-keyword)' },
]);

const theme = EditorView.theme({
  '&': {
    height: '100%',
    backgroundColor: 'var(--paper)',
    color: 'var(--ink)',
    fontSize: '0.9rem',
    '--code-key': 'light-dark(#6d2a7e, #e2b0f0)',
    '--code-string': 'light-dark(#0a5f27, #93d9a5)',
    '--code-number': 'light-dark(#8a4200, #f2b877)',
    '--code-keyword': 'var(--accent)',
  },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, "Sahifa Naskh", "Noto Naskh Arabic", monospace',
    lineHeight: '1.7',
  },
  '.cm-content': { caretColor: 'var(--ink)' },
  // A right-to-left line (perLineTextDirection) starts at the right edge.
  '.cm-line': { textAlign: 'start' },
  '.cm-gutters': { backgroundColor: 'var(--paper)', color: 'var(--muted)', borderInlineEnd: '1px solid var(--rule)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--mark) 45%, transparent)' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '-2px' },
  '.cm-placeholder': { color: 'var(--muted)' },
});

export function DraftEditor({ initialText, onChange, diagnostics, label, describedBy, placeholderText, handle }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const state = EditorState.create({
      doc: initialText,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        bracketMatching(),
        json(),
        bidiIsolates(),
        syntaxHighlighting(highlight),
        lintGutter(),
        EditorView.lineWrapping,
        // Each line takes the direction of its first strong letter: JSON lines stay left-to-right, a
        // plain-text draft's Arabic lines read right-to-left.
        EditorView.perLineTextDirection.of(true),
        placeholder(placeholderText),
        // Tab is left to the browser, so keyboard users can leave the editor.
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
        theme,
        EditorView.contentAttributes.of({
          'data-testid': 'draft-editor',
          'aria-label': label,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          // Focusable content also makes the scrolling area reachable by keyboard (axe scrollable-region-focusable).
          tabindex: '0',
          spellcheck: 'false',
        }),
        // A file dropped on the editor opens as a new draft (the page's drop handler); the editor must
        // not also read it and insert its text into the draft under it.
        EditorView.domEventHandlers({ drop: (event) => (event.dataTransfer?.files.length ?? 0) > 0 }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChangeRef.current(update.state.doc.toString());
        }),
      ],
    });
    const v = new EditorView({ state, parent: host.current! });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // The editor is created once; later text comes through the handle, labels through their own effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.contentDOM.setAttribute('aria-label', label);
  }, [label]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const length = v.state.doc.length;
    // Diagnostics computed for an older text may point past the end: clamp rather than throw.
    const clamped = diagnostics.map((d) => ({ ...d, from: Math.min(d.from, length), to: Math.min(Math.max(d.to, d.from), length) }));
    v.dispatch(setDiagnostics(v.state, clamped));
  }, [diagnostics]);

  useEffect(() => {
    const api: EditorHandle = {
      focusAt(from, to = from) {
        const v = view.current;
        if (!v) return;
        const length = v.state.doc.length;
        const range = EditorSelection.range(Math.min(from, length), Math.min(to, length));
        v.dispatch({ selection: range, effects: EditorView.scrollIntoView(range, { y: 'center' }) });
        v.focus();
      },
      replaceAll(text) {
        const v = view.current;
        if (!v) return;
        // Its own undo step: undo right after (say, after "convert to JSON") brings back exactly what was there.
        v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text }, selection: EditorSelection.cursor(0), annotations: isolateHistory.of('full') });
      },
      applyChanges(changes) {
        const v = view.current;
        if (!v) return;
        v.dispatch({ changes: changes as ChangeSpec[], annotations: isolateHistory.of('full') });
      },
    };
    if (typeof handle === 'function') handle(api);
    else if (handle) handle.current = api;
  }, [handle]);

  return <div ref={host} className="h-full min-h-0" />;
}
