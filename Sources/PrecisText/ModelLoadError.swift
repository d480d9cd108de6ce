import PrecisModels

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
            let tried = BundledModels.searchPaths.map(\.path).joined(separator: ", ")
            return "bundled model '\(name)' not found (looked in: \(tried)); install the \(BundledModels.bundleName) folder beside the binary or set PRECIS_MODELS_DIR to the Models folder of Precis"
        case .unreadable(let path, let reason):
            return "\(path): cannot read model file: \(reason)"
        case .malformed(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        }
    }
}

extension ModelLoadError {
    /// The bytes of the model file at `path`, read like every other input (`FileInput`), so a
    /// failure names the path and the system's reason rather than a Foundation error dump.
    package static func bytes(ofModelAt path: String) throws(ModelLoadError) -> [UInt8] {
        do { return try FileInput.bytes(atPath: path) } catch {
            if case .unreadable(_, let reason) = error { throw .unreadable(path: path, reason: reason) }
            throw .unreadable(path: path, reason: error.problem)
        }
    }

    /// The text of the model file at `path`; invalid UTF-8 is `malformed` at line 1.
    package static func text(ofModelAt path: String) throws(ModelLoadError) -> String {
        let bytes = try bytes(ofModelAt: path)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .malformed(path: path, line: 1, reason: "not UTF-8 text") }
        return text
    }
}
