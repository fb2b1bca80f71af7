
        INSERT { GRAPH <{{derived}}> { ?besluit jg:besluitVan ?gemeente } }
        WHERE { {{restrict}}
          GRAPH ?doc {
            ?bron dcterms:publisher ?gemeente ; jg:bevat ?besluit .
            ?besluit a jg:Besluit ; jg:steltVast ?vastgesteld .
          }
        }