import { describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../lib/i18n';
import { refusal, tooManyRows, UpstreamError } from '../../lib/http';
import { describeError } from './describe-error';

describe('describeError', () => {
  initI18n('en');
  const t = i18next.getFixedT('en');

  it('words a refusal inside HTTP 200 with the system\'s reason, never "HTTP ?"', () => {
    const text = describeError(refusal('disclosure', 'Phiên đăng nhập hết hạn'), t);
    expect(text).toBe('Grassroots-democracy disclosure reporting refused the request: Phiên đăng nhập hết hạn');
    expect(text).not.toContain('HTTP');
  });

  it('words timeouts, offline and oversized answers', () => {
    expect(describeError(new UpstreamError('units', 'timeout', 'x', undefined, [], '30'), t)).toBe(
      'Administrative unit catalogue (LGSP) did not answer within 30 s.',
    );
    expect(describeError(new UpstreamError('complaints', 'offline', 'x'), t)).toContain('Offline');
    expect(describeError(tooManyRows('emulation', 100000, 500, 'du_lieu'), t)).toBe(
      '"Dân vận khéo" model registry sent 100000 records where at most 500 were asked for: the figures are not used.',
    );
  });
});
