# marks the resources the documents name (jg:geschrevenNaam), so that their official name is chosen
# again after the write; the mark's subject is the derived graph, which no document describes
INSERT { GRAPH <{{derived}}> { <{{derived}}> jg:hernoem ?e } }
WHERE { {{documents}} GRAPH ?doc { ?e jg:geschrevenNaam ?geschreven } }
