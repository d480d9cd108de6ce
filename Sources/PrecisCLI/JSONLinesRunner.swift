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
/// optional `"date": "YYYY-MM-DD"` (per item or per document) that resolves relative times, and
/// for `summarize` an optional `"query"`.
/// A bad line yields `{"id": ..., "error": "..."}` on its own line (its id when the line is JSON
/// with one, else `line N`); the other lines are still processed and the command exits 1 at the end.
enum JSONLinesRunner {
    struct Item: Decodable {
        struct Part: Decodable { var id: String; var text: String; var date: String? }
        var id: String
        var text: String?
        var date: String?
        /// A query for a topic-focused summary (`summarize` only).
        var query: String?
        var documents: [Part]?
    }

    static let expectedShape = "{\"id\": ..., \"text\": ...} or {\"id\": ..., \"documents\": [...]}"

    /// One line's result: the JSON text to write (with its line break) and whether it is an error object.
    struct Outcome: Sendable {
        var text: String
        var failed: Bool
    }

    /// Runs `body` on every item of standard input, on `jobs` threads, and writes the results in
    /// input order (see `OrderedBatch` for the guarantees).
    /// - Parameter idField: the member that holds each item's id, when it is not `id`.
    static func run(jobs: Int, idField: String? = nil, _ body: @escaping @Sendable ([Document], Item) throws -> [String: JSONValue]) throws {
        try InputReader.requireSegmenterModel()
        var failures = 0
        var items = 0
        var reader = JSONLinesReader(chunks: { try FileInput.nextChunkOfStandardInput() })
        try OrderedBatch(jobs: jobs).run(
            next: { try nextLine(&reader) },
            transform: { line in Result { try outcome(of: line, idField: idField, body) } },
            deliver: { result in
                let outcome = try result.get()  // only encoding the result can fail here, and that is fatal
                items += 1
                if outcome.failed { failures += 1 }
                // One write per line, unbuffered: a later crash or kill cannot lose earlier results.
                try StandardOutput.write(outcome.text)
            })
        if failures > 0 { throw PartialFailure("\(failures) of \(items) items failed; see their error objects") }
    }

    /// The result object of one line, as JSON text: `body`'s members, or an error member when the
    /// line is not a valid item or `body` throws.
    private static func outcome(of line: JSONLinesReader.Line, idField: String?, _ body: ([Document], Item) throws -> [String: JSONValue]) throws -> Outcome {
        var id = "line \(line.number)"
        var object: [String: JSONValue]
        var failed = false
        do {
            let item: Item
            let line = try renamingID(line, from: idField, knownID: &id)
            do { item = try JSONLinesReader.decode(Item.self, from: line, expected: expectedShape) } catch {
                if let known = error.id { id = known }
                throw CLIError.failed(error.description)
            }
            id = item.id
            let parts: [Item.Part]
            if let text = item.text, item.documents == nil { parts = [Item.Part(id: item.id, text: text, date: item.date)] }
            else if let documents = item.documents, item.text == nil, !documents.isEmpty { parts = documents }
            else { throw CLIError.failed("line \(line.number): give either \"text\" or a non-empty \"documents\" list") }
            let documents = try parts.map { part -> Document in
                var document: Document
                do { document = try Document(id: part.id, bytes: Array(part.text.utf8)) } catch { throw CLIError.failed("\(error)") }
                if let date = part.date ?? item.date {
                    guard let day = Document.day(fromISO: date) else { throw CLIError.failed("line \(line.number): date must be YYYY-MM-DD, got '\(date)'") }
                    document.date = day
                }
                return document
            }
            object = try body(documents, item)
        } catch {
            failed = true
            object = ["error": try JSONValue("\(error)")]
        }
        object["id"] = try JSONValue(id)
        return Outcome(text: JSONOutput.string(object, pretty: false) + "\n", failed: failed)
    }

    /// The line with the value of `field` (a string or a number) as its `id`; the line itself
    /// when no field is named or it is `id`. Also sets `knownID` as soon as the id is known.
    /// - Throws: an item error when the line is a JSON object without that member.
    static func renamingID(_ line: JSONLinesReader.Line, from field: String?, knownID: inout String) throws -> JSONLinesReader.Line {
        guard let field, field != "id",
              var object = (try? JSONSerialization.jsonObject(with: Data(line.bytes))) as? [String: Any] else { return line }
        let members = try? JSONDecoder().decode([String: IDValue].self, from: Data(line.bytes))
        guard let value = members?[field]?.text else {
            throw CLIError.failed("line \(line.number): no string or number member \"\(field)\" (--id-field)")
        }
        knownID = value
        object["id"] = value
        guard let data = try? JSONSerialization.data(withJSONObject: object) else { return line }
        return JSONLinesReader.Line(number: line.number, bytes: Array(data))
    }

    /// A member that may be an id: a string or a number as written (`true`, lists and objects are not).
    struct IDValue: Decodable {
        var text: String?
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { text = s }
            else if (try? c.decode(Bool.self)) != nil { text = nil }
            else if let i = try? c.decode(Int64.self) { text = String(i) }
            else if let d = try? c.decode(Decimal.self) { text = d.description }
            else { text = nil }
        }
    }

    /// The next line of standard input; a read error is fatal.
    private static func nextLine(_ reader: inout JSONLinesReader) throws -> JSONLinesReader.Line? {
        do { return try reader.next() } catch { throw CLIError.failed("\(error)") }
    }
}
