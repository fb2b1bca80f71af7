# Remove the named graph {graph} (no error when it is not there).
DROP SILENT GRAPH {{graph}}
