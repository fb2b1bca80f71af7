        INSERT { GRAPH <{{derived}}> { ?doc jg:uitsprakenBlok ?volgorde } }
        WHERE {
          { SELECT ?doc ?thema WHERE { {{restrict}} GRAPH ?doc { ?doc jg:bronbestand ?bestand ; jg:thema ?thema } } }
          # counted apart and joined: one pass over the statements instead of one per document and theme
          OPTIONAL {
            SELECT ?doc ?thema (COUNT(DISTINCT ?uitspraak) AS ?m)
            WHERE { {{restrict}} GRAPH ?doc { ?uitspraak jg:thema ?thema ; prov:wasDerivedFrom ?doc } }
            GROUP BY ?doc ?thema
          }
          BIND(COALESCE(?m, 0) AS ?n)
          # the theme and the count written to sort as text: a listing's page takes the highest first
          BIND(CONCAT(STR(?thema), " ", SUBSTR(CONCAT("000000", STR(?n)), STRLEN(STR(?n)) + 1)) AS ?volgorde)
        }
