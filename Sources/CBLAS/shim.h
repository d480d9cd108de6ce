// The system CBLAS interface (Debian: libblas-dev). Imported by one Swift file only:
// Sources/PrecisVectors/BLAS.swift. Not public API.
#include <cblas.h>
