import Precis

/// Reads command-line inputs (files, streams or standard input) as validated documents.
enum InputReader {
    /// The raw bytes of `path`, or of standard input for `-`.
    static func bytes(of path: String) throws -> [UInt8] {
        do { return try FileInput.bytes(atPath: path) } catch { throw CLIError.failed("\(error)") }
    }

    /// Decodes and segments each path (`-` or no path at all: standard input).
    static func documents(_ paths: [String], language: Language?) throws -> [Document] {
        try (paths.isEmpty ? ["-"] : paths).map { path in
            do { return try Document(contentsOfFile: path, language: language) } catch { throw CLIError.failed("\(error)") }
        }
    }
}
