import { describe, expect, it } from 'vitest';
import shipped from '../../public/config.json';
import { ConfigError, parseConfig } from './load-config';

describe('runtime config', () => {
  it('accepts the shipped demo config', () => {
    const config = parseConfig(shipped);
    expect(config.demo).toBe(true);
    expect(config.province.code).toBe('42');
  });

  it('names every bad field', () => {
    const broken = { ...shipped, province: { code: 'HT', name: '' }, sources: { ...shipped.sources, complaints: {} } };
    const error = (() => {
      try {
        parseConfig(broken);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const details = (error as ConfigError).details.join('\n');
    expect(details).toContain('province.code');
    expect(details).toContain('province.name');
    expect(details).toContain('sources.complaints.baseUrl');
  });
});
