        INSERT { GRAPH <{{derived}}> { ?visie jg:regiovisieBlok ?regionaam } }
        WHERE { {{restrict}}
          GRAPH ?doc { ?visie a jg:Regiovisie ; jg:regio ?regio }
          # a region's names are reference data: a change of them recomputes the whole derived graph
          GRAPH <{{reference}}> { ?regio skos:prefLabel ?regionaam }
        }
