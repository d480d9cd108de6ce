import Foundation
import PrecisCommandLine
import Precis

/// A JSON value for output built from any `Encodable` (keeps JSON Lines results generic).
struct JSONValue: Encodable {
    private let encodeBody: (any Encoder) throws -> Void
    init(_ value: some Encodable) throws { encodeBody = value.encode }
    func encode(to encoder: any Encoder) throws { try encodeBody(encoder) }
}

/// Streams JSON Lines: one input item per line in, one result object per line out.
///
/// An item is `{"id": "...", "text": "..."}` or `{"id": "...", "documents": [{"id", "text"}]}`, each with an
/// optional `"date": "YYYY-MM-DD"` (per item or per document) that resolves relative times.
/// A bad line yields `{"id": ..., "error": "..."}` on its own line (id `line N` when it has none);
/// the other lines are still processed and the command fails at the end.
enum JSONLinesRunner {
    struct Item: Decodable {
        struct Part: Decodable { var id: String; var text: String; var date: String? }
        var id: String
        var text: String?
        var date: String?
        var documents: [Part]?
    }

    static func run(_ body: ([Document]) throws -> [String: JSONValue]) throws {
        var failures = 0
        var items = 0
        var lineNumber = 0
        var reader = ByteLineReader()
        while let bytes = reader.next() {
            lineNumber += 1
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            items += 1
            var id = "line \(lineNumber)"
            var object: [String: JSONValue]
            do {
                // Validate the raw bytes: invalid UTF-8 is an error, never silently replaced.
                let line: String
                do { line = try TextDecoder().decode(bytes, source: "line \(lineNumber)") } catch { throw CLIError.failed(error.description) }
                let item: Item
                do { item = try JSONDecoder().decode(Item.self, from: Data(line.utf8)) } catch {
                    throw CLIError.failed("line \(lineNumber): not a valid item: expected {\"id\": ..., \"text\": ...} or {\"id\": ..., \"documents\": [...]}")
                }
                id = item.id
                let parts: [Item.Part]
                if let text = item.text, item.documents == nil { parts = [Item.Part(id: item.id, text: text, date: item.date)] }
                else if let documents = item.documents, item.text == nil, !documents.isEmpty { parts = documents }
                else { throw CLIError.failed("line \(lineNumber): give either \"text\" or a non-empty \"documents\" list") }
                let documents = try parts.map { part -> Document in
                    var document: Document
                    do { document = try Document(id: part.id, bytes: Array(part.text.utf8)) } catch { throw CLIError.failed("\(error)") }
                    if let date = part.date ?? item.date {
                        guard let day = InputReader.day(date) else { throw CLIError.failed("line \(lineNumber): date must be YYYY-MM-DD, got '\(date)'") }
                        document.date = day
                    }
                    return document
                }
                object = try body(documents)
            } catch {
                failures += 1
                object = ["error": try JSONValue("\(error)")]
            }
            object["id"] = try JSONValue(id)
            // One write per line, unbuffered: a later crash or kill cannot lose earlier results.
            try StandardOutput.write(JSONOutput.string(object, pretty: false) + "\n")
        }
        if failures > 0 { throw CLIError.failed("\(failures) of \(items) items failed; see their error objects") }
    }
}

/// Standard input as raw lines: split on LF, a trailing CR dropped, bytes left undecoded.
struct ByteLineReader {
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false

    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                if line.last == 0x0D { line.removeLast() }
                start = newline + 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                if line.last == 0x0D { line.removeLast() }
                start = buffer.count
                return line
            }
            let chunk = FileHandle.standardInput.availableData
            if chunk.isEmpty { finished = true }
            buffer.removeFirst(start)
            start = 0
            buffer.append(contentsOf: chunk)
        }
    }
}
