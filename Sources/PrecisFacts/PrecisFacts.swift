// PrecisFacts: figures (numbers with units and qualifiers) extracted from text, what each one
// measures, and cross-checks of figures between sources.
