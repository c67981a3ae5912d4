import { createContext } from 'react';
import type { BodySummary } from './body-summary';

/**
 * The whole body's figures while only its first blocks are shown (an article loaded by URL, before
 * the rest has arrived: body-summary.ts): the reading time, "who said what" and the thread sections
 * show these instead of counting the blocks they have. Null: count the body.
 */
export const BodySummaryContext = createContext<BodySummary | null>(null);
