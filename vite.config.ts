import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { prerender } from './src/prerender/prerender-plugin.js';
import { contentSecurityPolicy } from './src/security/content-security-policy.js';

export default defineConfig({
  plugins: [
    react(),
    prerender(),
    contentSecurityPolicy(),
    VitePWA({
      // Registered from src/offline once the page is idle: the plugin's own way is an inline
      // script, which the policy forbids.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'OpenStack design wizard',
        short_name: 'OpenStack wizard',
        description: 'Size an OpenStack cloud from the conceptual to the physical design.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#c8102e',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Every built file, the lazily loaded charts, summary, dialogs and link code among them; the
        // plugin adds the manifest and its icon.
        globPatterns: ['**/*.{js,css,html}'],
        navigateFallback: 'index.html',
        // A new version takes over as soon as it is installed (the page then reloads itself).
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the wizard supports preloads modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // What the first screen shares with the later steps' code goes in one file, so the page
        // asks for three scripts rather than a file per shared module.
        codeSplitting: {
          groups: [
            {
              name: 'first-screen',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|preload-helper|src[\\/](design[\\/]services|working[\\/](format-number|format-figure|grouped-decimal))\./,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
