# the one official name (skos:prefLabel) of each resource that documents name (jg:geschrevenNaam)
# and the reference graph does not: the spelling the most documents write, ties broken by the
# lowest in character order, so that neither build order nor writes change the choice
INSERT { GRAPH <{{derived}}> { ?e skos:prefLabel ?naam } }
WHERE {
  { SELECT ?e (MIN(?tekst) AS ?gekozen) WHERE {
      { SELECT ?e (MAX(?n) AS ?meeste) WHERE {
          { SELECT ?e ?tekst (COUNT(DISTINCT ?doc) AS ?n) WHERE {
              {{restrict}}
              GRAPH ?doc { ?e jg:geschrevenNaam ?geschreven }
              FILTER(STRSTARTS(STR(?doc), "{{prefix}}"))
              BIND(STR(?geschreven) AS ?tekst)
            } GROUP BY ?e ?tekst }
        } GROUP BY ?e }
      { SELECT ?e ?tekst (COUNT(DISTINCT ?doc) AS ?n) WHERE {
          {{restrict}}
          GRAPH ?doc { ?e jg:geschrevenNaam ?geschreven }
          FILTER(STRSTARTS(STR(?doc), "{{prefix}}"))
          BIND(STR(?geschreven) AS ?tekst)
        } GROUP BY ?e ?tekst }
      FILTER(?n = ?meeste)
    } GROUP BY ?e }
  FILTER NOT EXISTS { GRAPH <{{reference}}> { ?e skos:prefLabel ?officieel } }
  BIND(STRLANG(?gekozen, "nl") AS ?naam)
}
