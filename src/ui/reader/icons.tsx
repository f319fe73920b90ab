/** Toolbar icons, drawn inline (no icon font, no emoji font needed, nothing fetched). */
const common = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;

export const IconSummary = () => (
  <svg {...common}>
    <path d="M4 6h16M4 12h16M4 18h10" />
  </svg>
);
export const IconSpeaker = () => (
  <svg {...common}>
    <path d="M11 5 6 9H3v6h3l5 4z" />
    <path d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" />
  </svg>
);
export const IconPrint = () => (
  <svg {...common}>
    <path d="M6 9V3h12v6M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2" />
    <path d="M6 14h12v7H6z" />
  </svg>
);
export const IconShare = () => (
  <svg {...common}>
    <path d="M3 3h7v7H3zM14 3h7v7h-7zM3 14h7v7H3z" />
    <path d="M14 14h3v3h-3zM20 14v1M14 20h1M18 18h3v3" />
  </svg>
);
export const IconText = () => (
  <svg {...common}>
    <path d="M4 19 9 5l5 14M5.5 15h7M15 19l3-8 3 8M16 17h4" />
  </svg>
);
