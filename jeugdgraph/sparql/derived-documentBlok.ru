
        INSERT { GRAPH <{{derived}}> { ?doc jg:documentBlok ?blok } }
        WHERE { {{restrict}}
          GRAPH ?doc { ?doc jg:bronbestand ?bestand }
          BIND(SUBSTR(STRAFTER(STR(?doc), "{{prefix}}"), 1, {{length}}) AS ?blok)
        }
