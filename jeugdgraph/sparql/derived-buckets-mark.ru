INSERT { GRAPH <{{derived}}> { ?b jg:hertelSoort ?soort ; jg:hertelSleutel ?sleutel } }
WHERE {
  {{documents}}
  { SELECT DISTINCT ?doc ?s WHERE { {{documents}} GRAPH ?doc { ?s ?x ?y } } }
  {{kinds}}
  GRAPH <{{derived}}> { ?s ?p ?sleutel }
  BIND(IRI(CONCAT("{{bucket}}", ?soort, "/", ENCODE_FOR_URI(STR(?sleutel)))) AS ?b)
}
