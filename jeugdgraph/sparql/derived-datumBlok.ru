
        INSERT { GRAPH <{{derived}}> { ?s jg:datumBlok ?maand } }
        WHERE { {{restrict}}
          GRAPH ?doc {
            VALUES ?p { dcterms:date jg:datum jg:deadline }
            ?s ?p ?datum .
            FILTER(DATATYPE(?datum) = xsd:date && STRLEN(STR(?datum)) = 10)
          }
          BIND(SUBSTR(STR(?datum), 1, 7) AS ?maand)
        }
