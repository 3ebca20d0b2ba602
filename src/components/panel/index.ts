export { Panel, type PanelProps, type PanelStatus } from './Panel';
export { describeError } from './describe-error';
export { LeftOutProvider, type LeftOutScope } from './left-out';
