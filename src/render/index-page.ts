import { html, raw } from "./escape.js";
import { CSS } from "./page.js";

export interface IndexRow {
  file: string;
  id: string;
  title: string | null;
  published: string | null;
  counts: { entities: number; quantities: number; dates: number; quotes: number; events: number };
  /** entity names, searched by the filter box */
  names: string[];
}

const FILTER = `
(function(){var box=document.getElementById("filter"),rows=[].slice.call(document.querySelectorAll("#articles tbody tr")),n=document.getElementById("shown");
box.addEventListener("input",function(){var q=box.value.trim().toLowerCase(),k=0;rows.forEach(function(r){var hit=!q||r.getAttribute("data-search").indexOf(q)>=0;r.hidden=!hit;if(hit)k++;});n.textContent=String(k);});})();
`;

/** The folder's index: one row per article with its counts, and a filter box over ids, titles and entity names. */
export function renderIndex(rows: IndexRow[]): string {
  const body = rows.map(
    (r) =>
      html`<tr data-search="${[r.id, r.title ?? "", ...r.names].join(" ").toLowerCase()}"><td><a href="${encodeURIComponent(r.file)}">${r.title ?? r.id}</a></td><td>${r.id}</td><td>${r.published ?? ""}</td><td>${r.counts.entities}</td><td>${r.counts.quantities}</td><td>${r.counts.dates}</td><td>${r.counts.quotes}</td><td>${r.counts.events}</td></tr>`,
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>newsfacts: ${rows.length} articles</title><style>${raw(CSS)} body{padding:0 1.2rem} #filter{font:inherit;padding:.3rem .5rem;width:24rem;max-width:100%}</style></head>
<body><h1>newsfacts: ${rows.length} articles</h1>
<p><label>Filter <input id="filter" type="search" placeholder="id, title or entity name" autocomplete="off"></label> <span id="shown">${rows.length}</span> shown</p>
<table id="articles"><thead><tr><th>article</th><th>id</th><th>published</th><th>entities</th><th>quantities</th><th>dates</th><th>quotes</th><th>events</th></tr></thead><tbody>${body}</tbody></table>
<script>${raw(FILTER)}</script></body></html>
`.value;
}
