/**
 * Every UI language's wording at hand at once, for code that runs outside the browser and
 * creates instances in any language synchronously (unit tests: vitest.config.ts setupFiles).
 * The browser fetches languages other than Arabic when they are chosen (index.ts).
 */
import { registerUiBundle } from '.';
import en from './locales/en.json';

registerUiBundle('en', en);
