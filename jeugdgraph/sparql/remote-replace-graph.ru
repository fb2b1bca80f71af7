# Replace the named graph {graph} by the N-Triples {triples} (written by pyoxigraph's serialiser),
# as one update request, which stores run as one transaction.
DROP SILENT GRAPH {{graph}} ;
INSERT DATA { GRAPH {{graph}} {
{{triples}}
} }
