import Foundation
import PrecisModels
import PrecisText

/// Document frequencies fitted on a corpus, giving inverse document frequency (IDF) weights.
///
/// File format `precis-idf 1` (UTF-8, tab-separated): header lines `#key<TAB>value` with at least
/// `precis-idf`, `language`, `tokenizer`, `documents` and `min-df`, then one `term<TAB>df` line
/// per term, most frequent first. Terms seen in fewer than `min-df` documents are not stored.
///
/// Weights are smoothed: `idf(t) = ln((1 + N) / (1 + df(t))) + 1`. A term absent from the model
/// (never seen, or pruned below `min-df`) gets `df = 0`, the largest weight: rare terms such as
/// names are the ones that tell sentences apart.
public struct IDFModel: Sendable, Equatable {
    /// Format version written and accepted.
    public static let formatVersion = 1

    public let language: Language
    /// The tokenizer version the terms come from (see `Tokenizer.version`).
    public let tokenizer: String
    /// Number of documents the model was fitted on.
    public let documentCount: Int
    /// Terms below this document frequency were pruned.
    public let minimumDocumentFrequency: Int
    /// Free-text provenance lines (`#source`, `#license`) kept from the file.
    public let metadata: [String: String]
    public let documentFrequency: [String: Int32]

    public init(language: Language, tokenizer: String, documentCount: Int, minimumDocumentFrequency: Int,
                documentFrequency: [String: Int32], metadata: [String: String] = [:]) {
        self.language = language
        self.tokenizer = tokenizer
        self.documentCount = documentCount
        self.minimumDocumentFrequency = minimumDocumentFrequency
        self.documentFrequency = documentFrequency
        self.metadata = metadata
    }

    /// The smoothed IDF of `term`.
    @inline(__always)
    public func idf(_ term: String) -> Double {
        let df = Double(documentFrequency[term] ?? 0)
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
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformed(path: url.path, line: 1, reason: "not UTF-8 text")
        }
        return try parse(text, path: url.path)
    }

    /// Parses the text of a model file; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws(ModelLoadError) -> IDFModel {
        var header: [String: String] = [:]
        var frequencies: [String: Int32] = [:]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { continue }
            guard let tab = line.firstIndex(of: "\t") else {
                throw .malformed(path: path, line: lineNumber, reason: "expected two tab-separated fields")
            }
            let key = line[..<tab]
            let value = line[line.index(after: tab)...]
            if key.hasPrefix("#") {
                header[String(key.dropFirst())] = String(value)
                continue
            }
            guard let df = Int32(value), df >= 0 else {
                throw .malformed(path: path, line: lineNumber, reason: "document frequency '\(value)' is not a non-negative integer")
            }
            frequencies[String(key), default: 0] += df
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
        let minDF = header["min-df"].flatMap(Int.init) ?? 1
        var metadata = header
        for key in ["precis-idf", "language", "documents", "tokenizer", "min-df"] { metadata[key] = nil }
        return IDFModel(language: language, tokenizer: tokenizer, documentCount: documents,
                        minimumDocumentFrequency: minDF, documentFrequency: frequencies, metadata: metadata)
    }

    /// The model as file text, terms by falling document frequency then by term.
    public func serialized() -> String {
        var out = "#precis-idf\t\(Self.formatVersion)\n#language\t\(language.rawValue)\n#tokenizer\t\(tokenizer)\n"
        out += "#documents\t\(documentCount)\n#min-df\t\(minimumDocumentFrequency)\n"
        for key in metadata.keys.sorted() {
            let value = metadata[key]!.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
            out += "#\(key)\t\(value)\n"
        }
        let sorted = documentFrequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        for (term, df) in sorted { out += "\(term)\t\(df)\n" }
        return out
    }
}

/// Counts document frequencies over a corpus, one document at a time, into an `IDFModel`.
public struct IDFModelBuilder: Sendable {
    public let tokenizer: Tokenizer
    public private(set) var documentCount = 0
    private var frequencies: [String: Int32] = [:]

    public init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
    }

    /// Adds one document: each of its distinct terms counts once.
    public mutating func add(document text: String) {
        documentCount += 1
        for term in Set(tokenizer.terms(in: text)) { frequencies[term, default: 0] += 1 }
    }

    /// The fitted model, without terms seen in fewer than `minimumDocumentFrequency` documents.
    public func build(minimumDocumentFrequency: Int = 2, metadata: [String: String] = [:]) -> IDFModel {
        precondition(minimumDocumentFrequency >= 1, "minimumDocumentFrequency must be at least 1")
        let kept = frequencies.filter { $0.value >= Int32(minimumDocumentFrequency) }
        return IDFModel(language: tokenizer.language, tokenizer: tokenizer.version, documentCount: max(documentCount, 1),
                        minimumDocumentFrequency: minimumDocumentFrequency, documentFrequency: kept, metadata: metadata)
    }
}
