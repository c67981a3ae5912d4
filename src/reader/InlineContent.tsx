import { createContext, Fragment, useContext } from 'react';
import { quoteAnchor } from '../article/blocks';
import { isSafeHref } from '../article/links';
import type { Inline, QuoteRun } from '../article/schema';
import { quoteMarksOf } from '../article/text/quote-marks';

/**
 * House-style quotation marks for an article language (the text layer's table): guillemets for Arabic
 * script, straight marks for Hebrew, “ ” otherwise.
 */
export function quoteMarks(lang: string): [string, string] {
  const [open, close] = quoteMarksOf(lang).house;
  return [open, close];
}

/** How to describe a statement's speaker to assistive technology, in the UI language. */
export interface SpeakerWording {
  /** Id of the hidden element that names a speaker (or says there is none) in the UI language. */
  describedBy: (speaker: string | null) => string | undefined;
}

/**
 * Provided once per article: a hook call per quote would cost more than the quotes themselves in
 * a long article.
 */
export const SpeakerWordingContext = createContext<SpeakerWording>({ describedBy: () => undefined });

interface Props {
  content: readonly Inline[];
  lang: string;
  /** Block the content belongs to; with `path`, names each quote's anchor. */
  blockId: string;
  path?: readonly number[];
  /** A copy shown elsewhere (a thread section): its quotes get no anchors and no tab stops. */
  copy?: boolean;
}

function Quote({ run, lang, blockId, path, copy }: { run: QuoteRun; lang: string; blockId: string; path: number[]; copy: boolean }) {
  const wording = useContext(SpeakerWordingContext);
  const [open, close] = quoteMarks(lang);
  // Marks are drawn in house style at render; the source's own marks stay in the data untouched.
  const marked = Boolean(run.open || run.close);
  // The quoted words are isolated from the house marks around them: a direction control left open in
  // the text cannot carry the closing mark away or mirror it.
  const inner = (
    <bdi>
      <InlineContent content={run.content} lang={lang} blockId={blockId} path={path} copy={copy} />
    </bdi>
  );
  if (run.kind === 'scare') {
    return (
      <span data-scare-quote="">
        {marked && open}
        {inner}
        {marked && close}
      </span>
    );
  }
  const anchor = quoteAnchor(blockId, path);
  const speaker = run.speaker ?? null;
  return (
    <mark
      data-quote=""
      data-speaker={speaker ?? undefined}
      id={copy ? undefined : anchor}
      tabIndex={copy ? undefined : 0}
      aria-describedby={copy ? undefined : wording.describedBy(speaker)}
      className="quote"
    >
      {open}
      {inner}
      {close}
    </mark>
  );
}

/** Renders inline runs: quotes highlighted, links only when their scheme is safe, other-language spans isolated. */
export function InlineContent({ content, lang, blockId, path = [], copy = false }: Props) {
  return (
    <>
      {content.map((run, i) => {
        if (typeof run === 'string') return <Fragment key={i}>{run}</Fragment>;
        const here = [...path, i];
        const inner = (l: string) => <InlineContent content={run.content} lang={l} blockId={blockId} path={here} copy={copy} />;
        switch (run.type) {
          case 'quote':
            return <Quote key={i} run={run} lang={lang} blockId={blockId} path={here} copy={copy} />;
          case 'em':
            return <em key={i}>{inner(lang)}</em>;
          case 'strong':
            return <strong key={i}>{inner(lang)}</strong>;
          case 'link':
            return isSafeHref(run.href) ? (
              <a key={i} href={run.href} rel="noopener noreferrer nofollow" className="text-accent underline">
                {inner(lang)}
              </a>
            ) : (
              <Fragment key={i}>{inner(lang)}</Fragment>
            );
          case 'span':
            return (
              <bdi key={i} lang={run.lang} dir={run.dir ?? 'auto'}>
                {inner(run.lang)}
              </bdi>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
