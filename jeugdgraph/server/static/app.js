// The jeugdgraph query page: a plain editor with line numbers, the named queries as examples,
// results as a table with links, and downloads in every format. No libraries, no other origins.
"use strict";

const RESULT_FORMATS = [
  ["json", "SPARQL JSON"], ["xml", "SPARQL XML"], ["csv", "CSV"], ["tsv", "TSV"],
];
const GRAPH_FORMATS = [
  ["turtle", "Turtle"], ["ntriples", "N-Triples"], ["jsonld", "JSON-LD"], ["rdfxml", "RDF/XML"], ["trig", "TriG"],
];

let prefixes = {};
let selectedQuery = null; // the named query whose example is in the editor, until it is edited

const $ = (id) => document.getElementById(id);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "className") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// --- the editor

function updateGutter() {
  const lines = $("query").value.split("\n").length;
  $("gutter").textContent = Array.from({ length: lines }, (_, i) => i + 1).join("\n");
  $("gutter").scrollTop = $("query").scrollTop;
}

function setupEditor() {
  const editor = $("query");
  editor.addEventListener("input", () => {
    updateGutter();
    selectedQuery = null;
    $("selected-api").replaceChildren();
  });
  editor.addEventListener("scroll", () => { $("gutter").scrollTop = editor.scrollTop; });
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run(0);
    } else if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      editor.setRangeText("  ", editor.selectionStart, editor.selectionEnd, "end");
      updateGutter();
    }
  });
  updateGutter();
}

// --- what the server tells about itself

async function loadPrefixes() {
  const response = await fetch("/api/prefixes", { headers: { Accept: "application/json" } });
  prefixes = await response.json();
  const list = $("prefix-list");
  for (const [prefix, iri] of Object.entries(prefixes)) {
    list.append(element("dt", {}, `${prefix}:`), element("dd", {}, iri));
  }
}

async function loadExamples() {
  const list = $("example-list");
  const response = await fetch("/api/queries", { headers: { Accept: "application/json" } });
  if (!response.ok) {
    list.replaceChildren(element("li", { className: "error" }, "De voorbeeldvragen konden niet geladen worden."));
    return;
  }
  const { vragen } = await response.json();
  list.replaceChildren(...vragen.map((vraag) => element("li", {},
    element("button", {
      type: "button", className: "example", "data-name": vraag.naam, title: vraag.beschrijving,
      onclick: (event) => choose(vraag, event.currentTarget),
    }, vraag.samenvatting),
    element("a", { href: vraag.voorbeeld_api, className: "api-link", title: "Deze vraag via de API" }, "API"),
  )));
}

function choose(vraag, button) {
  $("query").value = vraag.voorbeeld_sparql.trim() + "\n";
  updateGutter();
  selectedQuery = vraag;
  document.querySelectorAll("button.example").forEach((b) => b.classList.toggle("selected", b === button));
  const parameters = vraag.parameters.map((p) => `${p.naam} (${p.type})`).join(", ");
  $("selected-api").replaceChildren(
    "Als API: ", element("a", { href: vraag.voorbeeld_api }, vraag.voorbeeld_api),
    parameters ? ` — parameters: ${parameters}` : "",
  );
  $("query").focus();
}

// --- running a query

function shortIri(iri) {
  let best = null;
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    if (iri.startsWith(namespace) && (!best || namespace.length > best[1].length)) best = [prefix, namespace];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}

function cell(term) {
  if (!term) return element("td", { className: "unbound" });
  if (term.type === "uri") {
    // only http(s) IRIs become links: a stored javascript: or data: IRI stays text
    if (!/^https?:\/\//i.test(term.value)) return element("td", { title: term.value }, shortIri(term.value));
    return element("td", {}, element("a", { href: term.value, title: term.value }, shortIri(term.value)));
  }
  if (term.type === "bnode") return element("td", { className: "bnode" }, `_:${term.value}`);
  const extra = term["xml:lang"] ? `@${term["xml:lang"]}` : term.datatype ? shortIri(term.datatype) : "";
  return element("td", {}, term.value, extra ? element("span", { className: "datatype" }, ` ${extra}`) : "");
}

function showTable(data, response, paged = false) {
  const variables = data.head.vars || [];
  const bindings = data.results.bindings;
  const table = element("table", { id: "result-table" },
    element("thead", {}, element("tr", {}, ...variables.map((v) => element("th", {}, v)))),
    element("tbody", {}, ...bindings.map((row) => element("tr", {}, ...variables.map((v) => cell(row[v]))))),
  );
  $("output").replaceChildren(table);
  status(response, `${bindings.length} ${bindings.length === 1 ? "rij" : "rijen"}`, paged);
}

function status(response, what, paged = false) {
  const timing = /dur=([0-9.]+)/.exec(response.headers.get("Server-Timing") || "");
  let text = what + (timing ? ` in ${Math.round(parseFloat(timing[1]))} ms` : "");
  const total = response.headers.get("X-Jeugdgraph-Total");
  if (total) text += ` (${total} in totaal)`;
  if (!paged && response.headers.get("X-Jeugdgraph-Truncated") === "true") {
    text += ` — afgekapt: het antwoord heeft meer dan ${response.headers.get("X-Jeugdgraph-Row-Limit")} rijen`;
  }
  $("status").className = response.headers.get("X-Jeugdgraph-Truncated") === "true" ? "warning" : "";
  $("status").textContent = text;
}

function showDownloads(formats) {
  $("download-links").replaceChildren(...formats.map(([key, label]) =>
    element("button", { type: "button", className: "download", "data-format": key, onclick: () => download(key) }, label)));
  $("downloads").hidden = false;
}

function download(format) {
  const form = $("download-form");
  form.elements.query.value = $("query").value;
  form.elements.format.value = format;
  form.elements["row-limit"].value = ""; // a download holds the whole answer, not one page
  form.submit();
}

function queryForm(text) {
  const code = text.replace(/#[^\n]*/g, "").replace(/<[^>\s]*>/g, "<>").replace(/"[^"\n]*"/g, '""');
  const match = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(code);
  return match ? match[1].toUpperCase() : "SELECT";
}

function pageSize() {
  const size = parseInt($("row-limit").value, 10);
  return Number.isFinite(size) && size > 0 ? size : 100;
}

// A SELECT without LIMIT or OFFSET of its own is fetched a page at a time: one row more than the
// page tells whether a next page exists.
function pageable(query) {
  const code = query.replace(/#[^\n]*/g, "").replace(/<[^>\s]*>/g, "<>").replace(/"[^"\n]*"/g, '""');
  return queryForm(query) === "SELECT" && !/\b(LIMIT|OFFSET)\b/i.test(code);
}

function showPager(offset, size, hasNext, rows) {
  const buttons = [];
  if (offset > 0) {
    buttons.push(element("button", { type: "button", id: "previous-page", onclick: () => run(Math.max(0, offset - size)) }, "Vorige pagina"));
  }
  if (hasNext) {
    buttons.push(element("button", { type: "button", id: "next-page", onclick: () => run(offset + size) }, "Volgende pagina"));
  }
  const range = rows ? `rijen ${offset + 1}–${offset + rows}` : "geen rijen meer";
  $("pager").replaceChildren(element("span", {}, range), ...buttons);
  $("pager").hidden = !(offset > 0 || hasNext);
}

async function fetchAnswer(query, graph, offset) {
  const size = pageSize();
  if (selectedQuery && !graph && pageable(query)) {
    const joiner = selectedQuery.voorbeeld_api.includes("?") ? "&" : "?";
    const url = `${selectedQuery.voorbeeld_api}${joiner}limit=${size}&offset=${offset}`;
    const response = await fetch(url, { headers: { Accept: "application/sparql-results+json" } });
    return { response, size, paged: true, nextFromLink: /rel="next"/.test(response.headers.get("Link") || "") };
  }
  const paged = !graph && pageable(query);
  const send = (text, rows) => fetch("/sparql", {
    method: "POST",
    headers: { Accept: graph ? "text/turtle" : "application/sparql-results+json" },
    body: new URLSearchParams({ query: text, "row-limit": String(rows) }),
  });
  let response = await send(paged ? `${query}\nLIMIT ${size + 1} OFFSET ${offset}` : query, paged ? size + 1 : size);
  if (paged && response.status === 400) {
    // the error as the query was written, with its own line numbers, not those of the page's LIMIT
    response = await send(query, size);
  }
  return { response, size, paged, nextFromLink: null };
}

async function run(offset = 0) {
  const query = $("query").value;
  const graph = ["CONSTRUCT", "DESCRIBE"].includes(queryForm(query));
  $("status").className = "hint";
  $("status").textContent = "Bezig…";
  $("run").disabled = true;
  $("pager").hidden = true;
  let answerStarted = false; // the answer's first bytes came: a failure now means it was cut off
  try {
    const { response, size, paged, nextFromLink } = await fetchAnswer(query, graph, offset);
    answerStarted = response.ok;
    if (!response.ok) {
      let message = `Fout ${response.status}`;
      try { message = (await response.json()).fout || message; } catch (_) { /* not JSON */ }
      $("status").className = "error";
      $("status").textContent = message;
      $("output").replaceChildren();
      $("downloads").hidden = true;
      return;
    }
    if (graph) {
      const text = await response.text();
      $("output").replaceChildren(element("pre", { id: "result-graph" }, text));
      const rows = response.headers.get("X-Jeugdgraph-Rows"); // absent when streamed without a cap
      status(response, rows === null ? "Triples" : `${rows} triples`);
      showDownloads(GRAPH_FORMATS);
      return;
    }
    const data = await response.json();
    if ("boolean" in data) {
      $("output").replaceChildren(element("p", { id: "result-boolean" }, data.boolean ? "Ja" : "Nee"));
      status(response, "ASK-antwoord");
    } else {
      let hasNext = false;
      if (paged && nextFromLink === null) {
        hasNext = data.results.bindings.length > size;
        data.results.bindings = data.results.bindings.slice(0, size);
      } else if (paged) {
        hasNext = nextFromLink;
      }
      showTable(data, response, paged);
      if (paged) showPager(offset, size, hasNext, data.results.bindings.length);
    }
    showDownloads(RESULT_FORMATS);
  } catch (error) {
    $("status").className = "error";
    $("status").textContent = answerStarted
      ? "Het antwoord is onderweg afgebroken (de tijdslimiet verstreek of de server stopte); wat binnenkwam " +
        "is onvolledig en wordt niet getoond. Maak de query specifieker of vraag minder rijen."
      : `De server antwoordt niet: ${error.message}`;
    $("output").replaceChildren();
    $("downloads").hidden = true;
  } finally {
    $("run").disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  setupEditor();
  $("query-form").addEventListener("submit", (event) => { event.preventDefault(); run(0); });
  loadPrefixes().catch(() => {});
  loadExamples().catch(() => {
    $("example-list").replaceChildren(element("li", { className: "error" }, "De voorbeeldvragen konden niet geladen worden."));
  });
});
