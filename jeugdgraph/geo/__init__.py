"""Geography: the boundaries of municipalities, provinces and youth-care regions, their GeoSPARQL
graph, and the map (``/kaart``, ``jeugdgraph kaart``, ``/api/kaart.geojson``) drawn from them."""
