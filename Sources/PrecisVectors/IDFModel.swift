import Foundation
import PrecisModels
import PrecisText

/// Document frequencies fitted on a corpus, giving inverse document frequency (IDF) weights.
///
/// File format `precis-idf 1` (UTF-8, tab-separated): header lines `#key<TAB>value` with at least
/// `precis-idf`, `language`, `tokenizer`, `documents`, `min-df` and `terms` (the number of term
/// lines, so a file cut short is refused), then one `term<TAB>df` line per term, sorted by the
/// term's UTF-8 bytes. Terms seen in fewer than `min-df` documents are
/// not stored. The sorted table is searched in place, so loading a model builds no hash table
/// (a file in another order is sorted on load).
///
/// Weights are smoothed: `idf(t) = ln((1 + N) / (1 + df(t))) + 1`. A term absent from the model
/// (never seen, or pruned below `min-df`) gets `df = 0`, the largest weight: rare terms such as
/// names are the ones that tell sentences apart.
public struct IDFModel: Sendable, Equatable {
    /// Format version written and accepted.
    public static let formatVersion = 1

    /// The language of the corpus the model was fitted on (also named in `tokenizer`).
    public let language: Language
    /// The tokenizer version the terms come from (see `Tokenizer.version`).
    public let tokenizer: String
    /// Number of documents the model was fitted on.
    public let documentCount: Int
    /// Terms below this document frequency were pruned.
    public let minimumDocumentFrequency: Int
    /// Free-text provenance lines (`#source`, `#license`) kept from the file.
    public let metadata: [String: String]
    private let table: TermTable

    /// Creates a model from its parts. `documentFrequency` maps each term to the number of
    /// documents containing it and is stored as given: nothing is pruned here, and
    /// `minimumDocumentFrequency` is only recorded. Nothing is validated.
    public init(language: Language, tokenizer: String, documentCount: Int, minimumDocumentFrequency: Int,
                documentFrequency: [String: Int32], metadata: [String: String] = [:]) {
        self.init(language: language, tokenizer: tokenizer, documentCount: documentCount,
                  minimumDocumentFrequency: minimumDocumentFrequency, table: TermTable(documentFrequency), metadata: metadata)
    }

    fileprivate init(language: Language, tokenizer: String, documentCount: Int, minimumDocumentFrequency: Int,
                     table: TermTable, metadata: [String: String]) {
        self.language = language
        self.tokenizer = tokenizer
        self.documentCount = documentCount
        self.minimumDocumentFrequency = minimumDocumentFrequency
        self.table = table
        self.metadata = metadata
    }

    /// Number of terms stored.
    public var termCount: Int { table.count }

    /// Every stored term with its document frequency (built on demand: O(terms)).
    public var documentFrequency: [String: Int32] { table.dictionary() }

    /// The document frequency of `term`, 0 when it is not stored.
    /// - Complexity: O(log terms).
    public func documentFrequency(of term: String) -> Int32 { table.lookup(term) ?? 0 }

    /// The smoothed IDF of `term`.
    @inline(__always)
    public func idf(_ term: String) -> Double {
        let df = Double(documentFrequency(of: term))
        return log((1 + Double(documentCount)) / (1 + df)) + 1
    }

    /// The model bundled with Precis for `language`, loaded once per process.
    public static func bundled(for language: Language) throws(ModelLoadError) -> IDFModel {
        switch language {
        case .en: return try bundledEnglish.get()
        case .ja: return try bundledJapanese.get()
        }
    }

    private static let bundledEnglish = Result<IDFModel, ModelLoadError> { () throws(ModelLoadError) in try loadBundled(.en) }
    private static let bundledJapanese = Result<IDFModel, ModelLoadError> { () throws(ModelLoadError) in try loadBundled(.ja) }

    private static func loadBundled(_ language: Language) throws(ModelLoadError) -> IDFModel {
        let name = "idf-\(language.rawValue).tsv"
        guard let url = BundledModels.url(named: name) else { throw .missingBundledModel(name: name) }
        return try load(contentsOf: url)
    }

    /// Reads a model file.
    /// - Throws: `ModelLoadError.malformed` naming the line of the first problem.
    public static func load(contentsOf url: URL) throws(ModelLoadError) -> IDFModel {
        try parse(bytes: try ModelLoadError.bytes(ofModelAt: url.path), path: url.path)
    }

    /// Parses the text of a model file; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws(ModelLoadError) -> IDFModel {
        try parse(bytes: Array(text.utf8), path: path)
    }

    /// Parses a model file's bytes without building per-term strings.
    static func parse(bytes: [UInt8], path: String) throws(ModelLoadError) -> IDFModel {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .malformed(path: path, line: 1, reason: "not UTF-8 text")
        }
        var header: [String: String] = [:]
        var builder = TermTable.Builder(capacity: bytes.count)
        var lineNumber = 0
        var termLines = 0
        var i = 0
        while i < bytes.count {
            lineNumber += 1
            var end = i
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > i && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { i = end + 1 }
            if lineEnd == i { continue }
            guard let tab = bytes[i..<lineEnd].firstIndex(of: 0x09) else {
                throw .malformed(path: path, line: lineNumber, reason: "expected two tab-separated fields")
            }
            if bytes[i] == 0x23 {  // "#key<TAB>value"
                header[String(decoding: bytes[(i + 1)..<tab], as: UTF8.self)] = String(decoding: bytes[(tab + 1)..<lineEnd], as: UTF8.self)
                continue
            }
            var df: Int64 = 0
            let digits = bytes[(tab + 1)..<lineEnd]
            guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                throw .malformed(path: path, line: lineNumber,
                                 reason: "document frequency '\(String(decoding: digits, as: UTF8.self))' is not a non-negative integer")
            }
            for d in digits { df = df * 10 + Int64(d - 0x30) }
            guard df <= Int64(Int32.max) else {
                throw .malformed(path: path, line: lineNumber, reason: "document frequency \(df) is too large")
            }
            builder.append(bytes[i..<tab], Int32(df))
            termLines += 1
        }
        guard header["precis-idf"] == String(formatVersion) else {
            throw .malformed(path: path, line: 1, reason: "not a precis-idf \(formatVersion) file (missing '#precis-idf<TAB>\(formatVersion)')")
        }
        guard let languageName = header["language"], let language = Language(rawValue: languageName) else {
            throw .malformed(path: path, line: 1, reason: "missing or unknown '#language' (ja or en)")
        }
        guard let documents = header["documents"].flatMap(Int.init), documents > 0 else {
            throw .malformed(path: path, line: 1, reason: "missing or invalid '#documents'")
        }
        guard let tokenizer = header["tokenizer"] else {
            throw .malformed(path: path, line: 1, reason: "missing '#tokenizer'")
        }
        guard tokenizer.hasPrefix("precis-\(language.rawValue)-") || !tokenizer.hasPrefix("precis-") else {
            throw .malformed(path: path, line: 1, reason: "'#tokenizer' \(tokenizer) does not match '#language' \(language.rawValue)")
        }
        let minDF: Int
        if let text = header["min-df"] {
            guard let value = Int(text), value >= 1 else { throw .malformed(path: path, line: 1, reason: "'#min-df' must be a whole number ≥ 1, got '\(text)'") }
            minDF = value
        } else {
            minDF = 1
        }
        guard let declared = header["terms"], let terms = Int(declared), terms >= 0 else {
            throw .malformed(path: path, line: 1, reason: "missing or invalid '#terms' (the number of term lines)")
        }
        guard terms == termLines else {
            throw .malformed(path: path, line: lineNumber, reason: "the header declares \(terms) terms but the file holds \(termLines) (cut short or edited?)")
        }
        guard termLines > 0 else {
            throw .malformed(path: path, line: 1, reason: "the model holds no terms (refit with a lower --min-df)")
        }
        guard let table = builder.build() else {
            throw .malformed(path: path, line: 1, reason: "a term is listed more than once and its frequencies add up past 2,147,483,647")
        }
        if let k = table.frequencies.firstIndex(where: { Int($0) > documents }) {
            throw .malformed(path: path, line: 1, reason: "term '\(table.term(at: k))' has document frequency \(table.frequencies[k]), more than the \(documents) documents")
        }
        var metadata = header
        for key in ["precis-idf", "language", "documents", "tokenizer", "min-df", "terms"] { metadata[key] = nil }
        return IDFModel(language: language, tokenizer: tokenizer, documentCount: documents,
                        minimumDocumentFrequency: minDF, table: table, metadata: metadata)
    }

    /// The model as file text, terms in UTF-8 byte order.
    public func serialized() -> String {
        var out = "#precis-idf\t\(Self.formatVersion)\n#language\t\(language.rawValue)\n#tokenizer\t\(tokenizer)\n"
        out += "#documents\t\(documentCount)\n#min-df\t\(minimumDocumentFrequency)\n#terms\t\(table.count)\n"
        for key in metadata.keys.sorted() {
            let value = metadata[key]!.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
            out += "#\(key)\t\(value)\n"
        }
        for k in 0..<table.count { out += "\(table.term(at: k))\t\(table.frequencies[k])\n" }
        return out
    }
}

/// Terms sorted by their UTF-8 bytes, stored back to back, with their document frequencies;
/// searched by binary search on the bytes.
struct TermTable: Sendable, Equatable {
    let bytes: [UInt8]
    /// `bytes[offsets[k]..<offsets[k + 1]]` is term `k`.
    let offsets: [Int]
    let frequencies: [Int32]

    var count: Int { frequencies.count }

    init(_ dictionary: [String: Int32]) {
        var builder = Builder(capacity: dictionary.count * 8)
        for (term, df) in dictionary { builder.append(Array(term.utf8)[...], df) }
        self = builder.build()!  // a dictionary has no repeated terms to overflow
    }

    init(bytes: [UInt8], offsets: [Int], frequencies: [Int32]) {
        self.bytes = bytes
        self.offsets = offsets
        self.frequencies = frequencies
    }

    func term(at k: Int) -> String { String(decoding: bytes[offsets[k]..<offsets[k + 1]], as: UTF8.self) }

    func dictionary() -> [String: Int32] {
        var result: [String: Int32] = [:]
        result.reserveCapacity(count)
        for k in 0..<count { result[term(at: k), default: 0] += frequencies[k] }
        return result
    }

    func lookup(_ term: String) -> Int32? {
        var key = term
        return key.withUTF8 { needle -> Int32? in
            var lo = 0, hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                let c = compare(mid, needle)
                if c == 0 { return frequencies[mid] }
                if c < 0 { lo = mid + 1 } else { hi = mid }
            }
            return nil
        }
    }

    /// Sign of (term `k`) − `needle` in byte order.
    private func compare(_ k: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Int {
        let start = offsets[k], length = offsets[k + 1] - start
        let n = min(length, needle.count)
        for i in 0..<n where bytes[start + i] != needle[i] { return bytes[start + i] < needle[i] ? -1 : 1 }
        return length == needle.count ? 0 : (length < needle.count ? -1 : 1)
    }

    /// Collects terms in any order; sorts them (merging repeats) only if they were not sorted.
    struct Builder {
        private var bytes: [UInt8] = []
        private var offsets: [Int] = [0]
        private var frequencies: [Int32] = []
        private var sorted = true

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func append(_ term: ArraySlice<UInt8>, _ df: Int32) {
            if sorted, frequencies.count > 0, !Self.less(bytes[offsets[offsets.count - 2]..<offsets[offsets.count - 1]], term) { sorted = false }
            bytes.append(contentsOf: term)
            offsets.append(bytes.count)
            frequencies.append(df)
        }

        static func less(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool { a.lexicographicallyPrecedes(b) }

        /// The sorted table, or `nil` when a repeated term's frequencies overflow `Int32`.
        func build() -> TermTable? {
            if sorted { return TermTable(bytes: bytes, offsets: offsets, frequencies: frequencies) }
            let order = (0..<frequencies.count).sorted { Self.less(bytes[offsets[$0]..<offsets[$0 + 1]], bytes[offsets[$1]..<offsets[$1 + 1]]) }
            var b: [UInt8] = [], o = [0], f: [Int32] = []
            b.reserveCapacity(bytes.count)
            for k in order {
                let term = bytes[offsets[k]..<offsets[k + 1]]
                if f.count > 0, bytes[offsets[k]..<offsets[k + 1]].elementsEqual(b[o[o.count - 2]..<o[o.count - 1]]) {
                    let (sum, overflow) = f[f.count - 1].addingReportingOverflow(frequencies[k])  // the same term twice: add up
                    if overflow { return nil }
                    f[f.count - 1] = sum
                    continue
                }
                b.append(contentsOf: term)
                o.append(b.count)
                f.append(frequencies[k])
            }
            return TermTable(bytes: b, offsets: o, frequencies: f)
        }
    }
}

/// Counts document frequencies over a corpus, one document at a time, into an `IDFModel`.
///
/// Terms are interned by their bytes as they are counted (no `String` per term), and each
/// document's distinct terms are found by stamping, not by building a set.
public struct IDFModelBuilder: Sendable {
    /// Turns each document into terms; the built model records its language and version.
    public let tokenizer: Tokenizer
    private var counts = Counts()

    /// Creates an empty builder (no documents yet) that counts terms with `tokenizer`.
    public init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
    }

    /// Documents added so far.
    public var documentCount: Int { counts.documentCount }

    /// Adds one document: each of its distinct terms counts once.
    public mutating func add(document text: String) {
        counts.add(text, tokenizer: tokenizer)
    }

    /// The document frequencies of a share of a corpus, counted on their own (on any thread) and
    /// then merged into a builder: how a corpus is counted on several cores. Counts are exact
    /// integers and the model is sorted by term, so merging shares in any order gives the same model.
    public struct Counts: Sendable {
        /// Number of documents counted in this share.
        public private(set) var documentCount = 0
        fileprivate var vocabulary = TermVocabulary()
        fileprivate var frequencies: [Int32] = []
        /// The last document (1-based) that counted each term: a term counts once per document.
        private var lastDocument: [Int32] = []
        /// The words met so far and the term each became (-1: none), so that each distinct word
        /// is looked up and stemmed once per share, not once per occurrence.
        private var words = TermVocabulary()
        private var wordTerms: [Int] = []

        fileprivate init() {}

        /// Counts `documents` with `tokenizer` (each document's distinct terms once).
        public init(_ documents: some Sequence<String>, tokenizer: Tokenizer) {
            for text in documents { add(text, tokenizer: tokenizer) }
        }

        fileprivate mutating func add(_ text: String, tokenizer: Tokenizer) {
            documentCount += 1
            precondition(documentCount < Int(Int32.max), "more than 2³¹ documents")
            let stamp = Int32(documentCount)
            tokenizer.forEachToken(in: text) { token in
                switch token {
                case .term(let term): count(vocabulary.id(of: term), stamp)
                case .word(let word):
                    let w = words.id(of: word)
                    if w == wordTerms.count {
                        // A word seen for the first time in this share: decided once (stopword, stem).
                        switch tokenizer.term(ofWord: word) {
                        case .dropped: wordTerms.append(-1)
                        case .itself: wordTerms.append(vocabulary.id(of: word))
                        case .stem(var stem): wordTerms.append(stem.withUTF8 { vocabulary.id(of: $0) })
                        }
                    }
                    if wordTerms[w] >= 0 { count(wordTerms[w], stamp) }
                }
            }
        }

        /// Counts term `id` once for document `stamp`.
        private mutating func count(_ id: Int, _ stamp: Int32) {
            if id == frequencies.count {
                frequencies.append(0)
                lastDocument.append(0)
            }
            if lastDocument[id] != stamp {
                lastDocument[id] = stamp
                frequencies[id] += 1
            }
        }

        /// Adds `other`'s documents and frequencies.
        fileprivate mutating func merge(_ other: Counts) {
            documentCount += other.documentCount
            for k in 0..<other.vocabulary.count {
                let id = vocabulary.id(of: other.vocabulary.term(k))
                if id == frequencies.count {
                    frequencies.append(0)
                    lastDocument.append(0)
                }
                frequencies[id] += other.frequencies[k]
            }
        }
    }

    /// Adds a share counted apart; the same as adding its documents one by one.
    public mutating func merge(_ share: Counts) {
        counts.merge(share)
    }

    /// The fitted model, without terms seen in fewer than `minimumDocumentFrequency` documents.
    public func build(minimumDocumentFrequency: Int = 2, metadata: [String: String] = [:]) -> IDFModel {
        precondition(minimumDocumentFrequency >= 1, "minimumDocumentFrequency must be at least 1")
        var table = TermTable.Builder(capacity: counts.vocabulary.bytes.count)
        for k in 0..<counts.vocabulary.count where Int(counts.frequencies[k]) >= minimumDocumentFrequency {
            table.append(counts.vocabulary.term(k), counts.frequencies[k])
        }
        return IDFModel(language: tokenizer.language, tokenizer: tokenizer.version, documentCount: max(counts.documentCount, 1),
                        minimumDocumentFrequency: minimumDocumentFrequency, table: table.build()!, metadata: metadata)
    }
}
