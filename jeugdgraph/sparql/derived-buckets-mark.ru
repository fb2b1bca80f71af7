INSERT { GRAPH <{{derived}}> { ?b jg:hertelSoort ?soort ; jg:hertelSleutel ?sleutel } }
WHERE {
  {{documents}}
  # the items of a document: the subjects of its graph, and its counts (jg:telDocument)
  { SELECT DISTINCT ?doc ?s WHERE {
      {{documents}} { GRAPH ?doc { ?s ?x ?y } } UNION { GRAPH <{{derived}}> { ?s jg:telDocument ?doc } } } }
  {{kinds}}
  GRAPH <{{derived}}> { ?s ?p ?sleutel }
  BIND(IRI(CONCAT("{{bucket}}", ?soort, "/", ENCODE_FOR_URI(STR(?sleutel)))) AS ?b)
}
