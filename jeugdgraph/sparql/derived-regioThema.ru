        INSERT { GRAPH <{{derived}}> { ?doc jg:regioThema ?paar } }
        WHERE { {{restrict}}
          # after derived-overRegio.ru, in the same update: the document's regions are there already
          GRAPH <{{derived}}> { ?doc jg:overRegio ?regio }
          GRAPH ?doc { ?doc jg:thema ?thema }
          BIND(CONCAT(STR(?regio), " ", STR(?thema)) AS ?paar)
        }
