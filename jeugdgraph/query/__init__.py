"""Running SPARQL: request and result types (``types``), evaluation on a pyoxigraph store
(``evaluation``), answer formats (``formats``), the three backends behind one protocol (``pool``:
the embedded worker pool, ``inprocess``, ``remote_backend``; chosen in ``backends``), the safety
inspection (``safety``, ``lexer``, ``parsed_query``, ``shape``) and the named queries (``named``).

Nothing here imports the HTTP server: the server, writes, build, viz and bench build on this layer.
"""
