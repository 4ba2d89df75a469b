import { escapeHtml } from '../brief/render-html.ts';

/** The dashboard's stylesheet: readable type, clear citations, no external assets. */
export const STYLES = `
  :root { color-scheme: light dark; --ink: #1d2329; --muted: #5b6670; --line: #d8dee4; --accent: #0b5cad; --bg: #fbfcfd; }
  @media (prefers-color-scheme: dark) { :root { --ink: #e6e9ec; --muted: #9aa5b1; --line: #30363d; --accent: #6cb6ff; --bg: #101418; } }
  body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
  header { padding: 12px 24px; border-bottom: 1px solid var(--line); display: flex; gap: 16px; align-items: baseline; }
  header a { color: inherit; text-decoration: none; font-weight: 700; }
  main { max-width: 920px; margin: 0 auto; padding: 16px 24px 48px; }
  h1 { font-size: 1.6rem; line-height: 1.25; margin: 8px 0; } h2 { font-size: 1.1rem; margin-top: 28px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 8px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
  th { color: var(--muted); font-weight: 600; font-size: .85rem; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
  a { color: var(--accent); } .cite { font-size: .8em; text-decoration: none; margin-left: 1px; }
  .story-meta, .muted { color: var(--muted); } li { margin: 4px 0; } time { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: 6px; }
  .error { border: 1px solid #c62828; padding: 8px 12px; border-radius: 6px; }
`;

/** Wraps page content in the dashboard layout. */
export function renderLayout(title: string, content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Dossier</title><style>${STYLES}</style></head>
<body><header><a href="/">Dossier</a><span class="muted">stories from many sources, every line cited</span></header>
<main>${content}</main></body></html>`;
}
