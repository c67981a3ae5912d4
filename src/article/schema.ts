/**
 * Article format v1: the one definition of what a Sahifa article is.
 *
 * The zod schema here is the source of truth; `docs/article-format.md` explains it and
 * `public/schema/article-v1.json` is generated from it (`npm run schema`). `zod/mini` keeps the
 * validator small enough for the reader bundle.
 */
import { z } from 'zod/mini';
import { isSafeHref, MAX_HREF_LENGTH } from './links';

// No code generation: the app's Content-Security-Policy forbids eval, and zod's probe for it would be
// reported as a violation (docs/security.md).
z.config({ jitless: true });

/** The value of the `format` field for this version. */
export const FORMAT_ID = 'sahifa-article/1';

/** Longest string the schema accepts in any single field (characters). Larger drafts are rejected before. */
export const MAX_STRING = 200_000;

const text = (max = MAX_STRING) => z.string().check(z.maxLength(max));
const nonEmpty = (max = MAX_STRING) => z.string().check(z.minLength(1), z.maxLength(max));

/** Who put a quote mark-up or thread tag there: the detector (`auto`) or an editor (`editor`). */
export const Origin = z.enum(['auto', 'editor']);

/** Thread ids are lower-case slugs, e.g. `middle-east`. */
export const ThreadId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(40));

/** BCP 47 language tag, checked for shape (not against the registry). */
export const LangTag = z.string().check(z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/), z.maxLength(35));

export const Direction = z.enum(['rtl', 'ltr']);

const SafeHref = z.string().check(
  z.maxLength(MAX_HREF_LENGTH),
  z.refine(isSafeHref, { params: { code: 'unsafe-link' } }),
);

export type Inline =
  | string
  | QuoteRun
  | { type: 'em'; content: Inline[] }
  | { type: 'strong'; content: Inline[] }
  | { type: 'link'; href: string; content: Inline[] }
  | { type: 'span'; lang: string; dir?: 'rtl' | 'ltr'; content: Inline[] };

/**
 * Quoted material. `kind: "statement"` is speech attributed to a speaker (null when unnamed);
 * `kind: "scare"` is a quoted name, title or term. `open`/`close` keep the marks exactly as the
 * source wrote them (empty when missing) so the source text can always be rebuilt; the reader
 * draws its own house-style marks.
 */
export interface QuoteRun {
  type: 'quote';
  kind: 'statement' | 'scare';
  speaker?: string | null;
  open?: string;
  close?: string;
  origin?: 'auto' | 'editor';
  content: Inline[];
}

// Text, or an inline object told apart by its `type` (a discriminated union gives precise errors).
export const Inline: z.ZodMiniType<Inline> = z.union([
  text(),
  z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('quote'),
    kind: z.enum(['statement', 'scare']),
    speaker: z.optional(z.nullable(text(300))),
    open: z.optional(text(8)),
    close: z.optional(text(8)),
    origin: z.optional(Origin),
    get content() {
      return z.array(Inline);
    },
  }),
  z.strictObject({
    type: z.literal('em'),
    get content() {
      return z.array(Inline);
    },
  }),
  z.strictObject({
    type: z.literal('strong'),
    get content() {
      return z.array(Inline);
    },
  }),
  z.strictObject({
    type: z.literal('link'),
    href: SafeHref,
    get content() {
      return z.array(Inline);
    },
  }),
  z.strictObject({
    type: z.literal('span'),
    lang: LangTag,
    dir: z.optional(Direction),
    get content() {
      return z.array(Inline);
    },
  }),
  ]),
]) as unknown as z.ZodMiniType<Inline>;

/** A thread tag on a block. */
export const ThreadTag = z.strictObject({ id: ThreadId, origin: z.optional(Origin) });
export type ThreadTag = z.infer<typeof ThreadTag>;

const BlockId = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_.-]*$/), z.maxLength(64));
const Content = z.array(Inline);
const Threads = z.optional(z.array(ThreadTag));

export const HeadingBlock = z.strictObject({
  type: z.literal('heading'),
  id: BlockId,
  level: z.optional(z.union([z.literal(2), z.literal(3)])),
  content: Content,
  threads: Threads,
});
export const ParagraphBlock = z.strictObject({
  type: z.literal('paragraph'),
  id: BlockId,
  content: Content,
  threads: Threads,
});
export const ListItem = z.strictObject({ id: BlockId, content: Content, threads: Threads });
export const ListBlock = z.strictObject({
  type: z.literal('list'),
  id: BlockId,
  ordered: z.optional(z.boolean()),
  items: z.array(ListItem).check(z.minLength(1)),
});
export const QuoteBlock = z.strictObject({
  type: z.literal('quote'),
  id: BlockId,
  speaker: z.optional(z.nullable(text(300))),
  content: Content,
  threads: Threads,
});

export const Block = z.discriminatedUnion('type', [HeadingBlock, ParagraphBlock, ListBlock, QuoteBlock]);
export type Block = z.infer<typeof Block>;
export type HeadingBlock = z.infer<typeof HeadingBlock>;
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;
export type ListBlock = z.infer<typeof ListBlock>;
export type ListItem = z.infer<typeof ListItem>;
export type QuoteBlock = z.infer<typeof QuoteBlock>;

/** A story thread: id, its label in each UI language, and extra keywords for tagging. */
export const Thread = z.strictObject({
  id: ThreadId,
  label: z.strictObject({ ar: nonEmpty(80), en: nonEmpty(80) }),
  keywords: z.optional(z.array(nonEmpty(80)).check(z.maxLength(500))),
});
export type Thread = z.infer<typeof Thread>;

const IsoTime = z.iso.datetime({ offset: true });

export const Article = z.strictObject({
  format: z.literal(FORMAT_ID),
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120)),
  title: nonEmpty(500),
  subtitle: z.optional(text(1000)),
  byline: z.optional(text(300)),
  dateline: z.optional(text(120)),
  published: z.optional(IsoTime),
  updated: z.optional(IsoTime),
  lang: LangTag,
  dir: z.optional(Direction),
  status: z.enum(['draft', 'published']),
  source: z.optional(
    z.strictObject({
      name: z.optional(text(300)),
      url: z.optional(SafeHref),
      credit: z.optional(text(300)),
    }),
  ),
  threads: z.array(Thread).check(z.maxLength(50)),
  body: z.array(Block),
});
export type Article = z.infer<typeof Article>;

/** The JSON Schema (draft 2020-12) generated from {@link Article}. */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Article, { unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $id: 'https://sahifa.invalid/schema/article-v1.json',
    title: 'Sahifa article, format v1',
    ...schema,
  };
}
