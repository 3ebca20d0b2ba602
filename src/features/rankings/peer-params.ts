import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { isPeerGrouping, type PeerGrouping } from '../../domain/ranking';

/**
 * The rankings page's own view state, in the URL like the rest so a link restores it:
 *   ?peers=type|former-district   how units are grouped for comparison
 *   &peer=type:xa|district:436    the group shown (all groups when absent)
 *   &view=former-district         the former-district view (groups ranked as one unit each)
 */
export const PEER_PARAM = { grouping: 'peers', group: 'peer', view: 'view' } as const;

export type RankingView = 'units' | 'former-district';

export interface PeerParams {
  readonly grouping: PeerGrouping | null;
  readonly group: string | null;
  readonly view: RankingView;
}

export function readPeerParams(params: URLSearchParams): PeerParams {
  const grouping = params.get(PEER_PARAM.grouping);
  const group = params.get(PEER_PARAM.group);
  return {
    grouping: isPeerGrouping(grouping) ? grouping : null,
    group: group && /^(type|district):[a-z0-9-]{1,12}$/.test(group) ? group : null,
    view: params.get(PEER_PARAM.view) === 'former-district' ? 'former-district' : 'units',
  };
}

export function usePeerParams() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readPeerParams(params), [params]);
  const set = useCallback(
    (changes: Partial<Record<keyof typeof PEER_PARAM, string | null>>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          const name = PEER_PARAM[key as keyof typeof PEER_PARAM];
          if (value === null || value === '' || (key === 'view' && value === 'units')) next.delete(name);
          else next.set(name, value);
        }
        return next;
      }),
    [setParams],
  );
  return {
    ...state,
    /** A new grouping shows all its groups. */
    setGrouping: useCallback((g: PeerGrouping | null) => set({ grouping: g, group: null }), [set]),
    setGroup: useCallback((g: string | null) => set({ group: g }), [set]),
    setView: useCallback((v: RankingView) => set({ view: v }), [set]),
  };
}
