import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { fetchUiBundle } from '../i18n';
import { SettingsButton } from '../reader/SettingsDialog';
import { useHydrated } from '../ui/use-hydrated';
import { useUiLanguage } from './use-ui-language';

/** App chrome: the name (home link) and the UI language switch. Hidden when printing. */
export function SiteHeader() {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const location = useLocation();
  const other = lng === 'ar' ? 'en' : 'ar';
  const hydrated = useHydrated();
  const params = new URLSearchParams(hydrated ? location.search : '');
  params.set('lng', other);
  // The other language's wording is not in the first script: fetched when the link is pointed at,
  // focused or pressed, so that following it switches without waiting (App's LanguageSync waits otherwise).
  const prefetchOther = () => void fetchUiBundle(other).catch(() => undefined);
  return (
    <header className="border-b border-rule print:hidden">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:inline-flex focus:min-h-11 focus:items-center focus:bg-paper focus:px-3">
        {t('app.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        {/* A 44 px target, as every control (WCAG 2.5.5). */}
        <Link to="/" className="inline-flex min-h-11 min-w-11 items-center text-xl font-bold text-ink no-underline">
          {t('app.name')}
        </Link>
        {/* On one baseline: "Aa" (the article face) beside the language link (the UI face). */}
        <div className="flex items-baseline gap-1">
        <SettingsButton />
        <Link
          to={{ pathname: location.pathname, search: `?${params.toString()}`, hash: hydrated ? location.hash : '' }}
          lang={other}
          hrefLang={other}
          onPointerEnter={prefetchOther}
          onPointerDown={prefetchOther}
          onFocus={prefetchOther}
          className="inline-flex min-h-11 items-center rounded px-3 text-accent underline-offset-4 hover:underline"
        >
          {t('app.switchTo')}
        </Link>
        </div>
      </div>
    </header>
  );
}
