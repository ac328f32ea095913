import type { WebContents } from 'electron';
import type { KioskLogger } from '../../node/storage/rotating-log';

/**
 * Threat: a `<webview>` embeds a guest page with its own, possibly weaker, preferences. The tag is
 * disabled in webPreferences; this rule also refuses any attach attempt, should that ever change.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation
 */
export function preventWebviews(contents: WebContents, log: KioskLogger): void {
  contents.on('will-attach-webview', (event, _preferences, params) => {
    event.preventDefault();
    log.warn('blocked webview', { src: params.src });
  });
}
