import Foundation
import PrecisModels

/// Stopword lists: terms too common to tell sentences apart, dropped before weighting.
///
/// The lists are data under `Models/` (`stopwords-en.txt`, `stopwords-ja.txt`), one term per
/// line, `#` starting a comment; `Models/README.md` gives their provenance.
public enum Stopwords {
    /// The bundled list for `language`, loaded once per process.
    /// - Throws: `ModelLoadError` when the bundled file is missing or unreadable.
    public static func bundled(for language: Language) throws(ModelLoadError) -> Set<String> {
        switch language {
        case .en: return try cachedEnglish.get()
        case .ja: return try cachedJapanese.get()
        }
    }

    /// Reads a stopword file: one term per line, blank lines and `#` comments ignored.
    public static func load(contentsOf url: URL) throws(ModelLoadError) -> Set<String> {
        let text = try ModelLoadError.text(ofModelAt: url.path)
        var words = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let term = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if !term.isEmpty { words.insert(term.lowercased()) }
        }
        return words
    }

    private static let cachedEnglish = Result<Set<String>, ModelLoadError> { () throws(ModelLoadError) in try loadBundled("stopwords-en.txt") }
    private static let cachedJapanese = Result<Set<String>, ModelLoadError> { () throws(ModelLoadError) in try loadBundled("stopwords-ja.txt") }

    private static func loadBundled(_ name: String) throws(ModelLoadError) -> Set<String> {
        guard let url = BundledModels.url(named: name) else { throw .missingBundledModel(name: name) }
        return try load(contentsOf: url)
    }
}
