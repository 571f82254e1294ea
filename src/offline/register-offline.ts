/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that precaches the whole built app. A new version installs in
 * the background and takes over at once; start-offline.ts then reloads the page (the plugin's own
 * reload is turned off, as it misses an update found before this code loads). The design is in
 * the address and the draft in local storage, so the reload keeps both.
 */
export function registerOffline(): void {
  registerSW({ immediate: true, onNeedReload: () => undefined });
}
