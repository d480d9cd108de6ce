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

    /// Stopwords of exactly two CJK characters as scalar pairs, so that bigrams are checked
    /// without building and hashing a string.
    private let bigramStopwords: Set<UInt64>

    /// Creates a tokenizer with the rules of `language` that drops the terms in `stopwords`
    /// (compared with terms after stemming or bigram building); `bundled(for:)` uses the bundled lists.
    public init(language: Language, stopwords: Set<String>) {
        self.language = language
        self.stopwords = stopwords
        var pairs = Set<UInt64>()
        for word in stopwords {
            let scalars = Array(word.unicodeScalars)
            if scalars.count == 2, scalars.allSatisfy({ ScalarClass.isCJK($0.value) }) {
                pairs.insert(UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value))
            }
        }
        bigramStopwords = pairs
    }

    /// A tokenizer with the bundled stopword list for `language`.
    /// Built once per process and language.
    public static func bundled(for language: Language) throws(ModelLoadError) -> Tokenizer {
        switch language {
        case .en: return try bundledEnglish.get()
        case .ja: return try bundledJapanese.get()
        }
    }

    // The segmenter's word list is checked here too: whatever tokenizes bundled text (the
    // summarizer, the fact checker) then reports a missing list instead of segmenting without it.
    private static let bundledEnglish = Result<Tokenizer, ModelLoadError> { () throws(ModelLoadError) in
        _ = try Abbreviations.bundled()
        return Tokenizer(language: .en, stopwords: try Stopwords.bundled(for: .en))
    }
    private static let bundledJapanese = Result<Tokenizer, ModelLoadError> { () throws(ModelLoadError) in
        _ = try Abbreviations.bundled()
        return Tokenizer(language: .ja, stopwords: try Stopwords.bundled(for: .ja))
    }

    /// The terms of `text`, in order, with repeats.
    /// - Complexity: O(n) in the text's length; works on UTF-8 bytes, normalizing only when needed.
    public func terms(in text: some StringProtocol) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text) { terms.append(String(decoding: $0, as: UTF8.self)) }
        return terms
    }

    /// Calls `body` with the UTF-8 bytes of each term of `text`, in order, with repeats: the
    /// terms of `terms(in:)` without a `String` per term, for callers that intern them (IDF
    /// counting). The buffer is valid only during the call.
    public func forEachTerm(in text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachToken(in: text) { token in
            switch token {
            case .term(let term): body(term)
            case .word(let word):
                switch self.term(ofWord: word) {
                case .dropped: break
                case .itself: body(word)
                case .stem(var stem): stem.withUTF8 { body($0) }
                }
            }
        }
    }

    /// What a word of a text becomes as a term (see `term(ofWord:)`).
    package enum WordTerm: Sendable, Equatable {
        /// Too short, or a stopword: no term.
        case dropped
        /// The word itself (Japanese text, non-ASCII words).
        case itself
        /// Its Porter stem (English ASCII words).
        case stem(String)
    }

    /// A token as the scanner finds it (the buffer is valid only during the callback).
    package enum Token {
        /// A CJK term (a bigram or a lone character): final.
        case term(UnsafeBufferPointer<UInt8>)
        /// A folded run of letters or digits; what it becomes is `term(ofWord:)`.
        case word(UnsafeBufferPointer<UInt8>)
    }

    /// The tokens of `text` in order, before any word is looked up, so that a caller counting a
    /// corpus can decide each distinct word once instead of once per occurrence.
    package func forEachToken(in text: some StringProtocol, _ body: (Token) -> Void) {
        var bytes = Array(text.utf8)
        let folding = Folding(bytes)
        if folding.nfkc || folding.unicodeLowercase {
            bytes = Self.foldBySpans(bytes, folding)
        } else if folding.lowercase {
            for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] |= 0x20 }
        }
        bytes.withUnsafeBufferPointer { scan($0, body) }
    }

    /// The term scanner over folded bytes.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) -> Void) {
        var cjkStarts: [Int] = []
        var wordStart = -1
        var i = 0
        let n = bytes.count
        func flushWord(_ end: Int) {
            // One letter is not a term; one digit is.
            if wordStart >= 0, end - wordStart > 1 || Self.isDigit(bytes[wordStart]) {
                body(.word(UnsafeBufferPointer(rebasing: bytes[wordStart..<end])))
            }
            wordStart = -1
        }
        func flushCJK(_ end: Int) {
            if !cjkStarts.isEmpty { addBigrams(bytes, cjkStarts, end) { body(.term($0)) } }
            cjkStarts.removeAll(keepingCapacity: true)
        }
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    flushCJK(i)
                    if wordStart < 0 { wordStart = i }
                } else if (b == 0x2E || b == 0x2C), wordStart >= 0, i > 0, Self.isDigit(bytes[i - 1]), i + 1 < n, Self.isDigit(bytes[i + 1]) {
                    // 2.3, 28,500: one term
                } else {
                    flushCJK(i)
                    flushWord(i)
                }
                i += 1
                continue
            }
            let (v, length) = Self.decode(bytes, i)
            if ScalarClass.isCJK(v) {
                flushWord(i)
                cjkStarts.append(i)
            } else if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                flushCJK(i)
                if wordStart < 0 { wordStart = i }
            } else {
                flushCJK(i)
                flushWord(i)
            }
            i += length
        }
        flushCJK(n)
        flushWord(n)
    }

    /// Bigrams of a CJK run (scalars starting at `starts`, the run ending at `end`); a lone
    /// character is a unigram unless it is kana.
    private func addBigrams(_ bytes: UnsafeBufferPointer<UInt8>, _ starts: [Int], _ end: Int,
                            _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if starts.count == 1 {
            let v = Self.decode(bytes, starts[0]).value
            if !(0x3040...0x309F).contains(v) { body(UnsafeBufferPointer(rebasing: bytes[starts[0]..<end])) }
            return
        }
        var first = Self.decode(bytes, starts[0]).value
        for k in 0..<(starts.count - 1) {
            let second = Self.decode(bytes, starts[k + 1]).value
            defer { first = second }
            if bigramStopwords.contains(UInt64(first) << 32 | UInt64(second)) { continue }
            let stop = k + 2 < starts.count ? starts[k + 2] : end
            body(UnsafeBufferPointer(rebasing: bytes[starts[k]..<stop]))
        }
    }

    /// What the folded word `word` (two or more bytes, or one digit) becomes as a term.
    package func term(ofWord word: UnsafeBufferPointer<UInt8>) -> WordTerm {
        let text = String(decoding: word, as: UTF8.self)
        if word.count < 4, text.unicodeScalars.count < 2, !Self.isDigit(word[0]) { return .dropped }
        if stopwords.contains(text) { return .dropped }
        guard language == .en, word.allSatisfy({ $0 < 0x80 }) else { return .itself }
        let stem = StemCache.shared.stem(text, with: stemmer)
        return stem.isEmpty || stopwords.contains(stem) ? .dropped : .stem(stem)
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Decodes the scalar starting at `i` of valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: [UInt8], _ i: Int) -> (value: UInt32, length: Int) {
        bytes.withUnsafeBufferPointer { decode($0, i) }
    }

    /// Decodes the scalar starting at `i` of valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 { return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3) }
        return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
    }

    /// What folding a text needs, from one pass over its bytes.
    struct Folding {
        /// NFKC: a scalar of `needsCompatibilityMapping`'s blocks occurs (lower-casing then too).
        var nfkc = false
        /// Lower-casing: an upper-case scalar occurs (ASCII or not).
        var lowercase = false
        /// A scalar outside ASCII changes when lower-cased: `String.lowercased()` is needed.
        var unicodeLowercase = false

        init(_ bytes: [UInt8]) {
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b >= 0x41 && b <= 0x5A { lowercase = true }
                    i += 1
                    continue
                }
                let (v, length) = Tokenizer.decode(bytes, i)
                if Tokenizer.needsCompatibilityMapping(v) {
                    (nfkc, lowercase) = (true, true)
                    return
                }
                if !unicodeLowercase, !ScalarClass.isCJK(v), let s = Unicode.Scalar(v), s.properties.changesWhenLowercased {
                    (unicodeLowercase, lowercase) = (true, true)
                }
                i += length
            }
        }
    }

    /// NFKC-folds and lower-cases the whole text, skipping the (costly) normalization when no
    /// scalar needs it: the reference that `foldBySpans` is tested against.
    static func fold(_ text: some StringProtocol) -> String {
        let folding = Folding(Array(text.utf8))
        var result = String(text)
        if folding.nfkc { result = result.precomposedStringWithCompatibilityMapping }
        if folding.lowercase { result = result.lowercased() }
        return result
    }

    /// `fold` applied span by span between ASCII white space, with the whole text's decisions
    /// (NFKC or not, lower-casing or not): the same bytes as folding the whole text, because
    /// NFKC never reorders or composes across a space and lower-casing maps scalar by scalar,
    /// but a span of ASCII only (most English words) is lower-cased in place instead of going
    /// through Foundation's normalization.
    static func foldBySpans(_ bytes: [UInt8], _ folding: Folding? = nil) -> [UInt8] {
        let folding = folding ?? Folding(bytes)
        let (needsNFKC, needsLowercase) = (folding.nfkc, folding.lowercase)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var i = 0
        let n = bytes.count
        while i < n {
            if Self.isASCIISpace(bytes[i]) {
                out.append(bytes[i])
                i += 1
                continue
            }
            var end = i
            var ascii = true
            while end < n, !Self.isASCIISpace(bytes[end]) {
                if bytes[end] >= 0x80 { ascii = false }
                end += 1
            }
            if ascii {
                for b in bytes[i..<end] { out.append(needsLowercase && b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            } else {
                var span = String(decoding: bytes[i..<end], as: UTF8.self)
                if needsNFKC { span = span.precomposedStringWithCompatibilityMapping }
                if needsLowercase { span = span.lowercased() }
                out.append(contentsOf: span.utf8)
            }
            i = end
        }
        return out
    }

    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// Blocks whose characters NFKC changes: Latin-1 symbols, general punctuation, letterlike
    /// symbols and enclosed numbers, CJK compatibility forms, half- and full-width forms.
    @inline(__always)
    static func needsCompatibilityMapping(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0xBF, 0x2000...0x2BFF, 0x2E80...0x2FDF, 0x3000, 0x3099...0x309C, 0x3131...0x318E, 0x3190...0x33FF,
             0xF900...0xFAFF, 0xFB00...0xFB4F, 0xFE10...0xFE6F, 0xFF00...0xFFEF, 0x1D400...0x1D7FF, 0x1F100...0x1F2FF:
            return true
        default:
            return false
        }
    }
}
