import { describe, expect, it } from 'vitest';
import {
  A11Y_ATTRIBUTES,
  a11yReducer,
  applyA11yAttributes,
  DEFAULT_A11Y_MODES,
} from '../../../../../renderer/kit/a11y/a11y-modes';
import { REDUCED_MOTION_QUERY, reducedMotionSource } from '../../../../../renderer/kit/a11y/reduced-motion';

/** Just the attribute API of an element, enough for the root mirror. */
function fakeElement() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

describe('a11yReducer', () => {
  it('starts with every mode off', () => {
    expect(DEFAULT_A11Y_MODES).toEqual({ largeText: false, highContrast: false, lowered: false });
  });

  it('toggles one mode without touching the others', () => {
    const on = a11yReducer(DEFAULT_A11Y_MODES, { type: 'toggle', mode: 'highContrast' });
    expect(on).toEqual({ largeText: false, highContrast: true, lowered: false });
    expect(a11yReducer(on, { type: 'toggle', mode: 'highContrast' })).toEqual(DEFAULT_A11Y_MODES);
  });

  it('set is idempotent and keeps the state object when nothing changes', () => {
    const on = a11yReducer(DEFAULT_A11Y_MODES, { type: 'set', mode: 'lowered', on: true });
    expect(on.lowered).toBe(true);
    expect(a11yReducer(on, { type: 'set', mode: 'lowered', on: true })).toBe(on);
  });

  it('reset turns everything off', () => {
    let state = DEFAULT_A11Y_MODES;
    for (const mode of ['largeText', 'highContrast', 'lowered'] as const) {
      state = a11yReducer(state, { type: 'toggle', mode });
    }
    expect(a11yReducer(state, { type: 'reset' })).toEqual(DEFAULT_A11Y_MODES);
  });
});

describe('applyA11yAttributes', () => {
  it('sets an attribute for each mode that is on and removes those that are off', () => {
    const element = fakeElement();
    applyA11yAttributes(element, { largeText: true, highContrast: true, lowered: false });
    expect(Object.fromEntries(element.attributes)).toEqual({
      'data-large-text': 'true',
      'data-high-contrast': 'true',
    });
    applyA11yAttributes(element, DEFAULT_A11Y_MODES);
    expect(element.attributes.size).toBe(0);
  });

  it('uses attribute names distinct per mode', () => {
    expect(new Set(Object.values(A11Y_ATTRIBUTES)).size).toBe(3);
  });
});

describe('reducedMotionSource', () => {
  it('reads the media query and follows its changes', () => {
    const listeners = new Set<() => void>();
    const list = {
      matches: false,
      addEventListener: (_: string, fn: () => void) => void listeners.add(fn),
      removeEventListener: (_: string, fn: () => void) => void listeners.delete(fn),
    };
    const queries: string[] = [];
    const source = reducedMotionSource((query) => {
      queries.push(query);
      return list as unknown as MediaQueryList;
    });
    expect(queries).toEqual([REDUCED_MOTION_QUERY]);
    expect(source.getSnapshot()).toBe(false);

    let calls = 0;
    const unsubscribe = source.subscribe(() => calls++);
    list.matches = true;
    for (const fn of listeners) fn();
    expect(calls).toBe(1);
    expect(source.getSnapshot()).toBe(true);
    unsubscribe();
    expect(listeners.size).toBe(0);
  });

  it('allows motion where matchMedia does not exist', () => {
    expect(reducedMotionSource(undefined).getSnapshot()).toBe(false);
  });
});
