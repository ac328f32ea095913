/**
 * The touch UI kit: self-contained parts for the visitor's kiosk. Each part takes its visible and
 * spoken texts as `labels` props (Indonesian defaults), so the host passes translated strings and
 * the kit needs no i18n keys of its own. Pure logic sits beside each component for unit tests.
 */
export { TouchButton } from './touch/TouchButton';
export type { TouchButtonProps, TouchButtonVariant } from './touch/TouchButton';
export { PressableButton } from './touch/PressableButton';
export type { PressableButtonProps } from './touch/PressableButton';
export { swipeDirection, SWIPE_MIN_PX } from './touch/swipe';
export type { SwipeDirection } from './touch/swipe';

export { OnScreenKeyboard, DEFAULT_KEYBOARD_LABELS } from './keyboard/OnScreenKeyboard';
export type { OnScreenKeyboardProps, KeyboardLabels } from './keyboard/OnScreenKeyboard';
export { applyKey, DEFAULT_MAX_LENGTH } from './keyboard/apply-key';
export type { KeyResult } from './keyboard/apply-key';
export { INDONESIAN_LAYOUT, keyId } from './keyboard/keyboard-layout';
export type { KeyboardKey, NamedKey } from './keyboard/keyboard-layout';

export { idleReducer, secondsLeft, DEFAULT_IDLE_CONFIG, INITIAL_IDLE_STATE } from './idle/idle-machine';
export type { IdleConfig, IdleEvent, IdleState } from './idle/idle-machine';
export { useIdleReset } from './idle/use-idle-reset';
export type { IdleReset, IdleResetOptions } from './idle/use-idle-reset';
export { StillThereOverlay, DEFAULT_STILL_THERE_LABELS } from './idle/StillThereOverlay';
export type { StillThereLabels, StillThereOverlayProps } from './idle/StillThereOverlay';

export { ZoomViewer, DEFAULT_ZOOM_LABELS } from './zoom/ZoomViewer';
export { markAnchors } from './zoom/mark-anchors';
export type { ZoomViewerLabels, ZoomViewerProps } from './zoom/ZoomViewer';
export type { ZoomMark } from './zoom/ZoomMarks';
export { focusBounds, FOCUS_MARGIN } from './zoom/zoom-focus';
export type { BoxRect } from './zoom/zoom-focus';
export { buildViewerOptions, sameOriginUrl } from './zoom/viewer-options';
export { createDragIntent, isHomeView, isZoomedIn, recentreShift, slackAxes } from './zoom/zoom-gestures';
export type { DragIntent, FrameSize, PixelRect } from './zoom/zoom-gestures';

export { TakeAwayQr } from './qr/TakeAwayQr';
export type { TakeAwayQrProps } from './qr/TakeAwayQr';
export { pieceUrl } from './qr/piece-url';

export { A11yProvider, useA11yModes } from './a11y/A11yProvider';
export type { A11yControls, A11yProviderProps } from './a11y/A11yProvider';
export { A11yMenu, DEFAULT_A11Y_MENU_LABELS } from './a11y/A11yMenu';
export type { A11yMenuLabels, A11yMenuProps } from './a11y/A11yMenu';
export { A11Y_MODES, DEFAULT_A11Y_MODES } from './a11y/a11y-modes';
export type { A11yMode, A11yModes } from './a11y/a11y-modes';
export { useReducedMotion } from './a11y/use-reduced-motion';
