/** The visitor's accessibility modes; all off at the start and after every idle reset. */
export interface A11yModes {
  largeText: boolean;
  highContrast: boolean;
  /** Controls moved down within reach of a seated visitor (wheelchair users, children). */
  lowered: boolean;
}

export type A11yMode = keyof A11yModes;

export const A11Y_MODES: readonly A11yMode[] = ['largeText', 'highContrast', 'lowered'];

export const DEFAULT_A11Y_MODES: A11yModes = Object.freeze({
  largeText: false,
  highContrast: false,
  lowered: false,
});

export type A11yAction =
  { type: 'toggle'; mode: A11yMode } | { type: 'set'; mode: A11yMode; on: boolean } | { type: 'reset' };

export function a11yReducer(state: A11yModes, action: A11yAction): A11yModes {
  switch (action.type) {
    case 'toggle':
      return { ...state, [action.mode]: !state[action.mode] };
    case 'set':
      return state[action.mode] === action.on ? state : { ...state, [action.mode]: action.on };
    case 'reset':
      return DEFAULT_A11Y_MODES;
  }
}

/** The root element's attribute for each mode; a11y-modes.css keys its variables on these. */
export const A11Y_ATTRIBUTES: Record<A11yMode, string> = {
  largeText: 'data-large-text',
  highContrast: 'data-high-contrast',
  lowered: 'data-lowered',
};

/**
 * Mirrors the modes onto an element (the document root), so the CSS of every screen - and of
 * overlays rendered outside the React tree - follows them. Off modes have no attribute at all.
 */
export function applyA11yAttributes(
  element: Pick<Element, 'setAttribute' | 'removeAttribute'>,
  modes: A11yModes,
): void {
  for (const mode of A11Y_MODES) {
    if (modes[mode]) element.setAttribute(A11Y_ATTRIBUTES[mode], 'true');
    else element.removeAttribute(A11Y_ATTRIBUTES[mode]);
  }
}
