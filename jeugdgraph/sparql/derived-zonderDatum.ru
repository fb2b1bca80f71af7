
        INSERT { GRAPH <{{derived}}> { ?doc jg:zonderDatum true } }
        WHERE { {{restrict}}
          GRAPH ?doc {
            ?doc a jg:Document ; jg:bronbestand ?bestand FILTER NOT EXISTS { ?doc dcterms:date ?d }
          }
        }