/**
 * What an import kept and what it left out, and how to say it. The wording lives in
 * src/editor/locales/import.{en,ar}.json under `import` (plural forms by i18next's rules: Arabic has
 * zero, one, two, few, many and other).
 */
import type { SourceBlock } from '../../article/import-blocks';
import type { Article } from '../../article/schema';
import type { DroppedCounts } from './walk';

export interface KeptCounts {
  /** 1 when the import has a headline (the first block), else 0. */
  title: number;
  headings: number;
  paragraphs: number;
  lists: number;
  listItems: number;
  /** Block quotations (`quote` blocks), not quotations detected in the text. */
  blockQuotes: number;
  links: number;
  bold: number;
  emphasis: number;
}

export interface ImportReport {
  kept: KeptCounts;
  dropped: DroppedCounts;
}

/** The counts of what the article holds, and of the formatting of the blocks that became its body. */
export function keptCounts(article: Article, blocks: readonly SourceBlock[]): KeptCounts {
  const kept: KeptCounts = { title: article.title ? 1 : 0, headings: 0, paragraphs: 0, lists: 0, listItems: 0, blockQuotes: 0, links: 0, bold: 0, emphasis: 0 };
  for (const block of article.body) {
    if (block.type === 'heading') kept.headings++;
    else if (block.type === 'paragraph') kept.paragraphs++;
    else if (block.type === 'quote') kept.blockQuotes++;
    else if (block.type === 'list') {
      kept.lists++;
      kept.listItems += block.items.length;
    }
  }
  // The headline's formatting is not kept (the title is plain text): count the blocks after it.
  let headline = true;
  for (const block of blocks) {
    if (block.text.trim() === '') continue;
    if (headline) {
      headline = false;
      continue;
    }
    for (const m of block.marks) {
      if (m.type === 'link') kept.links++;
      else if (m.type === 'strong') kept.bold++;
      else kept.emphasis++;
    }
  }
  return kept;
}

/** One part of the message: its key (with plural forms) and its count. */
export interface ImportMessagePart {
  key: string;
  count: number;
}

const KEPT_ORDER: readonly (keyof KeptCounts)[] = ['title', 'headings', 'paragraphs', 'lists', 'blockQuotes', 'links', 'bold', 'emphasis'];
const DROPPED_ORDER: readonly (keyof DroppedCounts)[] = ['images', 'tables', 'media', 'forms', 'scripts', 'links', 'pageParts'];

/**
 * The parts of the message about an import, in reading order, leaving out what there is none of:
 * `import.kept.<kind>` and `import.dropped.<kind>` keys, each with its count (list items are told by
 * their lists).
 */
export function describeImport(report: ImportReport): { kept: ImportMessagePart[]; dropped: ImportMessagePart[] } {
  const kept: ImportMessagePart[] = [];
  const dropped: ImportMessagePart[] = [];
  for (const kind of KEPT_ORDER) if (report.kept[kind] > 0) kept.push({ key: `import.kept.${kind}`, count: report.kept[kind] });
  for (const kind of DROPPED_ORDER) if (report.dropped[kind] > 0) dropped.push({ key: `import.dropped.${kind}`, count: report.dropped[kind] });
  return { kept, dropped };
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface MessageOptions {
  /** UI language, for joining the parts ("a, b and c"; "أ وب وج"). */
  lng: string;
  /** How numbers are written (the reader's numeral setting); when omitted, `n` is the number itself, for a `t` that writes numbers its own way. */
  formatNumber?: (n: number) => string;
}

function joinParts(parts: readonly string[], lng: string): string {
  try {
    return new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' }).format(parts);
  } catch {
    return parts.join(', ');
  }
}

/**
 * The whole message, e.g. "Imported the headline, 3 headings, 12 paragraphs and 2 lists. Not imported:
 * 3 images and 1 table." Each part gets `count` (for the plural form) and `n` (the number as written).
 */
export function importMessage(report: ImportReport, t: Translate, options: MessageOptions): string {
  const { kept, dropped } = describeImport(report);
  const { formatNumber } = options;
  const say = (parts: ImportMessagePart[]) => joinParts(parts.map((p) => t(p.key, { count: p.count, n: formatNumber ? formatNumber(p.count) : p.count })), options.lng);
  const first = kept.length > 0 ? t('import.summary.kept', { kept: say(kept) }) : t('import.summary.keptNothing');
  const second = dropped.length > 0 ? t('import.summary.dropped', { dropped: say(dropped) }) : t('import.summary.droppedNothing');
  return `${first} ${second}`;
}
