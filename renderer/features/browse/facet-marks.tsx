/**
 * The two small marks that tell a facet tab from a value chip by shape, not by colour alone (the
 * high-contrast mode paints both black; some visitors do not see the difference of hues). Both are
 * decorative: the state is spoken through `aria-selected` and `aria-pressed`.
 */

/** A tab's arrow: pointing right while closed, down (CSS turns it) while its values are open. */
export function OpenMark() {
  return (
    <svg className="facet-tab__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

/** A chip's box: an empty ring while the value is not chosen, a filled disc with a tick when it is. */
export function CheckMark() {
  return (
    <svg className="facet-chip__check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle className="facet-chip__check-ring" cx="12" cy="12" r="10" />
      <path className="facet-chip__check-tick" d="M7 12.5l3.2 3.2L17 9" />
    </svg>
  );
}
