        INSERT { GRAPH <{{derived}}> { ?s jg:wetDatumBlok ?sleutel } }
        WHERE { {{restrict}}
          GRAPH ?doc {
            ?s jg:verwijstNaar ?wet ; a jg:Document ; dcterms:date ?datum .
            FILTER(DATATYPE(?datum) = xsd:date && STRLEN(STR(?datum)) = 10)
          }
          # the law first: a page for one law takes only its own months
          BIND(CONCAT(STR(?wet), " ", SUBSTR(STR(?datum), 1, 7)) AS ?sleutel)
        }
