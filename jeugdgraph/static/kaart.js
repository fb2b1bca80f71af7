// The map of youth-care regions (/kaart): plain SVG drawn from the GeoJSON of /api/kaart/lagen.json.
// No library and no request to another origin; texts from the graph go in with textContent only.
(function () {
  "use strict";
  const SVGNS = "http://www.w3.org/2000/svg";
  const svg = document.getElementById("kaart");
  const label = document.getElementById("kaart-label");
  const details = document.getElementById("kaart-details");
  const legend = document.getElementById("kaart-legenda");
  const layerSelect = document.getElementById("kaart-laag");
  const dateInput = document.getElementById("kaart-peildatum");
  const timeNote = document.getElementById("kaart-tijdlijn");
  const geojsonLink = document.getElementById("kaart-geojson");
  const COUNT_COLOURS = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
  const ZERO_COLOUR = "#f2f2f2";
  const VISION_LABELS = { "vastgesteld": "vastgesteld", "nog niet": "nog niet vastgesteld", "onbekend": "onbekend (geen regiovisie in de graaf)" };

  const state = { data: null, view: null, full: null, selected: null, region: null, layer: "regio", paths: new Map(),
    counted: false };
  window.jeugdkaart = state; // for tests and the curious

  function el(name, attrs, text) {
    const node = document.createElement(name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function svgEl(name, attrs) {
    const node = document.createElementNS(SVGNS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  // --- geometry -----------------------------------------------------------------------------
  function polygons(geometry) {
    if (!geometry) return [];
    if (geometry.type === "Polygon") return [geometry.coordinates];
    if (geometry.type === "MultiPolygon") return geometry.coordinates;
    return [];
  }
  function pathData(geometry, p, box) {
    let d = "";
    for (const polygon of polygons(geometry)) {
      for (const ring of polygon) {
        ring.forEach(function (pos, i) {
          const x = (pos[0] - p.lon0) * p.kx, y = (p.lat0 - pos[1]) * p.ky;
          if (box) { box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y); }
          d += (i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1);
        });
        d += "Z";
      }
    }
    return d;
  }

  // --- colouring ------------------------------------------------------------------------------
  function countBins(values) {
    const max = Math.max(0, ...values);
    if (max === 0) return [];
    const edges = [];
    for (let i = 1; i <= COUNT_COLOURS.length; i++) edges.push(Math.max(1, Math.ceil(max * i / COUNT_COLOURS.length)));
    const bins = [];
    let low = 1;
    edges.forEach(function (high, i) {
      if (high >= low) { bins.push({ low: low, high: high, colour: COUNT_COLOURS[i] }); low = high + 1; }
    });
    return bins;
  }
  function countColour(value, bins) {
    if (!value) return ZERO_COLOUR;
    for (const bin of bins) if (value <= bin.high) return bin.colour;
    return COUNT_COLOURS[COUNT_COLOURS.length - 1];
  }
  // the layer drawn: the chosen one, or the regions while the counts are still on their way
  function shown() { return state.counted ? state.layer : "regio"; }
  function layerValue(props) {
    const layer = shown();
    if (layer === "documenten") return props.documenten;
    if (layer === "opdrachten") return props.open_opdrachten;
    if (layer === "regiovisie") return props.regiovisie;
    return props.regio_naam;
  }
  function colourAll() {
    const features = state.data.gemeenten.features;
    const layer = shown();
    const bins = layer === "regio" || layer === "regiovisie" ? [] : countBins(features.map(f => layerValue(f.properties)));
    for (const f of features) {
      const path = state.paths.get(f.properties.code);
      let fill = f.properties.kleur;
      if (layer === "regiovisie") fill = state.data.regiovisieKleuren[f.properties.regiovisie];
      else if (layer === "documenten" || layer === "opdrachten") fill = countColour(layerValue(f.properties), bins);
      path.setAttribute("fill", fill);
    }
    drawLegend(bins);
  }

  // --- drawing --------------------------------------------------------------------------------
  function draw() {
    const data = state.data, p = data.projectie;
    svg.replaceChildren();
    state.paths.clear();
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    const municipalities = svgEl("g", { id: "kaart-gemeenten", stroke: "#ffffff", "stroke-width": "0.5", "stroke-linejoin": "round" });
    for (const f of data.gemeenten.features) {
      const path = svgEl("path", { d: pathData(f.geometry, p, box), class: "jg-gemeente", "fill-rule": "evenodd",
        "vector-effect": "non-scaling-stroke", "data-code": f.properties.code, "data-regio": f.properties.regio });
      path.feature = f;
      state.paths.set(f.properties.code, path);
      municipalities.appendChild(path);
    }
    const provinces = svgEl("g", { id: "kaart-provincies", fill: "none", stroke: "#4a5560", "stroke-opacity": "0.45",
      "stroke-width": "0.9", "stroke-dasharray": "4 3", "pointer-events": "none" });
    for (const f of data.provincies.features) {
      provinces.appendChild(svgEl("path", { d: pathData(f.geometry, p), "vector-effect": "non-scaling-stroke", "data-code": f.properties.code }));
    }
    const regions = svgEl("g", { id: "kaart-regios", fill: "none", stroke: "#1b1f23", "stroke-width": "2.2",
      "stroke-linejoin": "round", "pointer-events": "none" });
    for (const f of data.regios.features) {
      regions.appendChild(svgEl("path", { d: pathData(f.geometry, p), "vector-effect": "non-scaling-stroke", "data-regio": f.properties.iri }));
    }
    const selection = svgEl("g", { id: "kaart-selectie", fill: "none", stroke: "#d7191c", "stroke-width": "3.2", "pointer-events": "none" });
    svg.append(municipalities, provinces, regions, selection);
    const margin = 20;
    state.full = [box[0] - margin, box[1] - margin, box[2] - box[0] + 2 * margin, box[3] - box[1] + 2 * margin];
    if (!state.view) setView(state.full.slice());
    else setView(state.view);
    colourAll();
    state.drawnAt = performance.now(); // milliseconds since navigation began (bench/map.py reads it)
    svg.setAttribute("data-geladen", "ja");
  }

  function highlight(geometries) {
    const selection = document.getElementById("kaart-selectie");
    selection.replaceChildren();
    for (const g of geometries) selection.appendChild(svgEl("path", { d: pathData(g, state.data.projectie), "vector-effect": "non-scaling-stroke" }));
  }

  // --- zoom and pan ---------------------------------------------------------------------------
  function setView(view) {
    state.view = view;
    svg.setAttribute("viewBox", view.map(v => v.toFixed(1)).join(" "));
  }
  function toMap(clientX, clientY) {
    const point = svg.createSVGPoint();
    point.x = clientX; point.y = clientY;
    const matrix = svg.getScreenCTM();
    return matrix ? point.matrixTransform(matrix.inverse()) : { x: state.view[0] + state.view[2] / 2, y: state.view[1] + state.view[3] / 2 };
  }
  function zoom(factor, centre) {
    const [x, y, w, h] = state.view;
    const c = centre || { x: x + w / 2, y: y + h / 2 };
    const nw = Math.min(Math.max(w * factor, state.full[2] / 40), state.full[2] * 2);
    const f = nw / w;
    setView([c.x - (c.x - x) * f, c.y - (c.y - y) * f, w * f, h * f]);
  }
  function fitTo(bounds, pad) {
    const [x0, y0, x1, y1] = bounds;
    const margin = Math.max(x1 - x0, y1 - y0) * (pad || 0.15) + 10;
    setView([x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin]);
  }
  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    zoom(event.deltaY > 0 ? 1.2 : 1 / 1.2, toMap(event.clientX, event.clientY));
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, view: state.view.slice(), moved: false };
  });
  window.addEventListener("pointermove", function (event) {
    if (!drag) return;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    drag.moved = true;
    svg.classList.add("jg-slepen");
    const rect = svg.getBoundingClientRect();
    const scale = Math.max(drag.view[2] / rect.width, drag.view[3] / rect.height);
    setView([drag.view[0] - dx * scale, drag.view[1] - dy * scale, drag.view[2], drag.view[3]]);
  });
  window.addEventListener("pointerup", function () {
    svg.classList.remove("jg-slepen");
    if (drag && drag.moved) state.justDragged = true;
    drag = null;
  });
  document.getElementById("kaart-in").addEventListener("click", () => zoom(1 / 1.5));
  document.getElementById("kaart-uit").addEventListener("click", () => zoom(1.5));
  document.getElementById("kaart-passend").addEventListener("click", () => setView(state.full.slice()));

  // --- hover label ----------------------------------------------------------------------------
  function hoverText(props) {
    let text = props.naam + " · " + (props.regio_naam ? props.regio_naam + " (" + props.regio_code + ")" : "geen jeugdregio");
    const layer = shown();
    if (layer === "regiovisie") text += " · regiovisie " + VISION_LABELS[props.regiovisie];
    if (layer === "documenten") text += " · " + props.documenten + " document" + (props.documenten === 1 ? "" : "en");
    if (layer === "opdrachten") text += " · " + props.open_opdrachten + " open opdracht" + (props.open_opdrachten === 1 ? "" : "en");
    return text;
  }
  svg.addEventListener("mousemove", function (event) {
    const target = event.target;
    if (!target.feature || drag) { label.hidden = true; return; }
    label.textContent = hoverText(target.feature.properties);
    const box = svg.parentElement.getBoundingClientRect();
    label.style.left = (event.clientX - box.left + 14) + "px";
    label.style.top = (event.clientY - box.top + 12) + "px";
    label.hidden = false;
  });
  svg.addEventListener("mouseleave", function () { label.hidden = true; });

  // --- details --------------------------------------------------------------------------------
  function link(href, text) { return el("a", { href: href }, text); }
  function paragraph(parts) {
    const p = el("p");
    for (const part of parts) p.append(part);
    return p;
  }
  function fetchJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      if (!response.ok) return response.json().catch(() => ({})).then(body => { throw new Error(body.detail || body.fout || ("HTTP " + response.status)); });
      return response.json();
    });
  }
  function showError(message) {
    details.replaceChildren(el("p", { class: "jg-overdue" }, "Dit kon niet worden opgehaald: " + message));
  }
  function regionButton(region) {
    const button = el("button", { type: "button", class: "jg-link" }, "toon de regio");
    button.addEventListener("click", () => selectRegion(region.slug, true));
    return button;
  }
  function showMunicipality(info) {
    const parts = [el("h2", {}, info.naam), el("p", { class: "jg-muted" }, info.code + " · provincie " + (info.provincie || "onbekend") + " · stand " + info.peildatum)];
    if (info.regio) {
      parts.push(paragraph(["Jeugdregio: ", link(info.regio.href, info.regio.naam), " (" + info.regio.code + ") · ", regionButton(info.regio)]));
      if (info.regio.uitgevoerd_door.length) {
        const p = paragraph(["Uitgevoerd door: "]);
        info.regio.uitgevoerd_door.forEach((b, i) => { if (i) p.append(", "); p.append(link(b.href, b.naam)); });
        parts.push(p);
      }
    } else {
      parts.push(el("p", {}, "Op deze datum hoort deze gemeente volgens de graaf bij geen jeugdregio."));
    }
    parts.push(el("p", {}, "Regiovisie: " + VISION_LABELS[info.regiovisie] + "."));
    parts.push(el("h3", {}, "Documenten die haar noemen (" + info.documenten.length + ")"));
    if (info.documenten.length) {
      const list = el("ul", { id: "kaart-documenten" });
      for (const d of info.documenten) {
        const item = el("li");
        item.append(link(d.href, d.titel), el("span", { class: "jg-muted" }, " " + [d.soort, d.datum].filter(Boolean).join(", ")));
        list.appendChild(item);
      }
      parts.push(list);
    } else parts.push(el("p", { class: "jg-muted" }, "Geen document in de graaf noemt deze gemeente."));
    const open = info.opdrachten.filter(o => o.open).length;
    parts.push(el("h3", {}, "Opdrachten met een termijn (" + open + " open)"));
    if (info.opdrachten.length) {
      const list = el("ul", { id: "kaart-opdrachten" });
      for (const o of info.opdrachten) {
        const item = el("li");
        item.append(link(o.href, o.label), " uit " + o.document + ": ",
          el("span", { class: o.open ? "" : "jg-overdue" }, "uiterlijk " + o.termijn + (o.open ? "" : " (verstreken)")));
        if (o.citaat) item.append(el("br"), el("span", { class: "jg-muted" }, o.citaat));
        list.appendChild(item);
      }
      parts.push(list);
    } else parts.push(el("p", { class: "jg-muted" }, "De documenten over deze gemeente noemen geen opdracht met een termijn."));
    parts.push(paragraph([link(info.href, "Pagina van " + info.naam)]));
    details.replaceChildren(...parts);
  }
  function showRegion(info) {
    const parts = [el("h2", {}, info.naam), el("p", { class: "jg-muted" }, (info.code || "") + " · " + info.leden.length + " gemeenten · stand " + info.peildatum)];
    parts.push(paragraph([link(info.href, "Pagina van de regio"), " · ", link(info.overzicht, "in het overzicht van de regio's")]));
    if (info.uitgevoerd_door.length) {
      const p = paragraph(["Uitgevoerd door: "]);
      info.uitgevoerd_door.forEach((b, i) => { if (i) p.append(", "); p.append(link(b.href, b.naam)); });
      parts.push(p);
    }
    parts.push(el("p", {}, info.regiovisies ? "Regiovisies in de graaf: " + info.regiovisies + "." : "Geen regiovisie van deze regio in de graaf."));
    parts.push(el("h3", {}, "Gemeenten"));
    const list = el("ul", { id: "kaart-leden" });
    for (const m of info.leden) {
      const item = el("li");
      item.append(link(m.href, m.naam), el("span", { class: "jg-muted" }, " " + m.code + (m.documenten ? " · " + m.documenten + " document(en)" : "")));
      list.appendChild(item);
    }
    parts.push(list);
    details.replaceChildren(...parts);
  }
  function day() { return dateInput.value ? "?datum=" + encodeURIComponent(dateInput.value) : ""; }
  function selectMunicipality(code) {
    const path = state.paths.get(code);
    if (!path) return;
    state.selected = code; state.region = null;
    highlight([path.feature.geometry]);
    return fetchJson("/api/kaart/gemeente/" + encodeURIComponent(code) + ".json" + day()).then(showMunicipality, e => showError(e.message));
  }
  function selectRegion(slug, zoomTo) {
    const feature = state.data.regios.features.find(f => f.properties.slug === slug);
    state.region = slug; state.selected = null;
    if (feature) {
      highlight([feature.geometry]);
      if (zoomTo) {
        const box = [Infinity, Infinity, -Infinity, -Infinity];
        pathData(feature.geometry, state.data.projectie, box);
        fitTo(box);
      }
    }
    return fetchJson("/api/kaart/regio/" + encodeURIComponent(slug) + ".json" + day()).then(showRegion, e => showError(e.message));
  }
  svg.addEventListener("click", function (event) {
    if (state.justDragged) { state.justDragged = false; return; }
    if (event.target.feature) selectMunicipality(event.target.feature.properties.code);
  });

  // --- legend ---------------------------------------------------------------------------------
  function swatch(colour) {
    const box = svgEl("svg", { width: "14", height: "14", class: "jg-vlak", "aria-hidden": "true" });
    box.appendChild(svgEl("rect", { width: "14", height: "14", fill: colour, stroke: "#888", "stroke-width": "0.5" }));
    return box;
  }
  function legendItem(colour, text, onClick) {
    const item = el("li", { class: onClick ? "jg-legenda-item" : "" });
    item.append(swatch(colour), el("span", {}, text));
    if (onClick) item.addEventListener("click", onClick);
    return item;
  }
  function drawLegend(bins) {
    const features = state.data.gemeenten.features;
    const list = el("ul", { id: "kaart-legenda-lijst" });
    let title = "";
    const layer = shown();
    if (layer === "regio") {
      title = state.data.regios.features.length + " jeugdregio's";
      const regions = state.data.regios.features.slice().sort((a, b) => a.properties.naam.localeCompare(b.properties.naam, "nl"));
      for (const f of regions) {
        const item = legendItem(f.properties.kleur, f.properties.naam + " (" + f.properties.leden + ")", () => selectRegion(f.properties.slug, true));
        item.setAttribute("data-regio", f.properties.slug);
        list.appendChild(item);
      }
      const without = features.filter(f => !f.properties.regio).length;
      if (without) list.appendChild(legendItem("#d9d9d9", "geen jeugdregio (" + without + ")"));
    } else if (layer === "regiovisie") {
      title = "Regiovisie van de eigen regio";
      for (const status of ["vastgesteld", "nog niet", "onbekend"]) {
        const n = features.filter(f => f.properties.regiovisie === status).length;
        list.appendChild(legendItem(state.data.regiovisieKleuren[status], VISION_LABELS[status] + " (" + n + ")"));
      }
    } else {
      title = layer === "documenten" ? "Documenten die de gemeente noemen of die zij uitgaf" : "Opdrachten met een termijn op of na " + state.data.peildatum;
      const zero = features.filter(f => !layerValue(f.properties)).length;
      list.appendChild(legendItem(ZERO_COLOUR, "geen (" + zero + " gemeenten)"));
      for (const bin of bins) {
        const n = features.filter(f => { const v = layerValue(f.properties); return v >= bin.low && v <= bin.high; }).length;
        list.appendChild(legendItem(bin.colour, (bin.low === bin.high ? bin.low : bin.low + "–" + bin.high) + " (" + n + " gemeenten)"));
      }
    }
    const waiting = state.layer !== layer ? [el("p", { class: "jg-muted" }, "De tellingen worden opgehaald…")] : [];
    legend.replaceChildren(...waiting, el("h3", {}, title), list,
      el("p", { class: "jg-muted" }, "Dikke lijn: grens van een jeugdregio. Gestippeld: provinciegrens. " + state.data.bron + "."));
  }

  // --- loading --------------------------------------------------------------------------------
  function load() {
    svg.setAttribute("data-geladen", "nee");
    return fetchJson(svg.getAttribute("data-lagen") + day()).then(function (data) {
      state.data = data;
      timeNote.textContent = data.tijdlijn ? "" : "De graaf kent nog geen lidmaatschappen door de tijd; elke datum toont de huidige indeling.";
      geojsonLink.setAttribute("href", "/api/kaart.geojson" + day());
      state.counted = false;
      draw();
      loadCounts(data);
      if (state.selected) return selectMunicipality(state.selected);
      if (state.region) return selectRegion(state.region, false);
    }, function (error) {
      details.replaceChildren(el("p", { class: "jg-overdue" }, "De kaart kon niet worden geladen: " + error.message));
    });
  }
  // documents, open items and regiovisie status grow with the corpus: asked for after drawing
  function loadCounts(data) {
    return fetchJson("/api/kaart/tellingen.json?datum=" + encodeURIComponent(data.peildatum)).then(function (counts) {
      if (state.data !== data) return; // another day was chosen meanwhile
      const none = { documenten: 0, open_opdrachten: 0, regiovisie: "onbekend" };
      for (const f of data.gemeenten.features) Object.assign(f.properties, counts.gemeenten[f.properties.code] || none);
      state.counted = true;
      state.countedAt = performance.now();
      colourAll();
    }, function (error) {
      timeNote.textContent = "De tellingen konden niet worden opgehaald: " + error.message;
    });
  }
  layerSelect.addEventListener("change", function () { state.layer = layerSelect.value; if (state.data) colourAll(); });
  dateInput.addEventListener("change", load);
  state.selectMunicipality = selectMunicipality;
  state.selectRegion = selectRegion;
  const params = new URLSearchParams(window.location.search);
  if (params.get("laag")) { layerSelect.value = params.get("laag"); state.layer = layerSelect.value || "regio"; }
  if (params.get("datum")) dateInput.value = params.get("datum");
  load().then(function () {
    if (params.get("gemeente")) {
      const code = params.get("gemeente").toUpperCase();
      const path = state.paths.get(code);
      if (path) {
        const box = [Infinity, Infinity, -Infinity, -Infinity];
        pathData(path.feature.geometry, state.data.projectie, box);
        fitTo(box, 1.5);
        selectMunicipality(code);
      }
    } else if (params.get("regio")) selectRegion(params.get("regio").toLowerCase(), true);
  });
})();
