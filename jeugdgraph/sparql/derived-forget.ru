DELETE { GRAPH <{{derived}}> { ?s ?p ?o } } WHERE { {{documents}} { SELECT DISTINCT ?doc ?s WHERE { {{documents}} GRAPH ?doc { ?s ?x ?y } } } GRAPH <{{derived}}> { ?s ?p ?o } } ;
DELETE { GRAPH <{{derived}}> { ?t ?p ?o } } WHERE { {{documents}} GRAPH <{{derived}}> { ?t jg:telDocument ?doc . ?t ?p ?o } }
