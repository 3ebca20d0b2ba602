import config from '../public/config.json';
import { parseConfig } from '../src/config/load-config';

/** The shipped demo config, validated: tests exercise exactly what the demo deploys. */
export const testConfig = parseConfig(config);
