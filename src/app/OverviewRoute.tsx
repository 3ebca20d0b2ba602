import OverviewPage from '../features/overview/OverviewPage';
import { RankingOverviewPanel } from '../features/rankings/RankingOverviewPanel';

/**
 * The app composes pages out of features; features never import one another. The Overview shows the league table's
 * top and bottom three, which the rankings feature draws, in the slot the Overview leaves for it.
 */
export default function OverviewRoute() {
  return <OverviewPage rankingPanel={<RankingOverviewPanel />} />;
}
