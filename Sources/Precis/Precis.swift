// Umbrella module: `import Precis` brings in the whole library.
@_exported import PrecisModels
@_exported import PrecisText
@_exported import PrecisVectors
@_exported import PrecisSummary
@_exported import PrecisFacts
@_exported import PrecisReport
