// Styles for the hover card, inserted as text into the card's shadow root: nothing from the
// page's CSS reaches the card and nothing here reaches the page.
export const CARD_CSS = `
:host { all: initial; }
.rl-card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: max-content; max-width: min(380px, calc(100vw - 16px)); min-width: 220px;
  overflow: auto; padding: 12px 14px 8px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans JP", sans-serif;
  color: #1d2330; background: #ffffff;
  border: 1px solid #c9ced8; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18), 0 1px 3px rgba(0, 0, 0, 0.12);
  text-align: left; direction: ltr; white-space: normal;
}
.rl-card * { box-sizing: border-box; }
.rl-card h2 { font-size: 15px; margin: 0 22px 6px 0; font-weight: 650; }
.rl-card p { margin: 4px 0; }
.rl-close {
  position: absolute; top: 4px; right: 6px; border: 0; background: none; color: inherit;
  font: 18px/1 system-ui, sans-serif; cursor: pointer; padding: 4px 6px; border-radius: 4px;
}
.rl-close:focus-visible { outline: 2px solid #3b74e0; }
.rl-verdict { display: flex; gap: 6px; align-items: baseline; }
.rl-verdict-icon {
  display: inline-block; min-width: 1.4em; text-align: center; border-radius: 4px;
  font-weight: 700; color: #fff;
}
.rl-verdict-supported .rl-verdict-icon { background: #1f7a4a; }
.rl-verdict-conflict .rl-verdict-icon { background: #b3261e; }
.rl-verdict-unverified .rl-verdict-icon { background: #6b6f7a; }
.rl-flags { list-style: none; margin: 6px 0; padding: 0; }
.rl-flag { border-left: 3px solid #b3261e; padding: 2px 0 2px 8px; margin: 6px 0; }
.rl-flag-minor { border-left-style: dashed; border-left-color: #b07a00; }
.rl-flag-field { font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.03em; }
.rl-side { font-weight: 600; }
.rl-flag-why, .rl-hidden-minor { color: #555c6b; font-size: 13px; }
.rl-official { margin: 8px 0 0; }
.rl-official-label { font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.03em; }
.rl-official-text {
  margin: 4px 0; padding: 6px 8px; background: #f2f4f8; border-radius: 4px;
  border-left: 3px solid #3b74e0; white-space: pre-wrap;
}
.rl-source { font-size: 12px; color: #555c6b; }
.rl-official-other-account .rl-official-text { border-left-color: #7a52c7; }
.rl-official-translation .rl-official-text, .rl-official-also .rl-official-text { border-left-style: dashed; }
.rl-entity-kind { font-size: 12px; color: #555c6b; text-transform: uppercase; letter-spacing: 0.03em; }
.rl-entity-role { font-weight: 600; }
.rl-none { font-weight: normal; font-style: italic; }
.rl-brand { font-size: 11px; color: #6b7282; text-align: right; margin: 6px 0 0; }
/* Last, so the dark colours win over the light ones above (same specificity). */
@media (prefers-color-scheme: dark) {
  .rl-card { color: #e8ebf2; background: #1f2430; border-color: #454d5e; }
  .rl-card a { color: #8ab4ff; }
  .rl-official-text { background: #2a3040; }
  .rl-brand, .rl-source, .rl-entity-kind, .rl-hidden-minor, .rl-flag-why { color: #aab2c3 !important; }
}
`;
