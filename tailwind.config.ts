import type { Config } from 'tailwindcss';

// Design tokens. Tailwind 4 is CSS-first; this file is loaded from src/app/app.css with @config.
export default {
  theme: {
    extend: {
      fontFamily: {
        // The Arabic text face and its fallbacks, declared once in src/app/app.css (the first paint's
        // hold for the face changes it there).
        article: ['var(--article-face)'],
        // The UI face is the page's default face, declared once in src/app/app.css.
        ui: ['var(--font-sans)'],
      },
      colors: {
        paper: 'var(--paper)',
        ink: 'var(--ink)',
        muted: 'var(--muted)',
        accent: 'var(--accent)',
        rule: 'var(--rule)',
        mark: 'var(--mark)',
      },
      maxWidth: {
        measure: '38rem',
      },
    },
  },
} satisfies Config;
