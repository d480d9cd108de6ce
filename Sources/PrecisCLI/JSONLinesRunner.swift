import Foundation
import Precis

/// A JSON value for output built from any `Encodable` (keeps JSON Lines results generic).
struct JSONValue: Encodable {
    private let encodeBody: (any Encoder) throws -> Void
    init(_ value: some Encodable) throws { encodeBody = value.encode }
    func encode(to encoder: any Encoder) throws { try encodeBody(encoder) }
}

/// Streams JSON Lines: one input item per line in, one result object per line out.
///
/// An item is `{"id": "...", "text": "..."}` or `{"id": "...", "documents": [{"id", "text"}]}`.
/// A bad line yields `{"id": ..., "error": "..."}` on its own line (id `line N` when it has none);
/// the other lines are still processed and the command fails at the end.
enum JSONLinesRunner {
    struct Item: Decodable {
        struct Part: Decodable { var id: String; var text: String }
        var id: String
        var text: String?
        var documents: [Part]?
    }

    static func run(_ body: ([Document]) throws -> [String: JSONValue]) throws {
        var failures = 0
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            var id = "line \(lineNumber)"
            var object: [String: JSONValue]
            do {
                let item: Item
                do { item = try JSONDecoder().decode(Item.self, from: Data(line.utf8)) } catch {
                    throw CLIError.failed("line \(lineNumber): not a valid item: expected {\"id\": ..., \"text\": ...} or {\"id\": ..., \"documents\": [...]}")
                }
                id = item.id
                let parts: [Item.Part]
                if let text = item.text, item.documents == nil { parts = [Item.Part(id: item.id, text: text)] }
                else if let documents = item.documents, item.text == nil, !documents.isEmpty { parts = documents }
                else { throw CLIError.failed("line \(lineNumber): give either \"text\" or a non-empty \"documents\" list") }
                let documents = try parts.map { part -> Document in
                    do { return try Document(id: part.id, bytes: Array(part.text.utf8)) } catch { throw CLIError.failed("\(error)") }
                }
                object = try body(documents)
            } catch {
                failures += 1
                object = ["error": try JSONValue("\(error)")]
            }
            object["id"] = try JSONValue(id)
            print(JSONOutput.string(object, pretty: false))
        }
        if failures > 0 { throw CLIError.failed("\(failures) of \(lineNumber) lines failed; see their error objects") }
    }
}
