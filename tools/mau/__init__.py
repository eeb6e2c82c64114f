"""Template builder modules: ``builder`` holds the layout kit, one module per procedure."""
