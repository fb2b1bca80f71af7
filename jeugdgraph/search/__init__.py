"""Full-text search over the documents: the index (``index``), what it holds (``units``), the API
(``api``) and search hits inside SPARQL named queries (``named``)."""
