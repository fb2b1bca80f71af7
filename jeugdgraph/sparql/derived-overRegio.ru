
        INSERT { GRAPH <{{derived}}> { ?doc jg:overRegio ?regio } }
        WHERE { {{restrict}}
          GRAPH ?doc { ?doc a jg:Document ; jg:bronbestand ?bestand }
          { GRAPH ?doc { ?doc jg:noemt ?regio } }
          UNION { GRAPH ?doc { ?doc dcterms:publisher ?lid } GRAPH ?r { ?regio org:hasMember ?lid } }
          UNION { GRAPH ?doc { ?doc jg:noemt ?lid } GRAPH ?r { ?regio org:hasMember ?lid } }
          GRAPH ?t { ?regio a jg:Jeugdregio }
        }