        INSERT { GRAPH <{{derived}}> { ?telling jg:telDocument ?doc ; jg:telThema ?thema ; jg:aantalUitspraken ?n ;
                                                jg:uitsprakenBlok ?volgorde } }
        WHERE {
          { SELECT ?doc ?thema (COUNT(DISTINCT ?uitspraak) AS ?n) WHERE { {{restrict}}
              GRAPH ?doc {
                ?doc jg:bronbestand ?bestand ; jg:thema ?thema .
                OPTIONAL { ?uitspraak prov:wasDerivedFrom ?doc ; jg:thema ?thema }
              }
            } GROUP BY ?doc ?thema }
          # one count per document and theme, under the document's IRI (derived-forget.ru finds it there)
          BIND(IRI(CONCAT(STR(?doc), "/thema-", MD5(STR(?thema)))) AS ?telling)
          # the theme and the count written to sort as text: a listing's page takes the highest first
          BIND(CONCAT(STR(?thema), " ", SUBSTR(CONCAT("000000", STR(?n)), STRLEN(STR(?n)) + 1)) AS ?volgorde)
        }
