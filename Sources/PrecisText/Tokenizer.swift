import Foundation

/// Turns a sentence into index terms for TF-IDF.
///
/// Text is folded with NFKC (full-width letters and digits become ASCII) and lower-cased.
/// CJK runs (kanji, kana, Hangul) become overlapping character bigrams, a portable stand-in
/// for a morphological analyzer; a lone CJK character is kept as a unigram unless it is kana.
/// Runs of letters and digits are words: in English they are stopword-filtered and Porter
/// stemmed; in Japanese documents Latin words are kept whole. Digits joined by `.` or `,`
/// stay one term (`2.3`, `28,500`).
public struct Tokenizer: Sendable {
    /// The language whose rules apply.
    public let language: Language
    /// Terms dropped after stemming (English) or bigram building (Japanese).
    public let stopwords: Set<String>
    private let stemmer = PorterStemmer()

    /// Identifies the tokenization rules; term-weight models record it so a model fitted with
    /// other rules is refused.
    public var version: String { "precis-\(language.rawValue)-1" }

    public init(language: Language, stopwords: Set<String>) {
        self.language = language
        self.stopwords = stopwords
    }

    /// A tokenizer with the bundled stopword list for `language`.
    public static func bundled(for language: Language) throws(ModelLoadError) -> Tokenizer {
        Tokenizer(language: language, stopwords: try Stopwords.bundled(for: language))
    }

    /// The terms of `text`, in order, with repeats.
    public func terms(in text: some StringProtocol) -> [String] {
        let folded = Self.fold(text)
        var terms: [String] = []
        var cjk: [Unicode.Scalar] = []
        var word = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        let scalars = Array(folded.unicodeScalars)
        for (k, s) in scalars.enumerated() {
            let v = s.value
            if ScalarClass.isCJK(v) {
                flushWord(&word, into: &terms)
                cjk.append(s)
            } else if ScalarClass.isLetter(s) || (v >= 0x30 && v <= 0x39) || (v >= 0x80 && s.properties.numericType != nil) {
                flushCJK(&cjk, into: &terms)
                word.append(s)
            } else if (v == 0x2E || v == 0x2C), previous.value >= 0x30, previous.value <= 0x39,
                      k + 1 < scalars.count, scalars[k + 1].value >= 0x30, scalars[k + 1].value <= 0x39 {
                word.append(s)
            } else {
                flushCJK(&cjk, into: &terms)
                flushWord(&word, into: &terms)
            }
            previous = s
        }
        flushCJK(&cjk, into: &terms)
        flushWord(&word, into: &terms)
        return terms
    }

    private func flushCJK(_ run: inout [Unicode.Scalar], into terms: inout [String]) {
        guard !run.isEmpty else { return }
        defer { run.removeAll(keepingCapacity: true) }
        if run.count == 1 {
            let v = run[0].value
            if !(0x3040...0x309F).contains(v) { terms.append(String(Character(run[0]))) }
            return
        }
        for k in 0..<(run.count - 1) {
            var pair = String.UnicodeScalarView()
            pair.append(run[k])
            pair.append(run[k + 1])
            let term = String(pair)
            if !stopwords.contains(term) { terms.append(term) }
        }
    }

    private func flushWord(_ word: inout String.UnicodeScalarView, into terms: inout [String]) {
        guard !word.isEmpty else { return }
        defer { word.removeAll(keepingCapacity: true) }
        var term = String(word)
        if word.count < 2, !(word.first.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false) { return }
        if stopwords.contains(term) { return }
        if language == .en, word.allSatisfy({ $0.isASCII }) {
            term = stemmer.stem(term)
            if term.isEmpty || stopwords.contains(term) { return }
        }
        terms.append(term)
    }

    /// NFKC-folds and lower-cases, skipping the (costly) normalization when no scalar needs it.
    static func fold(_ text: some StringProtocol) -> String {
        var needsNFKC = false
        var needsLowercase = false
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { needsLowercase = true }
                continue
            }
            if needsCompatibilityMapping(v) { needsNFKC = true; needsLowercase = true; break }
            if !needsLowercase, !ScalarClass.isCJK(v), s.properties.changesWhenLowercased { needsLowercase = true }
        }
        var result = String(text)
        if needsNFKC { result = result.precomposedStringWithCompatibilityMapping }
        if needsLowercase { result = result.lowercased() }
        return result
    }

    /// Blocks whose characters NFKC changes: Latin-1 symbols, general punctuation, letterlike
    /// symbols and enclosed numbers, CJK compatibility forms, half- and full-width forms.
    @inline(__always)
    static func needsCompatibilityMapping(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0xBF, 0x2000...0x2BFF, 0x3000, 0x3099...0x309C, 0x3131...0x318E, 0x3190...0x33FF,
             0xF900...0xFAFF, 0xFB00...0xFB4F, 0xFE10...0xFE6F, 0xFF00...0xFFEF, 0x1D400...0x1D7FF, 0x1F100...0x1F2FF:
            return true
        default:
            return false
        }
    }
}
