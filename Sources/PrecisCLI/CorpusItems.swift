import Precis

/// The documents of `idf fit`'s inputs in order, without reading them yet: each line of a .jsonl
/// file (read in chunks, so memory stays bounded by the longest line) and each other file whole.
struct CorpusItems {
    /// One document still to be decoded (on a counting thread).
    enum Item: Sendable {
        case line(path: String, JSONLinesReader.Line)
        case file(path: String)

        /// The document's text: the `field` member of a JSON line, or a whole file.
        func text(field: String) throws -> String {
            switch self {
            case .line(let path, let line):
                let object: [String: TextMember]
                do { object = try JSONLinesReader.decode([String: TextMember].self, from: line, expected: "a JSON object") } catch {
                    throw CLIError.failed("\(path): \(error)")
                }
                guard let document = object[field]?.text else {
                    throw CLIError.failed("\(path): line \(line.number): expected a JSON object with a string member \"\(field)\"")
                }
                return document
            case .file(let path):
                let bytes = try InputReader.bytes(of: path)
                do { return try TextDecoder().decode(bytes, source: path) } catch { throw CLIError.failed(error.description) }
            }
        }
    }

    private var paths: ArraySlice<String>
    private var lines: (path: String, reader: JSONLinesReader)?

    init(paths: [String]) { self.paths = paths[...] }

    /// The next document, or nil after the last input.
    /// - Throws: a read error of a .jsonl input, naming its path.
    mutating func next() throws -> Item? {
        while true {
            if var current = lines {
                lines = nil  // so that reading does not copy the reader's buffer
                let line: JSONLinesReader.Line?
                do { line = try current.reader.next() } catch { throw CLIError.failed("\(error)") }
                if let line {
                    lines = current
                    return .line(path: current.path, line)
                }
            }
            guard let path = paths.popFirst() else { return nil }
            guard path.hasSuffix(".jsonl") else { return .file(path: path) }
            let stream: FileInput.Stream
            do { stream = try FileInput.Stream(path: path) } catch { throw CLIError.failed("\(error)") }
            lines = (path, JSONLinesReader(chunks: { try stream.nextChunk() }))
        }
    }
}
