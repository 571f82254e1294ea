import type { BrowserContext, Page } from '@playwright/test';

/** A breach of the page's security policy, as the browser reports it. */
export type PolicyViolation = {
  directive: string;
  blocked: string;
  sample: string;
  page: string;
};

type ReportingWindow = Window & { reportPolicyViolation?: (violation: PolicyViolation) => void };

/**
 * Every security policy violation in any page of the context, kept outside the pages so that
 * reloads and new pages lose none. Call before the first page opens.
 */
export async function watchPolicyViolations(context: BrowserContext): Promise<PolicyViolation[]> {
  const violations: PolicyViolation[] = [];
  await context.exposeFunction('reportPolicyViolation', (violation: PolicyViolation) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as ReportingWindow).reportPolicyViolation?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        page: event.documentURI,
      });
    });
  });
  return violations;
}

/** The address of every request any page or worker of the context makes, in order. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The requests that left the app's origin; `data:` and `blob:` addresses never reach a network. */
export function toOtherOrigins(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => {
    const { protocol, origin: own } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && own !== origin;
  });
}

/** The policy the page was served with, as its `<meta>` says it. */
export function servedPolicy(page: Page): Promise<string | null> {
  return page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 1000 });
}
