"""jeugdgraph: Dutch youth-care council documents as a linked, validated knowledge graph."""

__version__ = "0.1.0"
