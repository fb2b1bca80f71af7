"""Fitting the linear models of ``jeugdgraph.extract.linear`` from the evaluation gold.

Only training imports scikit-learn (the ``train`` extra); building and serving read the JSON
files the fit writes.
"""
