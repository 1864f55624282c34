import type { ReadDocument } from "../export/read-docs.js";
import { esc, html, jsonForScript, raw, type Html } from "./escape.js";
import { markup } from "./markup.js";
import { collect, quantityValue } from "./records.js";

/**
 * Okabe-Ito, the colour-blind-safe palette (Okabe & Ito 2008): one hue per layer or entity group,
 * and each layer also has its own line style (solid, dashed, double, outline) so colour is never
 * the only cue. Backgrounds are light tints so the text stays readable.
 */
export const PALETTE = {
  PERSON: "#E69F00", // orange
  ORG: "#0072B2", // blue
  GPE: "#009E73", // bluish green
  LOC: "#009E73",
  NORP: "#CC79A7", // reddish purple
  OTHER: "#7f7f7f", // FAC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE
  quantity: "#F0E442", // yellow
  date: "#56B4E9", // sky blue
  quote: "#D55E00", // vermillion
  event: "#000000",
} as const;

const OTHER_TYPES = ["FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"];

export const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111;background:#fff}
header{padding:.6rem 1.2rem;border-bottom:1px solid #ddd}header h1{font-size:1.25rem;margin:0}header p{margin:.2rem 0 0;color:#444;font-size:.9rem}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(18rem,2fr);gap:1.2rem;padding:1rem 1.2rem}
@media (max-width:900px){main{grid-template-columns:1fr}}
#text{white-space:pre-wrap;font-size:1.05rem;line-height:2.1}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .8rem;font-size:.85rem;margin:.4rem 0 0;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:.3rem}.sw{display:inline-block;width:1.6em;height:1em;border-radius:2px}
mark.nf{background:transparent;color:inherit;padding:0 1px;border-radius:2px;cursor:help}
mark.nf:focus{outline:3px solid #000;outline-offset:1px}mark.nf.on{box-shadow:0 0 0 2px #000}
mark.L-entity{border-bottom:3px solid var(--c);background:color-mix(in srgb,var(--c) 22%,white)}
mark.L-entity.last::after{content:attr(data-l);font-size:.6em;font-weight:700;letter-spacing:.02em;margin-left:.25em;padding:0 .25em;border-radius:2px;background:var(--c);color:#fff;vertical-align:.35em}
mark.L-quantity{--c:${PALETTE.quantity};background:color-mix(in srgb,var(--c) 55%,white);border-bottom:3px double #8a7f00}
mark.L-date{--c:${PALETTE.date};background:color-mix(in srgb,var(--c) 30%,white);border-bottom:2px dashed #1f6f99}
mark.L-quote{--c:${PALETTE.quote};background:transparent;font-style:italic;border-bottom:1px dotted var(--c);box-shadow:inset 0 -1px 0 var(--c)}
mark.L-quote.on{box-shadow:0 0 0 2px #000}
mark.L-event{--c:${PALETTE.event};outline:1px dashed var(--c)}
.T-PERSON{--c:${PALETTE.PERSON}}.T-ORG{--c:${PALETTE.ORG}}.T-GPE,.T-LOC{--c:${PALETTE.GPE}}.T-NORP{--c:${PALETTE.NORP}}
${OTHER_TYPES.map((t) => `.T-${t}`).join(",")}{--c:${PALETTE.OTHER}}
aside{font-size:.88rem}aside h2{font-size:1rem;margin:1rem 0 .3rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.15rem .35rem;border-bottom:1px solid #eee}th{font-weight:600;color:#333}
tr[data-k]{cursor:help}tr[data-k]:focus{outline:2px solid #000}tr.on{background:#f2f2f2}
#nf-tip{position:absolute;z-index:10;max-width:26rem;background:#111;color:#fff;padding:.4rem .6rem;border-radius:4px;font-size:.82rem;line-height:1.35;pointer-events:none}
#nf-tip b{color:#F0E442;font-weight:600}
#record{min-height:3rem;background:#f7f7f7;border:1px solid #ddd;border-radius:4px;padding:.4rem .6rem;font-size:.85rem}
`;

/** Shows the record of the hovered or focused span (or panel row) in the tooltip and the panel; text is set with textContent only. */
export const SCRIPT = `
(function(){
var data=JSON.parse(document.getElementById("nf-data").textContent);
var tip=document.getElementById("nf-tip"),box=document.getElementById("record");
function fill(el,r){el.replaceChildren();Object.keys(r).forEach(function(k){var v=r[k];if(v===null||v===undefined||v==="")return;var d=document.createElement("div"),b=document.createElement("b");b.textContent=k+": ";d.append(b,String(v));el.append(d);});}
function show(el){var k=el.getAttribute("data-k"),r=data.records[k];if(!r)return;fill(tip,r);fill(box,r);tip.hidden=false;
var m=document.querySelector('mark[data-k="'+CSS.escape(k)+'"]')||el,rc=(el.tagName==="MARK"?el:m).getBoundingClientRect();
tip.style.left=Math.max(4,Math.min(rc.left+scrollX,innerWidth-420))+"px";tip.style.top=(rc.bottom+scrollY+6)+"px";
document.querySelectorAll(".on").forEach(function(x){x.classList.remove("on")});
document.querySelectorAll('[data-k="'+CSS.escape(k)+'"]').forEach(function(x){x.classList.add("on")});}
function on(e){var el=e.target.closest&&e.target.closest("[data-k]");if(el)show(el);}
document.addEventListener("mouseover",on);document.addEventListener("focusin",on);
document.addEventListener("keydown",function(e){if(e.key==="Escape")tip.hidden=true;});
})();
`;

function legend(doc: ReadDocument): Html {
  const types = [...new Set(doc.entities.map((e) => e.type))].sort();
  const items: Html[] = types.map((t) => html`<li><mark class="nf L-entity T-${t}" data-l="${t}">${t}</mark></li>`);
  items.push(html`<li><mark class="nf L-quantity">quantity</mark></li>`, html`<li><mark class="nf L-date">date</mark></li>`, html`<li><mark class="nf L-quote">“quote”</mark></li>`);
  if (doc.events.length) items.push(html`<li><mark class="nf L-event">event</mark></li>`);
  return html`<ul class="legend" aria-label="legend">${items}</ul>`;
}

function panel(doc: ReadDocument): Html {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const entities = doc.entities.map(
    (e) =>
      html`<tr data-k="${e.id}.0" tabindex="0"><td>${e.name}</td><td>${e.type}</td><td>${e.mentions.length}</td><td>${e.aliases.join("; ")}</td></tr>`,
  );
  const quantities = doc.quantities.map(
    (q) => html`<tr data-k="${q.id}" tabindex="0"><td>${q.text}</td><td>${quantityValue(q)}</td><td>${q.unit ?? ""}</td><td>${q.counted ?? ""}</td></tr>`,
  );
  const dates = doc.dates.map((d) => html`<tr data-k="${d.id}" tabindex="0"><td>${d.text}</td><td>${d.kind}</td><td>${d.value ?? ""}</td></tr>`);
  const quotes = doc.quotes.map((q) => {
    const words = q.text.length > 110 ? `${q.text.slice(0, 107)}…` : q.text;
    return html`<tr data-k="${q.id}" tabindex="0"><td>${words}</td><td>${q.speaker ? (names.get(q.speaker) ?? q.speaker) : "—"}</td></tr>`;
  });
  const parts: Html[] = [
    html`<h2>Record</h2><div id="record" aria-live="polite">Hover or focus (Tab) a highlighted span to see its record.</div>`,
    html`<h2>Entities (${doc.entities.length})</h2><table><thead><tr><th>name</th><th>type</th><th>mentions</th><th>aliases</th></tr></thead><tbody>${entities}</tbody></table>`,
    html`<h2>Quantities (${doc.quantities.length})</h2><table><thead><tr><th>text</th><th>value</th><th>unit</th><th>counted</th></tr></thead><tbody>${quantities}</tbody></table>`,
    html`<h2>Dates (${doc.dates.length})</h2><table><thead><tr><th>text</th><th>kind</th><th>value</th></tr></thead><tbody>${dates}</tbody></table>`,
    html`<h2>Quotes (${doc.quotes.length})</h2><table><thead><tr><th>quote</th><th>speaker</th></tr></thead><tbody>${quotes}</tbody></table>`,
  ];
  const qText = new Map(doc.quantities.map((q) => [q.id, q.text]));
  const dText = new Map(doc.dates.map((d) => [d.id, d.value ?? d.text]));
  if (doc.events.length) {
    const rows = doc.events.map(
      (e) =>
        html`<tr data-k="${e.id}" tabindex="0"><td>${e.class}${e.modality === "asserted" ? "" : ` (${e.modality})`}</td><td>${e.trigger.text}</td><td>${e.count ? (qText.get(e.count) ?? "") : ""}</td><td>${e.agent?.text ?? ""}</td><td>${e.object?.text ?? ""}</td><td>${e.time ? (dText.get(e.time) ?? "") : ""}</td><td>${e.places.map((p) => names.get(p) ?? p).join(", ")}</td></tr>`,
    );
    parts.push(html`<h2>Events (${doc.events.length})</h2><table><thead><tr><th>class</th><th>trigger</th><th>count</th><th>agent</th><th>object</th><th>time</th><th>places</th></tr></thead><tbody>${rows}</tbody></table>`);
  }
  if (doc.checks.length) {
    const rows = doc.checks.map(
      (c) => html`<tr><td>${c.kind}</td><td>${qText.get(c.total) ?? c.total}</td><td>${c.parts.map((p) => qText.get(p) ?? p).join(c.kind === "sum" ? " + " : ", ")}</td><td>${c.status}</td></tr>`,
    );
    parts.push(html`<h2>Checks (${doc.checks.length})</h2><table><thead><tr><th>kind</th><th>total</th><th>parts</th><th>status</th></tr></thead><tbody>${rows}</tbody></table>`);
  }
  return html`<aside>${parts}</aside>`;
}

/** One article as a self-contained HTML page: no network, inline CSS and script, data as escaped JSON. */
export function renderPage(doc: ReadDocument): string {
  const { highlights, records } = collect(doc);
  const title = doc.meta.title ?? doc.id;
  const sub = [doc.id, doc.meta.published].filter(Boolean).join(" · ");
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${title}</title><style>${raw(CSS)}</style></head>
<body><header><h1>${title}</h1><p>${sub} · <a href="index.html">all articles</a></p>${legend(doc)}</header>
<main><article id="text">${raw(markup(doc.text, highlights))}</article>${panel(doc)}</main>
<div id="nf-tip" role="tooltip" hidden></div>
<script type="application/json" id="nf-data">${raw(jsonForScript({ id: doc.id, records }))}</script>
<script>${raw(SCRIPT)}</script></body></html>
`;
  return page.value;
}
