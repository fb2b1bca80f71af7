        INSERT { GRAPH <{{derived}}> { ?telling jg:telDocument ?doc ; jg:telThema ?thema ; jg:aantalUitspraken ?n } }
        WHERE {
          { SELECT ?doc ?thema (COUNT(DISTINCT ?uitspraak) AS ?n) WHERE { {{restrict}}
              GRAPH ?doc {
                ?doc jg:bronbestand ?bestand ; jg:thema ?thema .
                OPTIONAL { ?uitspraak prov:wasDerivedFrom ?doc ; jg:thema ?thema }
              }
            } GROUP BY ?doc ?thema }
          # one count per document and theme, under the document's IRI (derived-forget.ru finds it there)
          BIND(IRI(CONCAT(STR(?doc), "/thema-", MD5(STR(?thema)))) AS ?telling)
        }
