import { useTranslation } from 'react-i18next';
import type { PeerGrouping, PeerGroups } from '../../domain/ranking';
import type { RankingView } from './peer-params';
import './messages-units';

interface PeerControlsProps {
  readonly level: 'district' | 'commune';
  readonly view: RankingView;
  /** The former-district view exists only for a unit set without districts. */
  readonly canViewFormer: boolean;
  readonly onView: (view: RankingView) => void;
  readonly grouping: PeerGrouping | null;
  readonly onGrouping: (grouping: PeerGrouping | null) => void;
  readonly groups: PeerGroups | null;
  readonly group: string | null;
  readonly onGroup: (group: string | null) => void;
  readonly groupName: (key: string) => string;
}

/**
 * How the league table is read: each unit or the former-district groups; and, for units, which peer group a chair
 * compares with. Native selects: big enough to hit on a phone, readable on a projector, and kept in the URL.
 */
export function PeerControls(p: PeerControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="peer-controls" data-testid="peer-controls">
      {p.canViewFormer && (
        <label>
          <span>{t('rankingUnits.view.label')}</span>
          <select value={p.view} onChange={(e) => p.onView(e.target.value === 'former-district' ? 'former-district' : 'units')} data-testid="ranking-view">
            <option value="units">{t('rankingUnits.view.units')}</option>
            <option value="former-district">{t('rankingUnits.view.formerDistrict')}</option>
          </select>
        </label>
      )}
      {p.view === 'units' && (
        <label>
          <span>{t('rankingUnits.peers.label')}</span>
          <select
            value={p.grouping ?? ''}
            onChange={(e) => p.onGrouping(e.target.value === 'type' || e.target.value === 'former-district' ? e.target.value : null)}
            data-testid="peer-grouping"
          >
            <option value="">{t('rankingUnits.peers.none')}</option>
            <option value="type">{t(p.level === 'commune' ? 'rankingUnits.peers.type' : 'rankingUnits.peers.typeDistricts')}</option>
            {p.level === 'commune' && <option value="former-district">{t('rankingUnits.peers.formerDistrict')}</option>}
          </select>
        </label>
      )}
      {p.view === 'units' && p.groups && (
        <label>
          <span>{t('rankingUnits.peers.groupLabel')}</span>
          <select value={p.group ?? ''} onChange={(e) => p.onGroup(e.target.value || null)} data-testid="peer-group">
            <option value="">{t('rankingUnits.peers.allGroups')}</option>
            {p.groups.groups.map((g) => (
              <option key={g.key} value={g.key}>
                {t('rankingUnits.peers.groupOf', { group: p.groupName(g.key), count: g.codes.length })}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
