import type { ReactNode } from 'react';

/**
 * The kiosk's few icons as inline SVG (no icon font, nothing fetched). Decorative: every icon sits
 * next to a visible text that names the control, so each is hidden from assistive technology.
 */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="1.3em"
      height="1.3em"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const HomeIcon = () => (
  <Icon>
    <path d="M3 11 12 4l9 7" />
    <path d="M5 10v10h5v-6h4v6h5V10" />
  </Icon>
);

export const BackIcon = () => (
  <Icon>
    <path d="M15 5 8 12l7 7" />
  </Icon>
);

/** A person with open arms: the common sign for accessibility settings. */
export const AccessibilityIcon = () => (
  <Icon>
    <circle cx="12" cy="4.5" r="1.8" />
    <path d="M4 8.5c2.6.8 5.3 1.2 8 1.2s5.4-.4 8-1.2" />
    <path d="M12 9.7V14l-3 7M12 14l3 7" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon>
    <circle cx="10.5" cy="10.5" r="6.5" />
    <path d="m15.5 15.5 5 5" />
  </Icon>
);

/** Four drops: the dye colours. */
export const ColoursIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="3.5" />
    <circle cx="16" cy="8" r="3.5" />
    <circle cx="8" cy="16" r="3.5" />
    <circle cx="16" cy="16" r="3.5" />
  </Icon>
);

/** A kawung-like four-petal figure for the motifs entry. */
export const MotifIcon = () => (
  <Icon>
    <ellipse cx="12" cy="6.5" rx="3" ry="4.5" />
    <ellipse cx="12" cy="17.5" rx="3" ry="4.5" />
    <ellipse cx="6.5" cy="12" rx="4.5" ry="3" />
    <ellipse cx="17.5" cy="12" rx="4.5" ry="3" />
  </Icon>
);

export const GridIcon = () => (
  <Icon>
    <rect x="3.5" y="3.5" width="7" height="7" rx="1" />
    <rect x="13.5" y="3.5" width="7" height="7" rx="1" />
    <rect x="3.5" y="13.5" width="7" height="7" rx="1" />
    <rect x="13.5" y="13.5" width="7" height="7" rx="1" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="M6 6l12 12M18 6 6 18" />
  </Icon>
);
