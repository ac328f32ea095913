import { createContext, useContext, useEffect, useMemo, useReducer } from 'react';
import type { ReactNode } from 'react';
import { a11yReducer, applyA11yAttributes, DEFAULT_A11Y_MODES } from './a11y-modes';
import type { A11yMode, A11yModes } from './a11y-modes';
import './a11y-modes.css';

export interface A11yControls {
  modes: A11yModes;
  toggle: (mode: A11yMode) => void;
  setMode: (mode: A11yMode, on: boolean) => void;
  /** Back to all modes off; part of the idle reset. */
  resetA11y: () => void;
}

const A11yContext = createContext<A11yControls | null>(null);

export interface A11yProviderProps {
  children: ReactNode;
  /** Where the mode attributes go; the document root by default. */
  target?: HTMLElement;
}

/** Holds the accessibility modes for the whole app and mirrors them onto the root element. */
export function A11yProvider({ children, target }: A11yProviderProps) {
  const [modes, dispatch] = useReducer(a11yReducer, DEFAULT_A11Y_MODES);

  useEffect(() => {
    const element = target ?? document.documentElement;
    applyA11yAttributes(element, modes);
    return () => applyA11yAttributes(element, DEFAULT_A11Y_MODES);
  }, [modes, target]);

  const controls = useMemo<A11yControls>(
    () => ({
      modes,
      toggle: (mode) => dispatch({ type: 'toggle', mode }),
      setMode: (mode, on) => dispatch({ type: 'set', mode, on }),
      resetA11y: () => dispatch({ type: 'reset' }),
    }),
    [modes],
  );
  return <A11yContext.Provider value={controls}>{children}</A11yContext.Provider>;
}

/** The modes and their controls; must be used under {@link A11yProvider}. */
export function useA11yModes(): A11yControls {
  const controls = useContext(A11yContext);
  if (!controls) throw new Error('useA11yModes() needs an <A11yProvider> above it');
  return controls;
}
