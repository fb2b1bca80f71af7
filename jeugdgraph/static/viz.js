/* The interactive network of /viz and of exported HTML files (jeugdgraph).
 * Reads the network from the JSON block #jeugdgraph-netwerk, draws it with vis-network, shows
 * name, kind and quote on hover and opens a node's page on click. No inline handlers, no eval,
 * no network requests: it works offline and under a Content-Security-Policy of 'self'. */
(function () {
  "use strict";

  function text(tag, className, content) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    el.textContent = content;  // never innerHTML: labels and quotes come from documents
    return el;
  }

  function tooltip(node) {
    var box = document.createElement("div");
    box.className = "jg-tooltip";
    box.appendChild(text("strong", "", node.fullLabel || node.label));
    box.appendChild(text("div", "jg-tooltip-kind", node.type && node.type !== node.kindLabel
      ? node.kindLabel + " · " + node.type : node.kindLabel));
    if (node.date) { box.appendChild(text("div", "", "Datum: " + node.date)); }
    if (node.deadline) { box.appendChild(text("div", "", "Uiterlijk: " + node.deadline)); }
    if (node.code) { box.appendChild(text("div", "", "CBS-code: " + node.code)); }
    if (node.quote) { box.appendChild(text("blockquote", "jg-tooltip-quote", "“" + node.quote + "”")); }
    if (node.href) { box.appendChild(text("div", "jg-tooltip-hint", "Klik om de pagina te openen")); }
    return box;
  }

  function start() {
    var source = document.getElementById("jeugdgraph-netwerk");
    var container = document.getElementById("netwerk");
    if (!source || !container || typeof vis === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    var many = data.nodes.length > 150;

    var nodes = new vis.DataSet(data.nodes.map(function (n) {
      return {
        id: n.id, label: n.label, shape: n.shape, value: n.degree + 1,
        color: { background: n.colour, border: "#ffffff",
                 highlight: { background: n.colour, border: "#222222" },
                 hover: { background: n.colour, border: "#222222" } },
        borderWidth: 1, title: tooltip(n), href: n.href, kind: n.kind, fullLabel: n.fullLabel
      };
    }));
    var edges = new vis.DataSet(data.edges.map(function (e, i) {
      return {
        id: i, from: e.from, to: e.to, relation: e.relation, title: e.label,
        label: data.edgeLabels ? e.label : undefined,
        arrows: { to: { enabled: true, scaleFactor: 0.4 } },
        color: { color: e.colour, highlight: "#222222", hover: "#222222", opacity: 0.75 }
      };
    }));

    var options = {
      nodes: { scaling: { min: 6, max: 36, label: { enabled: false } },
               font: { size: 13, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: { width: 1, smooth: false,
               font: { size: 9, color: "#555555", strokeWidth: 2, strokeColor: "#ffffff", align: "middle" } },
      interaction: { hover: true, tooltipDelay: 120, navigationButtons: false, keyboard: true },
      layout: { improvedLayout: !many, randomSeed: 7 },
      physics: { solver: "forceAtlas2Based",
                 forceAtlas2Based: { gravitationalConstant: -60, springLength: 90, avoidOverlap: 0.4 },
                 stabilization: { iterations: many ? 250 : 400, fit: true } }
    };
    var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });  // keep the picture still once it has settled
      container.setAttribute("data-stabilised", "ja");
    });
    network.on("click", function (params) {
      if (params.nodes.length !== 1) { return; }
      var node = nodes.get(params.nodes[0]);
      if (node && node.href) { window.location.assign(node.href); }
    });
    network.on("hoverNode", function () { container.classList.add("jg-pointer"); });
    network.on("blurNode", function () { container.classList.remove("jg-pointer"); });

    window.jeugdgraph = { network: network, nodes: nodes, edges: edges, data: data };
    container.setAttribute("data-ready", "ja");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
