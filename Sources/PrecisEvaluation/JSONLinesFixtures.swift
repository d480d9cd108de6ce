import Foundation
import PrecisText

/// Reads labelled items kept as JSON Lines in a subfolder of the fixtures folder
/// (`figures/*.jsonl`, `segments/*.jsonl`): files in name order, one item per line, ids unique.
enum JSONLinesFixtures {
    /// Every item of `folder/subfolder/*.jsonl`; none when the subfolder does not exist.
    /// - Throws: `FixtureError` naming the file (and line) of an unreadable file, a line that is
    ///   not `expected`, an item that `validate` refuses, or a duplicate id.
    static func load<Item: Decodable>(_ type: Item.Type, folder: URL, subfolder: String, expected: String,
                                      id: (Item) -> String,
                                      validate: (Item, String) throws(FixtureError) -> Void) throws(FixtureError) -> [Item] {
        let directory = folder.appendingPathComponent(subfolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }  // no such subfolder: no items
        var items: [Item] = []
        var ids = Set<String>()
        for name in names.filter({ $0.hasSuffix(".jsonl") }).sorted() {
            let bytes: [UInt8]
            do { bytes = try FileInput.bytes(atPath: directory.appendingPathComponent(name).path) } catch {
                throw FixtureError(file: name, field: "(file)", message: error.problem)
            }
            var reader = JSONLinesReader(bytes: bytes)
            while true {
                let next: JSONLinesReader.Line?
                do { next = try reader.next() } catch { throw FixtureError(file: name, field: "(file)", message: "\(error)") }
                guard let line = next else { break }
                let place = "\(name):\(line.number)"
                let item: Item
                do { item = try JSONLinesReader.decode(Item.self, from: line, expected: expected) } catch {
                    throw FixtureError(file: place, field: "(line)", message: error.message)
                }
                try validate(item, place)
                guard ids.insert(id(item)).inserted else { throw FixtureError(file: place, field: "id", message: "duplicate id '\(id(item))'") }
                items.append(item)
            }
        }
        return items
    }

    /// The halves a labelled item may belong to: `tune` (rules may be chosen on it) or `test`.
    static func checkSplit(_ split: String, _ file: String) throws(FixtureError) {
        guard ["tune", "test"].contains(split) else {
            throw FixtureError(file: file, field: "split", message: "must be tune or test, got '\(split)'")
        }
    }
}
