DELETE { GRAPH <{{derived}}> { ?b jg:blokSoort ?soort ; jg:blokSleutel ?sleutel ; jg:aantal ?n } }
WHERE { GRAPH <{{derived}}> { ?b jg:hertelSoort ?h ; jg:blokSoort ?soort ; jg:blokSleutel ?sleutel ; jg:aantal ?n } } ;
INSERT { GRAPH <{{derived}}> { ?b jg:blokSoort ?soort ; jg:blokSleutel ?sleutel ; jg:aantal ?n } }
WHERE {
  { SELECT ?b ?soort ?sleutel (COUNT(DISTINCT ?s) AS ?n) WHERE {
      GRAPH <{{derived}}> { ?b jg:hertelSoort ?soort ; jg:hertelSleutel ?sleutel }
      {{kinds}}
      GRAPH <{{derived}}> { ?s ?p ?sleutel }
    } GROUP BY ?b ?soort ?sleutel }
} ;
DELETE { GRAPH <{{derived}}> { ?b jg:blokNaam ?naam } }
WHERE { GRAPH <{{derived}}> { ?b jg:hertelSoort "genoemd" ; jg:blokNaam ?naam } } ;
{{names}} ;
DELETE { GRAPH <{{derived}}> { ?b jg:hertelSoort ?soort ; jg:hertelSleutel ?sleutel } }
WHERE { GRAPH <{{derived}}> { ?b jg:hertelSoort ?soort ; jg:hertelSleutel ?sleutel } }
