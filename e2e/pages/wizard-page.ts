import { expect, type Locator, type Page } from '@playwright/test';

/** The wizard as a person sees it: steps by their headings, inputs by their labels. */
export class WizardPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<this> {
    await this.page.goto(path);
    await expect(this.stepHeading).toBeVisible();
    return this;
  }

  get stepHeading(): Locator {
    return this.page.locator('#step-title');
  }

  async expectStep(title: string): Promise<void> {
    await expect(this.stepHeading).toHaveText(title);
  }

  async next(expectedTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Next/ }).click();
    await this.expectStep(expectedTitle);
  }

  async back(expectedTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: /^← Back/ }).click();
    await this.expectStep(expectedTitle);
  }

  async jumpTo(title: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Design phases' })
      .getByRole('button', { name: title })
      .click();
    await this.expectStep(title);
  }

  field(label: RegExp | string): Locator {
    return this.page.getByLabel(label);
  }

  /** A figure's number, as the engine gave it (not as formatted on screen). */
  figure(key: string): Locator {
    return this.page.locator(`[data-figure="${key}"]`);
  }

  async expectFigure(key: string, value: number | string): Promise<void> {
    await expect(this.figure(key)).toHaveAttribute('data-value', String(value));
  }
}
