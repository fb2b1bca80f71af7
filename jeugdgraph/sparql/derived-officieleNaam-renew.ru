# the official names of the marked resources chosen again from every document; the counts of
# those named beside a 'genoemd' count are marked for recounting, so their jg:blokNaam follows
DELETE { GRAPH <{{derived}}> { ?e skos:prefLabel ?oud } }
WHERE { GRAPH <{{derived}}> { <{{derived}}> jg:hernoem ?e . ?e skos:prefLabel ?oud } } ;
{{rule}} ;
INSERT { GRAPH <{{derived}}> { ?b jg:hertelSoort "genoemd" ; jg:hertelSleutel ?e } }
WHERE { GRAPH <{{derived}}> { <{{derived}}> jg:hernoem ?e . ?b jg:blokSoort "genoemd" ; jg:blokSleutel ?e } } ;
DELETE { GRAPH <{{derived}}> { <{{derived}}> jg:hernoem ?e } }
WHERE { GRAPH <{{derived}}> { <{{derived}}> jg:hernoem ?e } }
