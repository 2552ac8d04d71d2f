/**
 * The hover card's style, for the shadow root that holds a TermCard. Sizes are in em from the
 * user's default font size (`medium`), never from the page's CSS, so the card follows browser zoom
 * and text-size settings (readable at 200 %) whatever the page does; colours follow the system's
 * light or dark scheme. The host is reset with `all: initial` so that page styles do not leak in.
 * The content script positions the host (left, top) and may set `--tifa-card-max-height` on it
 * to placeCard's maxHeight, so that a card with little room scrolls instead of covering the term.
 * No entry animation: the card is there in the frame after the pointer event.
 */
export const cardCss = `
:host {
  all: initial;
  position: fixed;
  z-index: 2147483647;
  font-size: medium;
}
.card {
  --bg: #fffdf8;
  --fg: #1f1f1f;
  --muted: #5b5b5b;
  --line: #d9d2c5;
  --accent: #a10d09;
  --chip: #f3ede3;
  --focus: #1a56db;
  box-sizing: border-box;
  max-width: min(24em, calc(100vw - 1em));
  max-height: min(32em, var(--tifa-card-max-height, calc(100vh - 1em)));
  overflow: auto;
  overscroll-behavior: contain;
  padding: 0.75em 0.9em;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--line);
  border-radius: 0.5em;
  box-shadow: 0 0.3em 1.2em rgb(0 0 0 / 0.18);
  font: 0.9375em/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #22211f;
    --fg: #eeeae4;
    --muted: #b5afa6;
    --line: #4a4640;
    --accent: #ff8a80;
    --chip: #33302c;
    --focus: #8ab4ff;
    box-shadow: 0 0.3em 1.2em rgb(0 0 0 / 0.5);
  }
}
@media (forced-colors: active) {
  .card { border-color: CanvasText; }
}
.head {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0.25em 0.6em;
  margin-bottom: 0.35em;
}
.headword {
  font-size: 1.4em;
  font-weight: 600;
  color: var(--accent);
}
.pinyin {
  color: var(--muted);
  font-size: 1em;
}
.tools {
  margin-inline-start: auto;
  display: flex;
  gap: 0.25em;
}
p { margin: 0.35em 0; }
.english { font-weight: 500; }
.kind {
  display: inline-block;
  padding: 0 0.45em;
  border: 1px solid var(--line);
  border-radius: 1em;
  font-size: 0.75em;
  font-weight: 400;
  color: var(--muted);
  vertical-align: 0.1em;
}
.kind-official { border-color: var(--accent); color: var(--accent); }
.source, .origin, .occurrence { color: var(--muted); font-size: 0.85em; }
.list h3 {
  margin: 0.6em 0 0.2em;
  font-size: 0.75em;
  font-weight: 600;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: var(--muted);
}
.list ol { margin: 0; padding-inline-start: 1.6em; }
.list .chips { display: flex; flex-wrap: wrap; gap: 0.3em; margin: 0; padding: 0; list-style: none; }
.chips li { background: var(--chip); border-radius: 0.3em; padding: 0.05em 0.4em; }
button {
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  padding: 0;
  cursor: pointer;
}
.link { color: var(--accent); text-decoration: underline; text-underline-offset: 0.15em; }
.icon {
  display: inline-grid;
  place-items: center;
  width: 1.8em;
  height: 1.8em;
  border-radius: 0.3em;
  font-size: 1em;
  line-height: 1;
  color: var(--muted);
}
.icon:hover { background: var(--chip); color: var(--fg); }
.icon svg { width: 1.2em; height: 1.2em; fill: currentColor; }
.close { font-size: 1.3em; }
button:focus-visible {
  outline: 0.15em solid var(--focus);
  outline-offset: 0.1em;
}
`;
