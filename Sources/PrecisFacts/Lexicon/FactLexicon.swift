import Foundation
import PrecisModels
import PrecisText

/// The word lists of `Models/lexicon-facts.tsv` that tell what a figure measures: entities,
/// measure concepts, ratio bases, modality (target, demand…), relative times, people counters.
public struct FactLexicon: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case entity, concept, base, modality, time, person, source
    }

    /// One term and the id it stands for.
    public struct Entry: Sendable, Hashable {
        public var term: String
        public var id: String
        /// Latin terms must stand as whole words; all-capital ones (US, EU) match case-sensitively.
        let latin: Bool
        let caseSensitive: Bool
    }

    /// Entries per category, longest term first so that the most specific wins.
    public let entries: [Category: [Entry]]

    public init(entries: [Category: [Entry]]) {
        self.entries = entries.mapValues { $0.sorted { $0.term.utf8.count != $1.term.utf8.count ? $0.term.utf8.count > $1.term.utf8.count : $0.term < $1.term } }
    }

    /// The bundled lexicon, loaded once per process.
    public static func bundled() throws(ModelLoadError) -> FactLexicon { try cached.get() }

    private static let cached = Result<FactLexicon, ModelLoadError> { () throws(ModelLoadError) in
        let name = "lexicon-facts.tsv"
        guard let url = BundledModels.url(named: name) else { throw .missingBundledModel(name: name) }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch { throw .unreadable(path: url.path, reason: error.localizedDescription) }
        return try parse(text, path: url.path)
    }

    /// Parses `category<TAB>id<TAB>term` lines; `#` starts a comment line.
    public static func parse(_ text: String, path: String) throws(ModelLoadError) -> FactLexicon {
        var entries: [Category: [Entry]] = [:]
        // `isNewline` also splits "\r\n", which is one Character in Swift.
        for (n, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let category = Category(rawValue: String(fields[0])), !fields[2].isEmpty else {
                throw .malformed(path: path, line: n + 1, reason: "expected category<TAB>id<TAB>term with a known category")
            }
            let term = String(fields[2])
            let latin = term.unicodeScalars.allSatisfy { $0.isASCII }
            let caseSensitive = latin && term.count <= 4 && term.uppercased() == term
            entries[category, default: []].append(Entry(term: term, id: String(fields[1]), latin: latin, caseSensitive: caseSensitive))
        }
        return FactLexicon(entries: entries)
    }

    /// A match of a lexicon term in a text, as a UTF-8 byte range of that text.
    public struct Match: Sendable, Hashable {
        public var id: String
        public var term: String
        public var range: Range<Int>
    }

    /// Every non-overlapping match of `category` in `text` (longest terms first), in text order.
    public func matches(_ category: Category, in text: [UInt8]) -> [Match] {
        guard let list = entries[category], !text.isEmpty else { return [] }
        var taken = [Bool](repeating: false, count: text.count)
        var found: [Match] = []
        for entry in list {
            let needle = Array(entry.term.utf8)
            guard needle.count <= text.count else { continue }
            var i = 0
            while i + needle.count <= text.count {
                if Self.equal(text, i, needle, caseSensitive: entry.caseSensitive || !entry.latin),
                   !(i..<(i + needle.count)).contains(where: { taken[$0] }),
                   !entry.latin || (Self.isBoundary(text, i - 1) && Self.isBoundary(text, i + needle.count)) {
                    for k in i..<(i + needle.count) { taken[k] = true }
                    found.append(Match(id: entry.id, term: entry.term, range: i..<(i + needle.count)))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func equal(_ text: [UInt8], _ at: Int, _ needle: [UInt8], caseSensitive: Bool) -> Bool {
        for k in 0..<needle.count {
            var a = text[at + k], b = needle[k]
            if !caseSensitive {
                if a >= 0x41 && a <= 0x5A { a |= 0x20 }
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            }
            if a != b { return false }
        }
        return true
    }

    private static func isBoundary(_ text: [UInt8], _ i: Int) -> Bool {
        guard i >= 0 && i < text.count else { return true }
        let c = text[i] | 0x20
        return !(c >= 0x61 && c <= 0x7A)
    }
}
