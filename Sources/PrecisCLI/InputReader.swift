import Foundation
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
    /// A `--language` that the text's letters contradict gets a warning on standard error.
    static func documents(_ paths: [String], language: Language?) throws -> [Document] {
        try requireSegmenterModel()
        return try (paths.isEmpty ? ["-"] : paths).map { path in
            let document: Document
            do { document = try Document(contentsOfFile: path, language: language) } catch { throw CLIError.failed("\(error)") }
            if let warning = languageWarning(document, given: language, source: path == "-" ? "standard input" : path) {
                FileHandle.standardError.write(Data((warning + "\n").utf8))
            }
            return document
        }
    }

    /// "warning: a.txt: the text looks Japanese, but --language en was given", when a language
    /// was given and the text's letters say the other one; nil otherwise.
    static func languageWarning(_ document: Document, given: Language?, source: String) -> String? {
        guard let given, !document.text.isEmpty else { return nil }
        let detected = Language.detect(document.text)
        guard detected != given else { return nil }
        let name = detected == .ja ? "Japanese" : "English"
        return "warning: \(source): the text looks \(name), but --language \(given.rawValue) was given"
    }
}
