// PrecisFigures: numeric expressions (figures) found in Japanese and English text, each with its
// exact UTF-8 span, exact value, kind, unit and qualifiers. Depends on no other Precis module.
