
        INSERT { GRAPH <{{derived}}> { ?s jg:deadlineBlok ?maand } }
        WHERE { {{restrict}}
          GRAPH ?doc {
            ?s jg:deadline ?datum .
            FILTER(DATATYPE(?datum) = xsd:date && STRLEN(STR(?datum)) = 10)
          }
          BIND(SUBSTR(STR(?datum), 1, 7) AS ?maand)
        }
