# the names of the named organisations, programmes and joint bodies beside their counts, so that a
# listing reads one name per count instead of every document graph's copy (the union default graph
# holds one per mention): each stated by a graph of a document that names and types the resource
# (read in that graph only), or by the reference graph
INSERT { GRAPH <{{derived}}> { ?b jg:blokNaam ?naam } }
WHERE {
  GRAPH <{{derived}}> { ?b {{which}} "genoemd" ; jg:blokSleutel ?k }
  {
    VALUES ?soort { jg:Organisatie jg:GemeenschappelijkeRegeling jg:Programma }
    GRAPH <{{derived}}> { ?doc jg:bronNoemt ?k }
    GRAPH ?doc { ?k a ?soort ; skos:prefLabel ?naam }
  }
  UNION { GRAPH <{{reference}}> { ?k skos:prefLabel ?naam } }
  FILTER(LANG(?naam) = "nl" || LANG(?naam) = "")
}
