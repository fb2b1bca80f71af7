# the names of the named organisations, programmes and joint bodies beside their counts, so that a
# listing reads one name per count: the official name the derived graph chose for a resource that a
# document names and types (the type read in that graph), or the reference graph's
INSERT { GRAPH <{{derived}}> { ?b jg:blokNaam ?naam } }
WHERE {
  GRAPH <{{derived}}> { ?b {{which}} "genoemd" ; jg:blokSleutel ?k }
  {
    VALUES ?soort { jg:Organisatie jg:GemeenschappelijkeRegeling jg:Programma }
    GRAPH <{{derived}}> { ?doc jg:bronNoemt ?k }
    GRAPH ?doc { ?k a ?soort }
    GRAPH <{{derived}}> { ?k skos:prefLabel ?naam }
  }
  UNION { GRAPH <{{reference}}> { ?k skos:prefLabel ?naam } }
  FILTER(LANG(?naam) = "nl" || LANG(?naam) = "")
}
