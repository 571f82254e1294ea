import { describe, expect, it } from 'vitest';
import { renderFirstScreen } from './first-screen';

describe('the first screen drawn when the app is built', () => {
  it('shows the book’s example on its first step with its key figures', async () => {
    const html = await renderFirstScreen();
    expect(html).toContain('<h2 id="step-title" tabindex="-1">Service classes</h2>');
    // The book's example: 153.846 cores round up to 154, 154 / 10 per socket → 16 sockets,
    // 16 / 2 per server → 8 compute nodes.
    expect(html).toContain('data-figure="compute.nodes" data-value="8"');
    expect(html).toContain('value="Book example: 200 VMs"');
  });

  it('holds everything in one piece the content security policy lets the browser show', async () => {
    const html = await renderFirstScreen();
    // No script to reveal held-back parts, no inline style: script-src and style-src are 'self'.
    expect(html).not.toMatch(/<script|<template|\sstyle="/);
  });
});
