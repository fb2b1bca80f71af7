        INSERT { GRAPH <{{derived}}> { ?persoon jg:namensBlok ?sleutel } }
        WHERE { {{restrict}}
          GRAPH ?doc { ?persoon a jg:Persoon ; foaf:name ?naam ; prov:wasDerivedFrom ?bron ; jg:namens ?namens }
          # names are reference data (a change of them recomputes the whole derived graph); one
          # without a Dutch name gets the key "", which tells a page that its rows sort first
          OPTIONAL { GRAPH <{{reference}}> { ?namens skos:prefLabel ?nl FILTER(LANG(?nl) = "nl") } }
          BIND(COALESCE(?nl, "") AS ?sleutel)
        }
