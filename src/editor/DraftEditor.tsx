/**
 * The draft's editor: CodeMirror 6 with JSON highlighting, line numbers, undo history and search.
 * A plain-text draft is prose: edited right to left or left to right line by line (each line in
 * the direction of its first letter), in the article's text face. Article JSON is code: left to
 * right in a monospace face, the inside of its strings isolated so that Arabic reads correctly between
 * quotation marks that stay beside the code's punctuation (json-isolates.ts).
 * Uncontrolled on purpose: the document lives in CodeMirror and changes are reported out; the
 * page replaces it only when it loads another draft, so typing never re-sets the whole value.
 */
import { defaultKeymap, history, historyKeymap, isolateHistory } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorSelection, EditorState, Facet, RangeSetBuilder, StateField, type ChangeSpec, type Extension } from '@codemirror/state';
import {
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  placeholder,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef, type Ref } from 'react';
import { jsonStringIsolates } from './json-isolates';
import { draftLayout, lineDirection, type DraftLayout, type TextDirection } from './text-direction';

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
  /** The UI language's direction: an empty draft's, so that the placeholder reads correctly. */
  direction: TextDirection;
  /**
   * A paste that carries HTML (from Word, Google Docs, a web page): `wholeDraft` when it would replace the
   * whole text (an empty draft, or all of it selected). True when the page took it (it imported the HTML);
   * false lets the editor paste the plain text as usual.
   */
  onPasteHtml?: (html: string, wholeDraft: boolean) => boolean;
  /** How the gutter writes line numbers (the reader's digits in the Arabic UI). */
  formatNumber: (n: number) => string;
  /** CodeMirror's own wording (search panel, lint panel) in the UI language; English when empty. */
  phrases: Readonly<Record<string, string>>;
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

/**
 * Prose: the article's text face (tailwind.config.ts, `font-article`) for Arabic, Persian and Urdu,
 * then the UI's sans-serif faces, which have Latin and Hebrew.
 */
const PROSE_FACE = '"Sahifa Naskh", "Noto Naskh Arabic", system-ui, "Segoe UI", Tahoma, "Noto Sans Hebrew", "DejaVu Sans", sans-serif';
/**
 * Code: a monospace face, after the Arabic text face. A monospace face draws Arabic letters in
 * cells of one width, apart and barely joined (DejaVu Sans Mono does), so Arabic in a JSON string
 * takes the text face; "Sahifa Naskh" can come first because its unicode-range (src/app/app.css)
 * holds only Arabic letters, digits and marks, « », dashes and the bidi marks: every other
 * character of the JSON, the spaces included, stays monospace.
 */
const CODE_FACE = '"Sahifa Naskh", ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace';

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
  '.cm-scroller': { fontFamily: CODE_FACE, lineHeight: '1.7', letterSpacing: 'normal' },
  '&.cm-draft-prose': { fontSize: '1.05rem' },
  '&.cm-draft-prose .cm-scroller': { fontFamily: PROSE_FACE, lineHeight: '1.9' },
  '.cm-content': { caretColor: 'var(--ink)' },
  // Each line starts at the edge its own direction starts from (the lines' dir, perLineTextDirection).
  '.cm-line': { textAlign: 'start', paddingInline: '0.5rem' },
  '.cm-gutters': { backgroundColor: 'var(--paper)', color: 'var(--muted)', borderInlineEnd: '1px solid var(--rule)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--mark) 45%, transparent)' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '-2px' },
  '.cm-placeholder': { color: 'var(--muted)' },
  // The search panel (Ctrl+F): fields, buttons and checkboxes with their labels are 44 px targets
  // (WCAG 2.5.5), and its close button stands at the panel's end in either direction.
  '.cm-panel.cm-search': { paddingInlineEnd: '3rem' },
  '.cm-panel.cm-search :is(input:not([type=checkbox]), button, label)': { minHeight: '44px', minWidth: '44px', marginBlock: '0.2em', marginInline: '0 0.6em' },
  '.cm-panel.cm-search label': { display: 'inline-flex', alignItems: 'center', gap: '0.2em', verticalAlign: 'middle' },
  '.cm-panel.cm-search [name=close]': { right: 'auto', insetInlineEnd: '4px', fontSize: '1.25rem' },
});

/** The direction of an empty draft: the UI language's (see Props.direction). */
const emptyDraftDirection = Facet.define<TextDirection, TextDirection>({ combine: (values) => values[0] ?? 'ltr' });

/** Prose or code, and the draft's direction; recomputed when the text or the UI's direction changes. */
const layoutField = StateField.define<DraftLayout>({
  create: (state) => draftLayout(state.doc.iterLines(), state.facet(emptyDraftDirection)),
  update(layout, tr) {
    if (!tr.docChanged && !tr.reconfigured) return layout;
    const next = draftLayout(tr.state.doc.iterLines(), tr.state.facet(emptyDraftDirection));
    return next.code === layout.code && next.dir === layout.dir ? layout : next;
  },
});

const LINE_DIRECTION = { rtl: Decoration.line({ attributes: { dir: 'rtl' } }), ltr: Decoration.line({ attributes: { dir: 'ltr' } }) };

/** Each rendered line of a prose draft, with the `dir` of its first letter (the draft's when it has none). */
function lineDirections(view: EditorView): DecorationSet {
  const layout = view.state.field(layoutField);
  if (layout.code) return Decoration.none;
  const builder = new RangeSetBuilder<Decoration>();
  const { doc } = view.state;
  for (let pos = view.viewport.from; pos <= view.viewport.to; ) {
    const line = doc.lineAt(pos);
    builder.add(line.from, line.from, LINE_DIRECTION[lineDirection(line.text, layout.dir)]);
    pos = line.to + 1;
  }
  return builder.finish();
}

/**
 * Right-to-left editing. CodeMirror lays out, moves the caret and draws the selection by each
 * line's CSS direction (perLineTextDirection), and sets none itself: the `dir` of each line comes
 * from here, and the editor's own `dir` (the draft's direction) puts the gutter on its side.
 */
const draftDirection: Extension = [
  layoutField,
  EditorView.perLineTextDirection.of(true),
  EditorView.editorAttributes.compute([layoutField], (state) => {
    const layout = state.field(layoutField);
    return { dir: layout.dir, class: layout.code ? 'cm-draft-code' : 'cm-draft-prose' };
  }),
  ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = lineDirections(view);
      }
      update(update: ViewUpdate) {
        if (update.docChanged || update.viewportChanged || update.startState.field(layoutField) !== update.state.field(layoutField)) {
          this.decorations = lineDirections(update.view);
        }
      }
    },
    { decorations: (plugin) => plugin.decorations },
  ),
];

/** What the editor takes from the page's language: its name, its hint, its placeholder, an empty draft's direction. */
const wordingSlot = new Compartment();
function wording(label: string, describedBy: string | undefined, placeholderText: string, direction: TextDirection, phrases: Readonly<Record<string, string>>): Extension {
  return [
    EditorView.contentAttributes.of({ 'aria-label': label, ...(describedBy ? { 'aria-describedby': describedBy } : {}) }),
    placeholder(placeholderText),
    emptyDraftDirection.of(direction),
    EditorState.phrases.of(phrases),
  ];
}

/** The line-number gutter, its numbers written by `formatNumber`. */
const gutterSlot = new Compartment();
const numbers = (formatNumber: (n: number) => string) => lineNumbers({ formatNumber: (n) => formatNumber(n) });

export function DraftEditor({ initialText, onChange, diagnostics, label, describedBy, placeholderText, direction, handle, onPasteHtml, formatNumber, phrases }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onPasteHtmlRef = useRef(onPasteHtml);
  onPasteHtmlRef.current = onPasteHtml;

  useEffect(() => {
    const state = EditorState.create({
      doc: initialText,
      extensions: [
        gutterSlot.of(numbers(formatNumber)),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        bracketMatching(),
        json(),
        jsonStringIsolates,
        syntaxHighlighting(highlight),
        lintGutter(),
        EditorView.lineWrapping,
        draftDirection,
        wordingSlot.of(wording(label, describedBy, placeholderText, direction, phrases)),
        // Tab is left to the browser, so keyboard users can leave the editor.
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
        theme,
        EditorView.contentAttributes.of({
          'data-testid': 'draft-editor',
          // Focusable content also makes the scrolling area reachable by keyboard (axe scrollable-region-focusable).
          tabindex: '0',
          spellcheck: 'false',
        }),
        // A file dropped on the editor opens as a new draft (the page's drop handler); the editor must
        // not also read it and insert its text into the draft under it.
        EditorView.domEventHandlers({
          drop: (event) => (event.dataTransfer?.files.length ?? 0) > 0,
          // Formatted text goes to the page's importer first; Ctrl+Shift+V (plain text only) never gets there.
          paste: (event, v) => {
            const html = event.clipboardData?.getData('text/html');
            const take = onPasteHtmlRef.current;
            if (!html || !take) return false;
            const { main } = v.state.selection;
            const length = v.state.doc.length;
            const wholeDraft = v.state.doc.toString().trim() === '' || (main.from === 0 && main.to === length && v.state.selection.ranges.length === 1);
            if (!take(html, wholeDraft)) return false;
            event.preventDefault();
            return true;
          },
        }),
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
    // The editor is created once; later text comes through the handle, the wording through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The UI language changed: the editor's name, hint and placeholder, and an empty draft's direction, follow.
  useEffect(() => {
    view.current?.dispatch({ effects: wordingSlot.reconfigure(wording(label, describedBy, placeholderText, direction, phrases)) });
  }, [label, describedBy, placeholderText, direction, phrases]);

  // The numeral setting or the UI language changed: the gutter writes its numbers anew.
  useEffect(() => {
    view.current?.dispatch({ effects: gutterSlot.reconfigure(numbers(formatNumber)) });
  }, [formatNumber]);

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
