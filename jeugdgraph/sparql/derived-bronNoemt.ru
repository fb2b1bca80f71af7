        INSERT { GRAPH <{{derived}}> { ?doc jg:bronNoemt ?genoemd } }
        WHERE { {{restrict}}
          GRAPH ?doc { ?doc jg:bronbestand ?bestand ; jg:noemt ?genoemd }
        }
