import Foundation
import PrecisModels
import PrecisText

/// The word lists that tell what a figure measures: `Models/lexicon-facts.tsv` (ratio bases,
/// modality, relative times, people counters, attribution, aggregation and change cues, a few
/// entities and concepts), `Models/measures.tsv` (bilingual news measures: concepts) and
/// `Models/entities.tsv` (bilingual country, region and institution names).
public struct FactLexicon: Sendable {
    /// The kind of word a lexicon line lists; the raw value is the first column of the TSV line.
    public enum Category: String, Sendable, CaseIterable {
        /// A country or region (`KR`, `EU`), from entities.tsv.
        case entity
        /// An institution, with the country whose figures it reports when it has one (総務省 → `JP`).
        case organization
        /// A bilingual measure concept (`@defence`, `@deaths`), from measures.tsv.
        case concept
        /// The base of a ratio (GDP比, "year on year" → `GDP`, `YOY`).
        case base
        /// A cue that a value is not a reported fact: a target, demand, proposal, forecast or estimate.
        case modality
        /// A relative time word (昨年, "last year" → `last-year`), resolved against the document's date.
        case time
        /// A counter or counted noun and its class (人, residents → `people`).
        case counter
        /// A word that attributes a statement to a source (によると, "according to").
        case source
        /// A cue for what a figure adds up (うち, "of whom" → `subtotal`; 累計 → `cumulative`).
        case aggregation
        /// A cue that a figure is a change or an end of one; the id names the role and whether the
        /// cue stands before or after the figure (`change-after` for 3%増, `to-before` for "rose to").
        case change
        /// A word after a year that makes it a comparison base, not the figure's time (以来, "since").
        case timebase
        /// A measure concept too general to keep two figures apart ("workers", 消費): evidence only.
        case weak
        /// A measure that is itself a rate of change (inflation, growth), so a change and a level of it compare.
        case rateofchange
        /// A cue right after a country that names what goes there (向け → `@exports`).
        case destination
        /// A cue that makes a date the date of an event ("opened in", 「に稼働」), named by its id.
        case event
    }

    /// One term and the id it stands for.
    public struct Entry: Sendable, Hashable {
        /// The term as it must appear in the text (Latin terms case-insensitively unless all capitals).
        public var term: String
        /// What the term stands for: an entity code, a concept (`@deaths`), a class or a role.
        public var id: String
        /// Latin terms must stand as whole words; all-capital ones (US, EU) match case-sensitively.
        let latin: Bool
        let caseSensitive: Bool
        /// The term's UTF-8 bytes.
        let bytes: [UInt8]
    }

    /// Entries per category, longest term first so that the most specific wins.
    public let entries: [Category: [Entry]]
    /// Per category: entries by their first two bytes (lower-cased for Latin terms), longest first.
    private let index: [Category: [UInt16: [Entry]]]
    /// The dimension each measure concept usually has (`@deaths` → `count:people`), from measures.tsv.
    public let dimensions: [String: String]
    /// Lower-cased counter terms and their class.
    private let counterClasses: [String: String]

    /// Organizations whose figures are their own country's (a statistics office, a central bank,
    /// a ministry of home affairs: 総務省 → JP, BLS → US), from the `organization:CC` type in
    /// entities.tsv. Agencies that report on the world (a geological survey, a foreign ministry)
    /// have no country here.
    public let organizationCountries: [String: String]

    /// A lexicon from entries per category (any order: they are sorted longest first), the usual
    /// dimension of each concept (`@deaths` → `count:people`) and the country of each organization id.
    public init(entries: [Category: [Entry]], dimensions: [String: String] = [:], organizationCountries: [String: String] = [:]) {
        self.organizationCountries = organizationCountries
        let sorted = entries.mapValues { $0.sorted { $0.term.utf8.count != $1.term.utf8.count ? $0.term.utf8.count > $1.term.utf8.count : $0.term < $1.term } }
        self.entries = sorted
        self.dimensions = dimensions
        var classes: [String: String] = [:]
        for e in sorted[.counter] ?? [] where classes[e.term.lowercased()] == nil { classes[e.term.lowercased()] = e.id }
        counterClasses = classes
        index = sorted.mapValues { list in
            var byKey: [UInt16: [Entry]] = [:]
            for e in list {
                let b = e.bytes
                guard b.count >= 2 else { continue }
                byKey[Self.key(b[0], b[1]), default: []].append(e)
            }
            return byKey
        }
    }

    @inline(__always) private static func key(_ a: UInt8, _ b: UInt8) -> UInt16 {
        func lower(_ x: UInt8) -> UInt8 { x >= 0x41 && x <= 0x5A ? x | 0x20 : x }
        return UInt16(lower(a)) << 8 | UInt16(lower(b))
    }

    /// Measure concepts too general to block a pair (`@employees` for "workers"): from the `weak` lines.
    public var weakConcepts: Set<String> { Set((entries[.weak] ?? []).map(\.id)) }

    /// Measures that are rates of change themselves (`@cpi`, `@gdp-growth`): from the `rateofchange` lines.
    public var rateOfChangeConcepts: Set<String> { Set((entries[.rateofchange] ?? []).map(\.id)) }

    /// The class of a counter or counted noun (人, residents → `people`; 戸, households → `households`), if listed.
    public func counterClass(_ unit: String) -> String? { counterClasses[unit.lowercased()] }

    /// The bundled lexicon, loaded once per process.
    public static func bundled() throws(ModelLoadError) -> FactLexicon { try cached.get() }

    private static let cached = Result<FactLexicon, ModelLoadError> { () throws(ModelLoadError) in
        func load(_ name: String) throws(ModelLoadError) -> (String, String) {
            guard let url = BundledModels.url(named: name) else { throw .missingBundledModel(name: name) }
            return (try ModelLoadError.text(ofModelAt: url.path), url.path)
        }
        let (facts, factsPath) = try load("lexicon-facts.tsv")
        let (measures, measuresPath) = try load("measures.tsv")
        let (entities, entitiesPath) = try load("entities.tsv")
        return try parse(facts, path: factsPath, measures: (measures, measuresPath), entities: (entities, entitiesPath))
    }

    /// Parses the three lexicon files; see `Models/README.md` for their formats.
    public static func parse(_ text: String, path: String, measures: (String, String)?, entities: (String, String)?) throws(ModelLoadError) -> FactLexicon {
        var all = try parse(text, path: path).entries
        var dimensions: [String: String] = [:]
        if let (measures, measuresPath) = measures {
            for (n, fields) in try bilingualRows(measures, path: measuresPath) {
                guard fields[0].hasPrefix("@") else { throw .malformed(path: measuresPath, line: n, reason: "a measure id starts with @") }
                dimensions[fields[0]] = fields[1]
                for term in terms(fields[2], fields[3]) { all[.concept, default: []].append(entry(term, fields[0])) }
            }
        }
        var countries: [String: String] = [:]
        if let (entities, entitiesPath) = entities {
            for (n, fields) in try bilingualRows(entities, path: entitiesPath) {
                let category: Category
                switch fields[1] {
                case "country", "region": category = .entity
                case "organization": category = .organization
                case let t where t.hasPrefix("organization:") && t.count == 15 && t.dropFirst(13).allSatisfy({ $0.isASCII && $0.isUppercase }):
                    category = .organization
                    countries[fields[0]] = String(t.dropFirst(13))
                default: throw .malformed(path: entitiesPath, line: n, reason: "type must be country, region, organization or organization:CC (a country code)")
                }
                // One-kanji abbreviations (米, 中, 英) are also ordinary words (rice, middle): skipped.
                for term in terms(fields[2], fields[3]) where term.unicodeScalars.count >= 2 || term.unicodeScalars.allSatisfy(\.isASCII) {
                    all[category, default: []].append(entry(term, fields[0]))
                }
            }
        }
        // A term listed twice keeps its first id.
        var seen: [Category: Set<String>] = [:]
        for (c, list) in all {
            all[c] = list.filter { seen[c, default: []].insert($0.term).inserted }
        }
        return FactLexicon(entries: all, dimensions: dimensions, organizationCountries: countries)
    }

    /// `id<TAB>second<TAB>japanese terms<TAB>english terms` rows (terms separated by `|`), with line numbers.
    private static func bilingualRows(_ text: String, path: String) throws(ModelLoadError) -> [(Int, [String])] {
        var rows: [(Int, [String])] = []
        for (n, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard fields.count == 4, !fields[0].isEmpty else {
                throw .malformed(path: path, line: n + 1, reason: "expected id<TAB>type<TAB>japanese terms<TAB>english terms")
            }
            rows.append((n + 1, fields))
        }
        return rows
    }

    private static func terms(_ ja: String, _ en: String) -> [String] {
        (ja.split(separator: "|") + en.split(separator: "|")).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func entry(_ term: String, _ id: String) -> Entry {
        let latin = term.unicodeScalars.allSatisfy { $0.isASCII }
        let caseSensitive = latin && term.count <= 4 && term.uppercased() == term
        return Entry(term: term, id: id, latin: latin, caseSensitive: caseSensitive, bytes: Array(term.utf8))
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
            entries[category, default: []].append(entry(String(fields[2]), String(fields[1])))
        }
        return FactLexicon(entries: entries)
    }

    /// A match of a lexicon term in a text, as a UTF-8 byte range of that text.
    public struct Match: Sendable, Hashable {
        /// The id of the matched entry.
        public var id: String
        /// The matched entry's term, as listed (not as cased in the text).
        public var term: String
        /// Where the term stands in the searched text, in UTF-8 bytes.
        public var range: Range<Int>
    }

    /// Every non-overlapping match of `category` in `text`, in text order: at each position the
    /// longest term that matches there (Latin terms at word boundaries only).
    /// - Complexity: O(n · k) for n bytes and k terms sharing a two-byte prefix.
    public func matches(_ category: Category, in text: [UInt8]) -> [Match] {
        guard let byKey = index[category], text.count >= 2 else { return [] }
        var found: [Match] = []
        var i = 0
        while i + 1 < text.count {
            if let candidates = byKey[Self.key(text[i], text[i + 1])],
               let entry = candidates.first(where: { e in
                   let needle = e.bytes
                   return i + needle.count <= text.count && Self.equal(text, i, needle, caseSensitive: e.caseSensitive || !e.latin)
                       && (!e.latin || (Self.isBoundary(text, i - 1) && Self.isBoundary(text, i + needle.count)))
               }) {
                let n = entry.bytes.count
                found.append(Match(id: entry.id, term: entry.term, range: i..<(i + n)))
                i += n
            } else {
                i += 1
            }
        }
        return found
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
