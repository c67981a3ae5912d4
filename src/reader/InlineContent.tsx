import { Fragment } from 'react';
import { isSafeHref, type Inline, type QuoteRun } from '../article/schema';

/** House-style quotation marks for an article language: guillemets for Arabic script, “ ” otherwise. */
export function quoteMarks(lang: string): [string, string] {
  const primary = lang.toLowerCase().split('-')[0];
  if (primary === 'ar' || primary === 'fa' || primary === 'ur') return ['«', '»'];
  if (primary === 'he') return ['"', '"'];
  return ['“', '”'];
}

interface Props {
  content: readonly Inline[];
  lang: string;
}

function Quote({ run, lang }: { run: QuoteRun; lang: string }) {
  const [open, close] = quoteMarks(lang);
  // Marks are drawn in house style at render; the source's own marks stay in the data untouched.
  const marks = run.open || run.close;
  if (run.kind === 'scare') {
    return (
      <span data-scare-quote="">
        {marks ? open : ''}
        <InlineContent content={run.content} lang={lang} />
        {marks ? close : ''}
      </span>
    );
  }
  return (
    <mark data-quote="" data-speaker={run.speaker ?? undefined} className="quote rounded-sm bg-mark px-0.5 text-inherit" title={run.speaker ?? undefined}>
      {open}
      <InlineContent content={run.content} lang={lang} />
      {close}
    </mark>
  );
}

/** Renders inline runs; links only when their scheme is safe, other-language spans isolated. */
export function InlineContent({ content, lang }: Props) {
  return (
    <>
      {content.map((run, i) => {
        if (typeof run === 'string') return <Fragment key={i}>{run}</Fragment>;
        switch (run.type) {
          case 'quote':
            return <Quote key={i} run={run} lang={lang} />;
          case 'em':
            return (
              <em key={i}>
                <InlineContent content={run.content} lang={lang} />
              </em>
            );
          case 'link':
            return isSafeHref(run.href) ? (
              <a key={i} href={run.href} rel="noopener noreferrer nofollow" className="text-accent underline">
                <InlineContent content={run.content} lang={lang} />
              </a>
            ) : (
              <InlineContent key={i} content={run.content} lang={lang} />
            );
          case 'span':
            return (
              <bdi key={i} lang={run.lang} dir={run.dir ?? 'auto'}>
                <InlineContent content={run.content} lang={run.lang} />
              </bdi>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
