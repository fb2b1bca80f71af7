INSERT { GRAPH <{{derived}}> { ?b jg:blokSoort ?soort ; jg:blokSleutel ?sleutel ; jg:aantal ?n } }
WHERE {
  { SELECT ?soort ?sleutel (COUNT(DISTINCT ?s) AS ?n) WHERE {
      {{kinds}}
      GRAPH <{{derived}}> { ?s ?p ?sleutel }
    } GROUP BY ?soort ?sleutel }
  BIND(IRI(CONCAT("{{bucket}}", ?soort, "/", ENCODE_FOR_URI(STR(?sleutel)))) AS ?b)
}
