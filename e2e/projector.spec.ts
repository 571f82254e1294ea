import { expect, test } from '@playwright/test';
import { STEP_IDS, STEP_TITLES } from './pages/steps';
import { WizardPage } from './pages/wizard-page';

/** The smallest text a room can read off a projected 1280-pixel-wide screen. */
const LEAST_PX = 13;

test.use({ viewport: { width: 1280, height: 720 } });

test('every chart and drawing label is at least 13 px on a 1280 px projector', async ({ page }) => {
  const wizard = await new WizardPage(page).open();
  for (const [i, id] of STEP_IDS.entries()) {
    await wizard.goToStep(id, STEP_TITLES[i] ?? '');
    await wizard.expectStepDrawn();
    const small = await page.evaluate((least) => {
      const found: string[] = [];
      for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
        const box = text.getBoundingClientRect();
        const style = getComputedStyle(text);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
        if ((text.textContent ?? '').trim() === '') continue;
        const ctm = text.getScreenCTM();
        // SVG text is drawn in user units: the viewBox's scale is what reaches the screen.
        const scale = ctm ? Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c)) : 1;
        const spans = [text, ...text.querySelectorAll('tspan')];
        const px = Math.min(...spans.map((s) => parseFloat(getComputedStyle(s).fontSize))) * scale;
        if (px < least - 0.05)
          found.push(`${(text.textContent ?? '').trim()} (${px.toFixed(1)} px)`);
      }
      return found;
    }, LEAST_PX);
    expect(small, `text under ${LEAST_PX} px on the ${id} step`).toEqual([]);
  }
});
