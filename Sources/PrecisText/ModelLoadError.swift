/// Why a model file (stopwords, term weights) could not be loaded.
public enum ModelLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A bundled model file is missing: the resource bundle was not installed with the binary.
    case missingBundledModel(name: String)
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not in the expected format; `line` is 1-based.
    case malformed(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingBundledModel(let name):
            return "bundled model '\(name)' not found; set PRECIS_MODELS_DIR to the Models folder of Precis"
        case .unreadable(let path, let reason):
            return "\(path): cannot read model file: \(reason)"
        case .malformed(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        }
    }
}
