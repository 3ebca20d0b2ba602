import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useConfig } from '../../state/config-context';
import { boundsOf } from '../../state/period-bounds';
import { ROUTES, type RouteId } from '../../state/routes';
import { useDashboardState, useViewSearch } from '../../state/url-state';
import { LanguageSwitch } from './LanguageSwitch';
import { CatalogueNotice } from './CatalogueNotice';
import { LeftOutScope } from './LeftOutScope';
import { OfflineBanner } from './OfflineBanner';
import { PeriodControl } from './PeriodControl';
import { PeriodNotice } from './PeriodNotice';
import { UnitFilter } from './UnitFilter';
import { UnitSetNotice } from './UnitSetNotice';

/** The pages the navigation lists, in order (index.html's static frame lists the same). */
export const NAV: readonly RouteId[] = ['overview', 'disclosure', 'complaints', 'services', 'emulation', 'rankings', 'briefing', 'dataQuality'];

export function Shell({ children, available }: { children: ReactNode; available: ReadonlySet<RouteId> }) {
  const { t, i18n } = useTranslation();
  const config = useConfig();
  const state = useDashboardState();
  const search = useViewSearch();
  const [location] = useLocation();

  // The URL decides the language, so a shared link opens in the language it was copied in.
  useEffect(() => {
    if (i18n.language !== state.lang) void i18n.changeLanguage(state.lang);
    document.documentElement.lang = state.lang;
  }, [state.lang, i18n]);

  const title = `${t('app.title')} · ${config.province.name}`;
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-province">{t('app.province', { name: config.province.name })}</span>
          {config.demo && (
            <span className="demo-badge" title={t('app.demoNote')}>
              {t('app.demoBadge')}
            </span>
          )}
        </div>
        <div className="filters">
          <PeriodControl period={state.period} bounds={boundsOf(config)} onChange={state.setPeriod} />
          <UnitFilter period={state.period} value={state.unitCode} onChange={state.setUnit} />
          <LanguageSwitch value={state.lang} onChange={state.setLang} />
        </div>
      </header>
      <nav className="nav" aria-label={t('nav.label')}>
        <ul>
          {NAV.filter((id) => available.has(id)).map((id) => {
            const path = ROUTES[id];
            const current = path === '/' ? location === '/' : location.startsWith(path);
            return (
              <li key={id}>
                <Link href={`${path}${search}`} aria-current={current ? 'page' : undefined}>
                  {t(`nav.${id}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <OfflineBanner />
        <CatalogueNotice period={state.period} />
        <UnitSetNotice period={state.period} />
        {state.rejectedPeriod !== null && (
          <PeriodNotice given={state.rejectedPeriod} shown={state.period} bounds={boundsOf(config)} onDismiss={state.clearRejectedPeriod} />
        )}
        <LeftOutScope period={state.period} search={search}>
          {children}
        </LeftOutScope>
      </main>
    </div>
  );
}
