import Foundation
import PrecisModels

/// The English words that decide whether a period ends a sentence: titles, abbreviations, units,
/// domains and typical sentence openers.
///
/// The list is data under `Models/` (`abbreviations-en.tsv`, `category<TAB>word` lines, `#`
/// comments); `Models/README.md` gives its provenance. Words are stored lower case without their
/// final period (`mr`, `e.g`, `p.m`), except `opener` words, which are matched as written.
public struct Abbreviations: Sendable, Equatable {
    /// Titles before a name (`Dr.`): never a stop, and they continue a sentence after a time.
    public var titles: Set<String>
    /// Titles and other forms always followed by more of the sentence (`St.`, `v.`, `e.g.`).
    public var never: Set<String>
    /// No stop when a number follows (`No. 7`, `p. 12`).
    public var beforeNumber: Set<String>
    /// A stop only before a typical sentence opener (`Inc.`, `etc.`).
    public var weak: Set<String>
    /// Usually followed by lower-case text of the same sentence (`lbs.`, `approx.`).
    public var beforeLowercase: Set<String>
    /// Times of day written with dots (`a.m`, `p.m`).
    public var times: Set<String>
    /// Time zones, days and months that may follow a time of day (`10 a.m. EST`, `5 p.m. Monday`).
    public var timeWords: Set<String>
    /// Top-level domains written with a capital (`Newsfeed.Com`).
    public var domains: Set<String>
    /// Words that typically open a sentence (`The`, `However`), case-sensitive.
    public var sentenceOpeners: Set<String>

    /// An empty list: only the character rules decide.
    public static let none = Abbreviations(titles: [], never: [], beforeNumber: [], weak: [], beforeLowercase: [],
                                           times: [], timeWords: [], domains: [], sentenceOpeners: [])

    /// Creates a list from its word sets, one per category above (`timeWords` defaults to empty).
    ///
    /// Pass words as the file stores them: lower case without the final period, except
    /// `sentenceOpeners`, which are matched as written. Every title is also added to `never`.
    public init(titles: Set<String>, never: Set<String>, beforeNumber: Set<String>, weak: Set<String>,
                beforeLowercase: Set<String>, times: Set<String>, timeWords: Set<String> = [], domains: Set<String>,
                sentenceOpeners: Set<String>) {
        self.titles = titles
        self.never = never.union(titles)
        self.beforeNumber = beforeNumber
        self.weak = weak
        self.beforeLowercase = beforeLowercase
        self.times = times
        self.timeWords = timeWords
        self.domains = domains
        self.sentenceOpeners = sentenceOpeners
    }

    /// The bundled English list, loaded once per process.
    /// - Throws: `ModelLoadError` when `abbreviations-en.tsv` is missing, unreadable or malformed.
    public static func bundled() throws(ModelLoadError) -> Abbreviations { try cached.get() }

    /// The bundled list, or `none` when it cannot be loaded: the default of `SentenceSegmenter()`,
    /// which cannot throw. Summarizing, checking and every command call `bundled()` first, so a
    /// missing list is reported there rather than degrading segmentation silently.
    static var bundledOrNone: Abbreviations {
        switch cached {
        case .success(let list): return list
        case .failure: return .none
        }
    }

    private static let cached = Result<Abbreviations, ModelLoadError> { () throws(ModelLoadError) in
        guard let url = BundledModels.url(named: "abbreviations-en.tsv") else { throw .missingBundledModel(name: "abbreviations-en.tsv") }
        return try load(contentsOf: url)
    }

    /// Reads a list in the bundled format.
    /// - Throws: `ModelLoadError.malformed` naming the line of an unknown category or a line
    ///   without a word.
    public static func load(contentsOf url: URL) throws(ModelLoadError) -> Abbreviations {
        let text = try ModelLoadError.text(ofModelAt: url.path)
        var sets: [String: Set<String>] = [:]
        let categories: Set<String> = ["title", "never", "beforeNumber", "weak", "beforeLowercase", "time", "timeWord", "domain", "opener"]
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let body = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            if body.allSatisfy(\.isWhitespace) { continue }
            let fields = body.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2, !fields[1].isEmpty else {
                throw .malformed(path: url.path, line: k + 1, reason: "expected category<TAB>word")
            }
            guard categories.contains(fields[0]) else {
                throw .malformed(path: url.path, line: k + 1, reason: "unknown category '\(fields[0])'")
            }
            sets[fields[0], default: []].insert(fields[0] == "opener" ? fields[1] : fields[1].lowercased())
        }
        return Abbreviations(titles: sets["title"] ?? [], never: sets["never"] ?? [], beforeNumber: sets["beforeNumber"] ?? [],
                             weak: sets["weak"] ?? [], beforeLowercase: sets["beforeLowercase"] ?? [], times: sets["time"] ?? [],
                             timeWords: sets["timeWord"] ?? [],
                             domains: sets["domain"] ?? [], sentenceOpeners: sets["opener"] ?? [])
    }
}
