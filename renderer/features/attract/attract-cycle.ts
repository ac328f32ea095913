/**
 * The attract loop's timing as pure state. Two picture slots are reused for the whole run, so memory
 * stays flat over hours: slide `step` shows in slot `step % 2`; the other slot first keeps the
 * previous slide while it fades out, then loads the next one hidden - the only image preloaded.
 */
export interface CycleState {
  /** Counts up for ever; the slide shown is `step % count`. */
  step: number;
  /** True during the cross-fade, while the previous slide is still on screen. */
  fading: boolean;
}

type SlotRole = 'shown' | 'leaving' | 'waiting';

export interface SlotContent {
  /** Index into the slide list, or null for an empty slot. */
  slide: number | null;
  role: SlotRole;
  /** Which of the pan-and-zoom paths this slide takes (0..3), varied from slide to slide. */
  pan: number;
}

export const START: CycleState = { step: 0, fading: false };

/** Next slide: starts its cross-fade. */
export function advance(state: CycleState): CycleState {
  return { step: state.step + 1, fading: true };
}

/** The cross-fade is over: the old slide's slot may load the next picture. */
export function settle(state: CycleState): CycleState {
  return state.fading ? { step: state.step, fading: false } : state;
}

/** What each of the two slots holds for `state` and a list of `count` slides. */
export function slotContents(state: CycleState, count: number): [SlotContent, SlotContent] {
  const slots: [SlotContent, SlotContent] = [
    { slide: null, role: 'waiting', pan: 0 },
    { slide: null, role: 'waiting', pan: 0 },
  ];
  if (count === 0) return slots;
  const active = state.step % 2;
  slots[active] = { slide: state.step % count, role: 'shown', pan: state.step % 4 };
  if (count > 1) {
    const other = state.fading ? state.step - 1 : state.step + 1;
    if (other >= 0) {
      slots[1 - active] = {
        slide: other % count,
        role: state.fading ? 'leaving' : 'waiting',
        pan: other % 4,
      };
    }
  }
  return slots;
}
