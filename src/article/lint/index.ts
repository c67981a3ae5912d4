/**
 * Typography lint for drafts (issue #4): warnings about marks and characters that render badly in
 * right-to-left news text, each placed in the editor's text and, where a mechanical change is safe,
 * with a fix expressed as edits of that text. Pure: no DOM, no React, no i18next; never throws.
 *
 * Decisions, with the requirement they come from (../shared/docs/arabic-typography.md, "req. N"):
 *
 * - Drafts are article JSON when the first non-blank character opens an object or array (as the
 *   preview's `draftKind` decides), otherwise plain newsroom text. JSON that does not parse, that is
 *   nested too deeply or is over the size limit gives no warnings: the parse problems are shown
 *   instead. JSON that parses but breaks the schema is linted as far as its shape allows.
 * - In JSON only prose is linted: title, subtitle, byline, dateline, source name and credit, every
 *   string of block and inline `content`, speakers, thread labels and keywords. Ids, slugs, links,
 *   dates and a quote run's `open`/`close` are not prose (the reader draws its own marks there).
 * - Direction: the article's `dir`, else its `lang`, else `options.lang`, else each string's first
 *   strong letter. A `span` sets its own direction (`dir`, else from its `lang`); thread labels take
 *   the direction of their key (`ar`, `en`); keywords their first strong letter. Plain text takes
 *   `options.lang`, else the language the importer would detect.
 *
 * The checks:
 * - `curly-quotes-rtl`: “ ” „ ‟ in right-to-left text (req. 3: curly marks are not mirrored and face
 *   the wrong way in Arabic runs), and ‘ ’ ‚ ‛ when they touch an Arabic-script or Hebrew letter
 *   and are not an apostrophe between two letters. Straight "…" marks are not flagged: they are
 *   symmetric, req. 3 names them the common Arabic practice, and the house style is drawn at render.
 *   Marks are paired per paragraph of one string by their surroundings (opening before a word,
 *   closing after one), so the reversed ”…“ that Arabic keyboards produce pairs too; two single marks
 *   side by side (’’…‘‘, as the Urdu press writes) are one double mark. Only a
 *   balanced pair gets a fix, to « » (mirrored correctly, req. 3); single marks only when the
 *   paragraph holds no other quotation marks, so nested quotes are left for a person to decide.
 * - `bidi-override`: the embeddings and overrides U+202A–U+202E. The format states direction with
 *   `span` runs (req. 1) and req. 2 prefers isolates; the fix removes the control together with the
 *   PDF that closes it (or a stray PDF alone).
 * - `unbalanced-isolate`: an isolate U+2066–U+2068 with no matching U+2069 in its paragraph, or a
 *   U+2069 that closes nothing. Balanced isolates are what req. 2 asks for and are left alone. Fix:
 *   remove the unmatched character. Matching follows UAX #9 (an isolate's PDI also ends the
 *   embeddings opened inside it; a paragraph separator ends everything).
 * - `tatweel-justification` (req. 7): a tatweel (U+0640) between two Arabic letters of a word, or
 *   two or more in a row anywhere. One tatweel at a word's edge is legitimate and kept: "هـ" after a
 *   Hijri year, "الـ" before a number or foreign word ("الـG20"), "ـة" naming a suffix, a tatweel
 *   carrying a lone vowel mark. Fix: inside a word remove the run; at an edge keep one.
 * - `letter-spacing` (req. 5): the format has no styles, so CSS tracking cannot occur in a draft.
 *   What does occur is its typed imitation: three or more single Arabic letters separated by spaces
 *   ("ا ل خ ب ر"), which breaks the joins just the same. The fix joins the letters; when the gaps
 *   have two widths the wider ones are taken for word breaks and become one space ("ا ل خ ب ر  ا ل
 *   ي و م" → "الخبر اليوم"); with more widths there is no fix.
 * - `unmarked-latin` (reqs. 1-2): a Latin run (the importer's notion: Latin words joined by spaces
 *   or dots, with digits and `&'’-` inside) in right-to-left `content` text outside any `span`. The fix
 *   splits the JSON string into the text before, `{"type":"span","lang":"en","dir":"ltr",…}` and the
 *   text after, as the importer marks such runs (`en`, the usual case in Arabic news; an editor can
 *   change the tag). Only `content` strings are checked: the format cannot mark a language inside
 *   a title, byline or speaker, and the importer marks plain-text drafts itself, so a warning there
 *   would ask for something no one can do.
 * - `mixed-digits` (req. 12): Western 0-9, Arabic-Indic ٠-٩ and Extended (Persian) ۰-۹ mixed in one
 *   article (or plain text). Numbers are counted per system over the text in the article's own
 *   direction, leaving out digits that belong to a Latin run ("G20", "COVID-19"), text in a span of
 *   the other direction, quote runs and quote blocks (req. 12: never inside quotes), and threads.
 *   Each number of a minority system is flagged with a fix to the majority's digits; on a tie the
 *   system used first wins (title first, then the body). A decimal or group separator inside the
 *   number follows its digits: "3.5" becomes "٣٫٥" and back, as Intl.NumberFormat writes them.
 *   Issue #12 asks for digits mixed "in one paragraph": the article-wide majority is kept, because it
 *   already flags every such paragraph (of two systems in one paragraph at most one is the article's
 *   majority, so the other's numbers are flagged there) and also the paragraph that is consistent in
 *   itself but not with the rest (req. 12 wants one numeral policy per edition); a per-paragraph
 *   majority would tell two paragraphs to go opposite ways.
 *
 * - `unclosed-quote`, `missing-opening-mark` and `stray-quote-mark`. Plain text: per paragraph, as
 *   the importer reads it (a line, or lines joined when a quotation runs over the break), a
 *   quotation mark never closed (the quotation runs to the paragraph's end), a closing mark whose
 *   quotation has no opening one (it is read from the colon before it), or a mark that pairs with
 *   nothing, at the mark. The same pairing as quote detection, so the warning is where detection went
 *   wrong. JSON: the article's own quote runs say where quotations are, and the warnings are the
 *   core's (../warnings.ts, `article analyze`): a quote run whose `close` (or `open`) is written
 *   empty, placed on the run's first string (the quotation as written; its own mark property when the
 *   run holds no text), with the run's `open` (or `close`) mark as `mark`; and a mark in a block's
 *   text outside its quote runs that pairs with nothing, at the mark. Quote runs nested in another
 *   are the outer quotation's text, as in the core. The core's `statement-longer-than-paragraph` is
 *   a never-closed quotation too and is reported as `unclosed-quote`, as plain text reports it;
 *   `no-speaker` is about attribution, not marks, and stays the review panel's. No fix: where a
 *   quotation ends is for a person to say.
 *
 * The proofreader's punctuation and spacing checks (issue #12; ./punctuation.ts). They run on every
 * prose string, JSON or plain text, but never across the strings of a JSON content array (an inline
 * object between two strings hides what stands next to it), except that blanks opening a string
 * right after an inline run (a quotation, emphasis, a link; not a span, which may hold Latin text)
 * follow that run's last word: `{quote}, " ، مشيرا"` is a space before punctuation. "Arabic-script"
 * covers Arabic, Persian and Urdu, which share ، ؛ ؟ (req. 4); Hebrew writes Latin , ; ? and is left
 * alone by the first rule. ZWNJ and ZWJ count as part of their word (Persian), never as a space.
 * - `latin-punctuation` (req. 4): a Latin , ; or ? after an Arabic-script word (or a number, or a
 *   closing mark after one; blanks between are another warning's) and before another Arabic-script
 *   word or a number in Arabic-Indic digits (a ? also at the end of the paragraph), in a paragraph
 *   whose letters are mostly Arabic-script. Fix: ، ؛ ؟. Not flagged: a mark with a Latin or Hebrew
 *   word on either side, a group separator ("1,000", "١,٠٠٠": a comma after a number counts only
 *   when a space follows it), a list of Western numbers ("2019, 2020"), a mark inside a URL or
 *   e-mail address (the whole run of non-blank units is looked at), and a Latin comma before an
 *   Arabic word in a mostly Latin or Hebrew paragraph (English text quoting Arabic).
 * - `space-before-punctuation`: blanks (spaces, no-break spaces, tabs) between a word and ، ؛ : . ! ?
 *   ؟ , ; or a closing » ). Fix: remove them; when the mark is glued to the Arabic-script word after
 *   it ("الغرب .في": the space typed on the wrong side) the fix moves the space after the mark. Not
 *   flagged: a space before an opening mark or a dash (not in the list), after an opening mark ("( ."),
 *   before an ellipsis ("قال: « ... والحرب»", "ثم ... لا"), before a » or ) glued to the word after
 *   it (a closing glyph used to open, "الجهاد »الإسلامي»"), before a mark glued to a digit or Latin
 *   letter (".5", ".com"), between numbers ("2 : 1", a score; "10 : 30"), after a Latin word (French
 *   spaces its : ; ! ? »), and at a line's start or end.
 * - `missing-space-after`: ، or ؛ glued to the letter after it, and : or . glued to a right-to-left
 *   word after it and to one before it (or a number, or a closing mark: "الغرب.في", "ذلك:التصعيد",
 *   "(أ.ف.ب).وقال", "عام 2020.وقال"). Fix: insert a space. A blank before the mark instead makes it
 *   a `space-before-punctuation` (whose fix moves the blank), never both. Not flagged: a digit
 *   after (3.5, ٣٫٥ has no full stop, 10:30, 2:1), Latin text on either side (U.S.,
 *   example.com, a.m.), a single letter before a full stop or colon (Arabic abbreviations: أ.ف.ب،
 *   م.ت.ف، د.محمد), a URL, and, in plain text only, the colon and full stops of a glued list.
 *   Glued lists: the seed text has lines such as "بما في ذلك:التصعيد ….الوضع في …", which the importer
 *   (import-text.ts splitGluedList) reads as a lead and list items. A proofreader would call those
 *   missing spaces, but the importer reads the list only while the marks stay glued: with the spaces
 *   inserted the line is one paragraph again, so the warning's fix would undo the list the preview
 *   shows. In plain text those marks are the list's structure and are left alone (found with the
 *   importer's own tests, line by line); in JSON nothing reads a list out of a string, so the same
 *   text is a missing space and is flagged.
 * - `missing-space-before-quote`: an opening « glued to the Arabic-script word or to the punctuation
 *   before it ("الغرب.«في»", "قال:«نعم»", "في«نعم»"). Fix: insert a space before it. Not flagged: a «
 *   after a proclitic, which good Arabic glues to the quotation (و«…» ف«…» بـ«…» لـ«…» كـ«…» بال«…»
 *   لل«…»), after a Latin or Hebrew word, or a « that closes (nothing glued after it: "نعم« ثم").
 * - `double-space`: two or more blanks together between two units of a line. Fix: leave the first.
 *   Not flagged: blanks at a line's start or end (indentation), the gaps of a `letter-spacing`
 *   warning (that fix joins them), and blanks already warned as `space-before-punctuation`.
 * - `straight-quotes-headline` (req. 3): straight " and ' in the headline (the JSON `title`; plain
 *   text's first non-blank line) when its letters are mostly Arabic-script. The importer turns the
 *   body's quotations into quote runs drawn in the house style, but a headline keeps its marks as
 *   typed. Marks are paired by position as in `curly-quotes-rtl`; a pair is fixed to « » (' pairs only
 *   when the headline has no " of its own: nested quotes are for a person); a lone " touching an
 *   Arabic-script letter is warned without a fix. A ' inside a word or after one with no quotation
 *   open is an apostrophe or a transliterated hamza, not a quotation mark; Hebrew headlines write
 *   gershayim and geresh with these units and are left alone.
 *
 * Positions are offsets into the editor's text (UTF-16 units; a leading BOM counts) with 1-based line
 * and column, as parse.ts gives them; escapes in JSON strings (\" \u0640 \n) are mapped back, so an
 * escaped character covers its whole escape. Each fix is a list of non-overlapping edits, sorted,
 * that leaves valid JSON valid; it is meant to be applied alone, after which the draft is linted again.
 */
import { MAX_DOCUMENT_BYTES, utf8Length } from '../parse';
import { lintJson } from './json-walker';
import { Linter } from './linter';
import type { LintOptions, LintWarning } from './types';
import { detectLanguage, directionOf } from '../text/language';

export { applyEdits, LINT_CODES, type DigitSystem, type LintCode, type LintOptions, type LintWarning, type TextEdit } from './types';

/**
 * Lints a draft's source. `source` is the editor text: article JSON (every prose string is linted
 * and positions in decoded strings are mapped back to the JSON source, escapes included) or plain
 * newsroom text (linted directly, pointer ''). Returns the warnings in text order; [] for JSON that
 * does not parse, is nested too deeply, or is not an object, and for a draft over the size limit.
 * Never throws.
 */
export function lintDraft(source: string, options: LintOptions = {}): LintWarning[] {
  try {
    if (source.length > MAX_DOCUMENT_BYTES / 3 && utf8Length(source) > MAX_DOCUMENT_BYTES) return [];
    const linter = new Linter(source);
    const first = /[^\s\ufeff]/u.exec(source)?.[0];
    if (first === undefined) return [];
    if (first === '{' || first === '[') {
      if (!lintJson(linter, source, options)) return [];
    } else {
      const dir = directionOf(options.lang ?? detectLanguage(source));
      const seg = { text: source, start: 0, end: source.length, path: [], dir, latin: false, digits: true, map: null, headline: firstLine(source), lists: true };
      linter.lint(seg);
      linter.quoteMarks(seg);
    }
    linter.mixedDigits();
    return linter.warnings.sort((a, b) => a.offset - b.offset || a.length - b.length);
  } catch {
    // Nothing above is expected to throw; a lint must never take the editor down with it.
    return [];
  }
}

/** The range of the first line of `text` that is not blank, trimmed: plain text's headline, as the importer takes it. */
function firstLine(text: string): [number, number] {
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    const lead = line.length - line.trimStart().length;
    if (lead < line.length) return [from + lead, from + line.trimEnd().length];
    from = to + 1;
  }
  return [0, 0];
}
