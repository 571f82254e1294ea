import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withPolicy } from './content-security-policy';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <script type="module" src="/assets/index.js"></script>
  </head>
</html>`;

describe('the content security policy', () => {
  it('allows nothing inline, no eval and no other origin', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => {
        const [name = '', ...sources] = d.split(' ');
        return [name, sources] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const sources of directives.values())
      for (const source of sources) expect(source).toMatch(/^'(self|none)'$/);
  });

  it('goes after the character set and before every script', () => {
    const html = withPolicy(PAGE);
    const policy = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(policy).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(policy).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(html.replace(/\n\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(PAGE);
  });

  it('refuses a page it cannot place the policy in', () => {
    expect(() => withPolicy('<html><head></head></html>')).toThrow(/charset/);
  });
});
