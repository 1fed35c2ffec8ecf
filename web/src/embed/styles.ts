/** The form's own styles, inside its shadow root: the host page's CSS does not reach it, nor does this reach the page. */
export const EMBED_CSS = `
:host { all: initial; display: block; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; }
.aq { max-width: 560px; border: 1px solid #d9dee3; border-radius: 10px; padding: 18px 20px; background: #fff; }
.aq-title { font-size: 19px; margin: 0 0 12px; }
.aq h3 { font-size: 16px; margin: 18px 0 8px; }
.aq-field { display: flex; flex-direction: column; gap: 4px; margin: 0 0 12px; }
.aq-field > label, .aq-field > span:first-child { font-weight: 600; }
.aq input[type=text], .aq input[type=email], .aq input[type=date], .aq input:not([type]), .aq select { font: inherit; padding: 7px 9px; border: 1px solid #b8c0c8; border-radius: 6px; }
.aq-input { display: flex; align-items: center; gap: 6px; }
.aq-input input { flex: 1; }
.aq-address { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
.aq-address input:first-child { grid-column: 1 / 3; }
.aq-choices { display: flex; flex-wrap: wrap; gap: 12px; }
.aq-check { display: flex; gap: 8px; align-items: flex-start; margin: 6px 0 12px; }
.aq button { font: inherit; font-weight: 600; background: #1c64c8; color: #fff; border: 0; border-radius: 6px; padding: 9px 16px; cursor: pointer; }
.aq button[disabled] { opacity: .6; cursor: wait; }
.aq-muted { color: #5c6770; }
.aq-error { color: #b42318; }
.aq-breakdown { width: 100%; border-collapse: collapse; margin: 16px 0 4px; }
.aq-breakdown td { padding: 4px 6px; border-bottom: 1px solid #eef1f4; }
.aq-breakdown td:last-child { text-align: right; white-space: nowrap; }
.aq-total td { font-weight: 700; border-bottom: 0; font-size: 17px; }
.aq-done { border: 1px solid #9fd8b0; background: #f0faf3; border-radius: 10px; padding: 16px 20px; max-width: 560px; }
`;
