/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that precaches the whole built app. A new version installs in
 * the background and takes over at once; the plugin then reloads the page, so no page runs old
 * code against new files. The design is in the address and the draft in local storage, so the
 * reload keeps both.
 */
export function registerOffline(): void {
  registerSW({ immediate: true });
}
