import Precis

/// Reads command-line inputs (files, streams or standard input) as validated documents.
enum InputReader {
    /// The raw bytes of `path`, or of standard input for `-`.
    static func bytes(of path: String) throws -> [UInt8] {
        do { return try FileInput.bytes(atPath: path) } catch { throw CLIError.failed("\(error)") }
    }

    /// Fails (fatal) when the segmenter's bundled word list is missing, before any input is read.
    static func requireSegmenterModel() throws {
        do { _ = try Abbreviations.bundled() } catch { throw CLIError.failed("\(error)") }
    }

    /// Decodes and segments each path (`-` or no path at all: standard input).
    static func documents(_ paths: [String], language: Language?) throws -> [Document] {
        try requireSegmenterModel()
        return try (paths.isEmpty ? ["-"] : paths).map { path in
            do { return try Document(contentsOfFile: path, language: language) } catch { throw CLIError.failed("\(error)") }
        }
    }
}
