/// Splits Japanese and English text into sentences without losing a byte.
///
/// Rules, in order of precedence:
/// - A line break ends a sentence (headlines, captions, list items, forum lines), unless the
///   line plainly continues: it ends in 、 or a comma, or it ends mid-word and the next line
///   starts in lower case. A blank line always ends one.
/// - A URL is never split. A URL glued to the next text (`…0029.html韓国は`) ends its sentence
///   there; a URL standing alone is a segment marked as noise. Forum reply markers (`>>5`)
///   are noise segments of their own.
/// - 。！？ and `!?` end a sentence (with any closing quotes or brackets after them), except
///   inside a matched 「」『』（）""“” pair of at most `maximumQuoteLength` characters.
/// - `.` ends a sentence only before white space, and not after known abbreviations (Mr., e.g.),
///   initials, or dotted forms such as U.S. unless a typical sentence opener follows; decimals
///   (2.3%), amounts ($100.00), URLs and e-mail addresses never split.
/// - A sentence longer than `maximumSentenceLength` characters is cut at the last comma, 、 or
///   space before the limit, so pathological input never yields one giant sentence.
/// - Sentences are trimmed of white space; the gaps between them hold only white space.
public struct SentenceSegmenter: Sendable {
    /// Longest sentence, in Unicode scalars, before it is cut (default 1,000).
    public var maximumSentenceLength: Int
    /// Longest quotation, in Unicode scalars, inside which terminal punctuation does not split
    /// (default 250); a longer bracket pair is taken to be unbalanced or structural.
    public var maximumQuoteLength: Int
    /// The English abbreviations, titles and sentence openers the period rules consult (default:
    /// the bundled `Models/abbreviations-en.tsv`; `Abbreviations.none` when it cannot be found,
    /// which `Abbreviations.bundled()` reports).
    public var abbreviations: Abbreviations
    /// Whether a space between Japanese text can end a sentence (default true): scraped news
    /// joins headlines, captions and sub-headings to the body with one space. Turn it off for
    /// text whose spaces are all inside sentences.
    public var splitsJapaneseAtSpaces: Bool

    /// Creates a segmenter; each parameter sets the property of the same name, with the defaults
    /// given there (`abbreviations: nil` means the bundled list, or `Abbreviations.none` without it).
    /// - Precondition: `maximumSentenceLength` is at least 16 (Unicode scalars); otherwise it traps.
    public init(maximumSentenceLength: Int = 1_000, maximumQuoteLength: Int = 250, abbreviations: Abbreviations? = nil,
                splitsJapaneseAtSpaces: Bool = true) {
        precondition(maximumSentenceLength >= 16, "maximumSentenceLength must be at least 16")
        self.maximumSentenceLength = maximumSentenceLength
        self.maximumQuoteLength = maximumQuoteLength
        self.abbreviations = abbreviations ?? .bundledOrNone
        self.splitsJapaneseAtSpaces = splitsJapaneseAtSpaces
    }

    /// The sentences of `text`, in order, with UTF-8 byte ranges into `text`.
    /// - Complexity: O(n) in the length of `text`.
    public func sentences(in text: String) -> [Sentence] {
        let utf8 = Array(text.utf8)
        var scan = SentenceScan(text: text, maxQuote: maximumQuoteLength, abbreviations: abbreviations, splitsJapaneseAtSpaces: splitsJapaneseAtSpaces)
        scan.run()
        var result: [Sentence] = []
        result.reserveCapacity(scan.segments.count)
        for segment in scan.segments {
            for piece in split(segment, scalars: scan.scalars) {
                let start = scan.offsets[piece.lo]
                let end = scan.offsets[piece.hi]
                let noise = piece.kind != .text || Self.looksLikeNoise(scan.scalars[piece.lo..<piece.hi])
                result.append(Sentence(index: result.count, start: start, end: end,
                                       text: String(decoding: utf8[start..<end], as: UTF8.self), isNoise: noise))
            }
        }
        return result
    }

    /// Cuts an over-long segment at the best break before the limit.
    private func split(_ segment: Segment, scalars: [UInt32]) -> [Segment] {
        var pieces: [Segment] = []
        var lo = segment.lo
        let hi = segment.hi
        while hi - lo > maximumSentenceLength {
            let limit = lo + maximumSentenceLength
            var cut = -1
            var i = limit
            while i > lo + maximumSentenceLength / 2 {
                if Self.isSafeCut(scalars, at: i, preferred: true) { cut = i; break }
                i -= 1
            }
            if cut < 0 {
                cut = limit
                // Do not separate a base character from combining marks or joiners that follow it,
                // nor split a number or a word.
                while cut > lo + maximumSentenceLength / 2, !Self.isSafeCut(scalars, at: cut, preferred: false) { cut -= 1 }
                if !Self.isSafeCut(scalars, at: cut, preferred: false) {
                    // A number longer than half the limit: cut at the limit, off combining marks.
                    cut = limit
                    while cut > lo + maximumSentenceLength / 2, Self.isAttached(scalars[cut]) { cut -= 1 }
                }
            }
            var end = cut
            while end > lo, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
            if end > lo { pieces.append(Segment(lo: lo, hi: end, kind: segment.kind, endsWithTerminal: false)) }
            lo = cut
            while lo < hi, ScalarClass.isWhitespace(scalars[lo]) { lo += 1 }
        }
        if lo < hi { pieces.append(Segment(lo: lo, hi: hi, kind: segment.kind, endsWithTerminal: segment.endsWithTerminal)) }
        return pieces
    }

    /// Whether an over-long sentence may be cut before scalar `i`. Preferred cuts follow a comma,
    /// 、, 。 or white space; no cut separates the parts of a number or of a number and its unit
    /// ("12,345", "3.5 billion", "2万8500人"), so no figure can straddle a cut.
    static func isSafeCut(_ scalars: [UInt32], at i: Int, preferred: Bool) -> Bool {
        guard i > 0, i < scalars.count else { return true }
        let v = scalars[i - 1], next = scalars[i]
        let before2 = i >= 2 ? scalars[i - 2] : 0
        if preferred {
            guard v == 0x3001 || v == 0x2C || v == 0xFF0C || v == 0x3002 || ScalarClass.isWhitespace(v) else { return false }
            // "12,345", "5 000", "3.5 billion", "20 people": a separator after a digit may belong to the figure.
            return !isNumberPart(before2)
        }
        // Fallback inside a run without separators: never next to a number part.
        return !isNumberPart(v) && !isNumberPart(next) && !isAttached(next)
    }

    /// Digits (ASCII, full-width), kanji numerals (〇零一…九) and the multipliers 十百千万億兆.
    static func isNumberPart(_ v: UInt32) -> Bool {
        if ScalarClass.isDigit(v) || (0xFF10...0xFF19).contains(v) { return true }
        switch v {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
             0x5341, 0x767E, 0x5343, 0x4E07, 0x5104, 0x5146:
            return true
        default:
            return false
        }
    }

    private static func isAttached(_ v: UInt32) -> Bool {
        if v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v) { return true }
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Timestamps, counters and similar lines: fewer than two letters, or letters are under a
    /// quarter of a short line's visible characters.
    static func looksLikeNoise(_ scalars: ArraySlice<UInt32>) -> Bool {
        var letters = 0
        var visible = 0
        for v in scalars where !ScalarClass.isWhitespace(v) {
            visible += 1
            if v < 0x80 {
                if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { letters += 1 }
            } else if ScalarClass.isCJK(v) || (Unicode.Scalar(v).map(ScalarClass.isLetter) ?? false) {
                letters += 1
            }
        }
        if letters < 2 { return true }
        return letters * 4 < visible && visible < 80
    }
}

/// A run of scalars `lo..<hi` found by the scan.
struct Segment {
    enum Kind { case text, url, marker }
    var lo: Int
    var hi: Int
    var kind: Kind
    var endsWithTerminal: Bool
}
