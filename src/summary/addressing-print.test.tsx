// @vitest-environment jsdom
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import { sizeDesign } from '../engine/size-design';
import { AppendixSection } from './appendix-section';

afterEach(cleanup);

it("prints the book's addressing plan in the appendix, from the report", () => {
  const result = sizeDesign(DEFAULT_DESIGN);
  if (!result.ok) throw new Error('the book’s design sizes');
  const { getByTestId, getByText } = render(
    <AppendixSection design={DEFAULT_DESIGN} sizing={result.sizing} />,
  );
  const table = getByTestId('addressing-table');
  const external = within(table).getByRole('row', { name: /^External/ });
  // 1 gateway + 1 external VIP + 11 public IPs + 220 floating IPs = 233, which needs a /24.
  expect(external.textContent).toContain('203.0.113.0/24');
  expect(external.textContent).toContain('233');
  expect(external.textContent).toContain('/24');
  expect(getByText('203.0.113.35 to 203.0.113.254 (220 addresses)')).toBeTruthy();
});
