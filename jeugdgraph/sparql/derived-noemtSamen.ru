        INSERT { GRAPH <{{derived}}> { ?doc jg:noemtSamen ?paar } }
        WHERE { {{restrict}}
          GRAPH ?doc { ?doc jg:bronbestand ?bestand ; jg:noemt ?regio , ?gemeente }
          # regions and municipalities are reference data: a change of it recomputes the whole graph
          GRAPH <{{reference}}> { ?regio a jg:Jeugdregio . ?gemeente a jg:Gemeente }
          BIND(CONCAT(STR(?regio), " ", STR(?gemeente)) AS ?paar)
        }
