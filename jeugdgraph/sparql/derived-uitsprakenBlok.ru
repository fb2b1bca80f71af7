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
          # the theme, the count subtracted from 999999 (six digits: ascending text is the highest count
          # first) and the slug's start: a page reads buckets of few documents, in their order
          BIND(STR(999999 - ?n) AS ?rest)
          BIND(SUBSTR(STRAFTER(STR(?doc), "{{prefix}}"), 1, {{length}}) AS ?begin)
          BIND(CONCAT(STR(?thema), " ", SUBSTR(CONCAT("000000", ?rest), STRLEN(?rest) + 1), " ", ?begin) AS ?volgorde)
        }
