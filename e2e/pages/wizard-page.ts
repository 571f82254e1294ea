import { expect, type Locator, type Page } from '@playwright/test';

/** The wizard as a person sees it: steps by their headings, inputs by their labels. */
export class WizardPage {
  constructor(readonly page: Page) {}

  /**
   * Opens the wizard and waits until it answers input: the first screen arrives drawn before any
   * script, and a click on it before the script has taken over does nothing.
   */
  async open(path = '/'): Promise<this> {
    await this.page.goto(path);
    await expect(this.page.locator('html[data-live="true"]')).toBeAttached();
    await expect(this.stepHeading).toBeVisible();
    return this;
  }

  /** Reloads the page and waits, as `open` does, until it answers input. */
  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.locator('html[data-live="true"]')).toBeAttached();
  }

  get stepHeading(): Locator {
    return this.page.locator('#step-title');
  }

  async expectStep(title: string): Promise<void> {
    await expect(this.stepHeading).toHaveText(title);
  }

  /** Goes to a step by its address, as Back and Forward do, without reloading the page. */
  async goToStep(id: string, expectedTitle: string): Promise<void> {
    await this.page.evaluate((step) => {
      window.location.hash = `s=${step}`;
    }, id);
    await this.expectStep(expectedTitle);
  }

  /**
   * Waits until the step's lazily loaded parts have drawn: its code (no "Loading the step…"),
   * every chart (no placeholder frame left busy, recharts' marks in place, as it draws them after
   * a first empty pass) and every diagram.
   */
  async expectStepDrawn(): Promise<void> {
    await this.page.waitForFunction(() => {
      const main = document.querySelector('main');
      if (!main || main.querySelector('.step-loading, [aria-busy="true"]')) return false;
      const marks = '.recharts-bar-rectangle, .recharts-line-curve, .recharts-area-area';
      const chartsDrawn = [...main.querySelectorAll('[data-chart] .chart-frame__plot')].every(
        (plot) =>
          plot.querySelector('svg') !== null &&
          [...plot.querySelectorAll('.recharts-wrapper')].every((c) => c.querySelector(marks)),
      );
      const diagramsDrawn = [...main.querySelectorAll('[data-diagram]')].every((d) =>
        d.querySelector('svg'),
      );
      return chartsDrawn && diagramsDrawn;
    });
  }

  /** How far the page scrolls sideways, in CSS pixels (0 when it fits the window). */
  horizontalOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }

  /**
   * Until a step's code has arrived its place holds a one-line placeholder, and the buttons below
   * it move when the step draws: a click aimed at a button then can land on the step instead.
   */
  async expectStepLoaded(): Promise<void> {
    await expect(this.page.locator('main .step-loading')).toHaveCount(0);
  }

  async next(expectedTitle: string): Promise<void> {
    await this.expectStepLoaded();
    await this.page.getByRole('button', { name: /^Next/ }).click();
    await this.expectStep(expectedTitle);
  }

  async back(expectedTitle: string): Promise<void> {
    await this.expectStepLoaded();
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
