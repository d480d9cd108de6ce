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

    public init(maximumSentenceLength: Int = 1_000, maximumQuoteLength: Int = 250) {
        precondition(maximumSentenceLength >= 16, "maximumSentenceLength must be at least 16")
        self.maximumSentenceLength = maximumSentenceLength
        self.maximumQuoteLength = maximumQuoteLength
    }

    /// The sentences of `text`, in order, with UTF-8 byte ranges into `text`.
    /// - Complexity: O(n) in the length of `text`.
    public func sentences(in text: String) -> [Sentence] {
        let utf8 = Array(text.utf8)
        var scan = Scan(text: text, maxQuote: maximumQuoteLength)
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

/// The single pass over the text that finds segment boundaries.
private struct Scan {
    let scalars: [UInt32]
    let offsets: [Int]
    let maxQuote: Int
    var segments: [Segment] = []
    private var protected: [Bool] = []
    /// Index of the line break that preceded the current line (-1 for the first line).
    private var previousLineBreak = -1

    init(text: String, maxQuote: Int) {
        var scalars: [UInt32] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for s in text.unicodeScalars {
            scalars.append(s.value)
            offsets.append(offset)
            offset += UTF8.width(s)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
        self.maxQuote = maxQuote
    }

    mutating func run() {
        var lineStart = 0
        let n = scalars.count
        for i in 0...n where i == n || Self.isLineBreak(scalars, i) {
            line(lineStart, i)
            lineStart = i + 1
        }
    }

    /// LF, a CR not followed by LF (old Mac files), NEL, and the Unicode line and paragraph separators.
    static func isLineBreak(_ scalars: [UInt32], _ i: Int) -> Bool {
        switch scalars[i] {
        case 0x0A, 0x85, 0x2028, 0x2029: return true
        case 0x0D: return i + 1 >= scalars.count || scalars[i + 1] != 0x0A
        default: return false
        }
    }

    private mutating func line(_ lo: Int, _ hi: Int) {
        markQuotes(lo, hi)
        var segmentStart = lo
        var firstInLine = true
        var i = lo
        while i < hi {
            if let end = urlEnd(at: i, hi: hi) {
                // Never split inside a URL; end the sentence after it when text is glued on.
                if end < hi, !ScalarClass.isWhitespace(scalars[end]), !Self.endsSentence(scalars[end]),
                   !Self.isClosingMark(scalars[end]) {
                    let alone = scalars[segmentStart..<i].allSatisfy(ScalarClass.isWhitespace)
                    emit(segmentStart, end, alone ? .url : .text, lineStart: lo, first: &firstInLine)
                    segmentStart = end
                } else if end == hi || ScalarClass.isWhitespace(scalars[end]) {
                    if scalars[segmentStart..<i].allSatisfy(ScalarClass.isWhitespace) {
                        emit(segmentStart, end, .url, lineStart: lo, first: &firstInLine)
                        segmentStart = end
                    }
                }
                i = end
                continue
            }
            if let end = markerEnd(at: i, hi: hi) {
                emit(segmentStart, i, .text, lineStart: lo, first: &firstInLine)
                emit(i, end, .marker, lineStart: lo, first: &firstInLine)
                segmentStart = end
                i = end
                continue
            }
            if protected[i - lo] { i += 1; continue }
            if let end = boundary(at: i, hi: hi, lineStart: lo) {
                emit(segmentStart, end, .text, lineStart: lo, first: &firstInLine)
                segmentStart = end
                i = end
                continue
            }
            // A run of terminal marks that does not end a sentence ("!!!x", "……の") is passed
            // over whole, so long runs cost linear time.
            let v = scalars[i]
            if Self.endsSentence(v) || v == 0x2025 {
                var j = i + 1
                while j < hi, Self.endsSentence(scalars[j]) || scalars[j] == 0x2025 { j += 1 }
                i = j
                continue
            }
            i += 1
        }
        emit(segmentStart, hi, .text, lineStart: lo, first: &firstInLine)
        previousLineBreak = hi
    }

    /// Records `lo..<hi` trimmed of white space; joins it to the previous line's last segment
    /// when that line plainly continues into this one.
    private mutating func emit(_ lo: Int, _ hi: Int, _ kind: Segment.Kind, lineStart: Int, first: inout Bool) {
        var a = lo
        var b = hi
        while a < b, ScalarClass.isWhitespace(scalars[a]) { a += 1 }
        while b > a, ScalarClass.isWhitespace(scalars[b - 1]) { b -= 1 }
        guard a < b else { return }
        let terminal = Self.endsSentence(scalars[b - 1])
        defer { first = false }
        if first, kind == .text, let last = segments.last, last.kind == .text, !last.endsWithTerminal,
           last.hi <= previousLineBreak, continues(from: last, into: a, lineBreak: previousLineBreak) {
            segments[segments.count - 1].hi = b
            segments[segments.count - 1].endsWithTerminal = terminal
            return
        }
        segments.append(Segment(lo: a, hi: b, kind: kind, endsWithTerminal: terminal))
    }

    /// Whether the line ending in `last` continues on the next line starting at `next`: only
    /// white space and a single line break between, and the text reads on.
    private func continues(from last: Segment, into next: Int, lineBreak: Int) -> Bool {
        for k in last.hi..<next where k != lineBreak {
            let v = scalars[k]
            if Self.isLineBreak(scalars, k) || !ScalarClass.isWhitespace(v) { return false }
        }
        let end = scalars[last.hi - 1]
        if end == 0x3001 || end == 0x2C || end == 0xFF0C { return true }  // 、 , ，
        let startsLower = ScalarClass.isLowercaseASCII(scalars[next])
        let endsInWord = (Unicode.Scalar(end).map(ScalarClass.isLetter) ?? false) || end == 0x2D || end == 0x3B
        return startsLower && endsInWord && !ScalarClass.isCJK(end)
    }

    static func endsSentence(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF61, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2E, 0xFF0E, 0x2026: return true
        case 0x300D, 0x300F, 0xFF09, 0x29, 0x201D, 0x2019, 0x22, 0x27, 0x3011: return false
        default: return false
        }
    }

    // MARK: Quotes

    /// Marks the inside of matched quote and bracket pairs no longer than `maxQuote`.
    private mutating func markQuotes(_ lo: Int, _ hi: Int) {
        protected = [Bool](repeating: false, count: hi - lo)
        var stack: [(closer: UInt32, at: Int)] = []
        var straight: [UInt32: Int] = [:]
        for i in lo..<hi {
            let v = scalars[i]
            if let closer = Self.closer(for: v) {
                stack.append((closer, i))
                if stack.count > 64 { stack.removeFirst() }
            } else if v == 0x22 || v == 0xFF02 {
                if let open = straight[v] { protect(open, i, lineStart: lo); straight[v] = nil } else { straight[v] = i }
            } else if Self.isCloser(v), let match = stack.lastIndex(where: { $0.closer == v }) {
                protect(stack[match].at, i, lineStart: lo)
                stack.removeSubrange(match...)
            }
        }
    }

    private mutating func protect(_ open: Int, _ close: Int, lineStart: Int) {
        guard close - open - 1 <= maxQuote, close > open + 1 else { return }
        for k in (open + 1)..<close { protected[k - lineStart] = true }
    }

    static func closer(for opener: UInt32) -> UInt32? {
        switch opener {
        case 0x300C: return 0x300D  // 「 」
        case 0x300E: return 0x300F  // 『 』
        case 0xFF08: return 0xFF09  // （ ）
        case 0x28: return 0x29      // ( )
        case 0x201C: return 0x201D  // “ ”
        case 0x3010: return 0x3011  // 【 】
        default: return nil
        }
    }

    static func isCloser(_ v: UInt32) -> Bool {
        v == 0x300D || v == 0x300F || v == 0xFF09 || v == 0x29 || v == 0x201D || v == 0x3011
    }

    static func isClosingMark(_ v: UInt32) -> Bool {
        isCloser(v) || v == 0x22 || v == 0x27 || v == 0x2019 || v == 0xFF02 || v == 0x300B
    }

    // MARK: URLs and markers

    private func urlEnd(at i: Int, hi: Int) -> Int? {
        let v = scalars[i]
        guard v == 0x68 || v == 0x77 else { return nil }  // h, w
        if i > 0, Self.isASCIIAlphanumeric(scalars[i - 1]) { return nil }
        let prefixLength: Int
        if matches("https://", at: i, hi: hi) { prefixLength = 8 }
        else if matches("http://", at: i, hi: hi) { prefixLength = 7 }
        else if matches("www.", at: i, hi: hi) { prefixLength = 4 }
        else { return nil }
        var j = i + prefixLength
        while j < hi, Self.isURLCharacter(scalars[j]) { j += 1 }
        while j > i + prefixLength, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x27, 0x22].contains(scalars[j - 1]) { j -= 1 }
        return j > i + prefixLength ? j : nil
    }

    private func matches(_ ascii: StaticString, at i: Int, hi: Int) -> Bool {
        let count = ascii.utf8CodeUnitCount
        guard i + count <= hi else { return false }
        let base = ascii.utf8Start
        for k in 0..<count where scalars[i + k] != UInt32(base[k]) { return false }
        return true
    }

    static func isURLCharacter(_ v: UInt32) -> Bool {
        guard v > 0x20 && v < 0x7F else { return false }
        switch v {
        case 0x22, 0x3C, 0x3E, 0x7B, 0x7D, 0x7C, 0x5C, 0x5E, 0x60: return false
        default: return true
        }
    }

    static func isASCIIAlphanumeric(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || ScalarClass.isUppercaseASCII(v) || ScalarClass.isLowercaseASCII(v)
    }

    /// `>>5`, `＞＞12`, `>>5-7`: forum reply markers.
    private func markerEnd(at i: Int, hi: Int) -> Int? {
        let v = scalars[i]
        guard (v == 0x3E || v == 0xFF1E), i + 2 < hi + 1, i + 1 < hi, scalars[i + 1] == v else { return nil }
        var j = i + 2
        let digitsStart = j
        while j < hi, ScalarClass.isDigit(scalars[j]) || ((scalars[j] == 0x2D || scalars[j] == 0x2C) && j > digitsStart) { j += 1 }
        return j > digitsStart ? j : nil
    }

    // MARK: Terminal punctuation

    /// If a sentence ends at `i`, the index just past its closing punctuation.
    private func boundary(at i: Int, hi: Int, lineStart: Int) -> Int? {
        let v = scalars[i]
        switch v {
        case 0x3002, 0xFF61, 0xFF01, 0xFF1F:
            return consumeClosers(from: consumeTerminals(from: i + 1, hi: hi), hi: hi)
        case 0xFF0E:  // full-width period, unless it is a decimal point
            return nextIsDigit(i, hi) ? nil : consumeClosers(from: consumeTerminals(from: i + 1, hi: hi), hi: hi)
        case 0x21, 0x3F:
            let end = consumeClosers(from: consumeTerminals(from: i + 1, hi: hi), hi: hi)
            if end == hi { return end }
            let next = scalars[end]
            if ScalarClass.isCJK(next) || next == 0x3E || next == 0xFF1E || next == 0x3000 { return end }
            guard ScalarClass.isWhitespace(next) else { return nil }
            let k = skipSpaces(from: end, hi: hi)
            if k < hi, ScalarClass.isLowercaseASCII(scalars[k]) { return nil }
            return end
        case 0x2E:
            return periodBoundary(at: i, hi: hi, lineStart: lineStart)
        case _ where Self.isClosingMark(v) && i > lineStart && Self.endsSentence(scalars[i - 1]):
            // A quotation ending in terminal punctuation ends the sentence when a new one follows
            // after a space: `He said "We won." Then…`, but not `「…。」と述べた`.
            let end = consumeClosers(from: i, hi: hi)
            if end == hi { return end }
            guard ScalarClass.isWhitespace(scalars[end]) else { return nil }
            let k = skipSpaces(from: end, hi: hi)
            guard k < hi else { return end }
            let next = scalars[k]
            return ScalarClass.isUppercaseASCII(next) || ScalarClass.isCJK(next) || Self.closer(for: next) != nil ? end : nil
        case 0x2026, 0x2025:
            var j = i + 1
            while j < hi, scalars[j] == 0x2026 || scalars[j] == 0x2025 || scalars[j] == 0x2E { j += 1 }
            j = consumeClosers(from: j, hi: hi)
            guard j < hi, ScalarClass.isWhitespace(scalars[j]) else { return j == hi ? j : nil }
            let k = skipSpaces(from: j, hi: hi)
            return k == hi || ScalarClass.isUppercaseASCII(scalars[k]) ? j : nil
        default:
            return nil
        }
    }

    private func nextIsDigit(_ i: Int, _ hi: Int) -> Bool { i + 1 < hi && ScalarClass.isDigit(scalars[i + 1]) }

    private func consumeTerminals(from j: Int, hi: Int) -> Int {
        var j = j
        while j < hi {
            switch scalars[j] {
            case 0x3002, 0xFF61, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2026: j += 1
            default: return j
            }
        }
        return j
    }

    private func consumeClosers(from j: Int, hi: Int) -> Int {
        var j = j
        while j < hi, Self.isClosingMark(scalars[j]) { j += 1 }
        return j
    }

    private func skipSpaces(from j: Int, hi: Int) -> Int {
        var k = j
        while k < hi, ScalarClass.isWhitespace(scalars[k]) { k += 1 }
        return k
    }

    private func periodBoundary(at i: Int, hi: Int, lineStart: Int) -> Int? {
        var dots = i
        while dots < hi, scalars[dots] == 0x2E { dots += 1 }
        let end = consumeClosers(from: dots, hi: hi)
        if end == hi { return end }
        guard ScalarClass.isWhitespace(scalars[end]) else { return nil }
        let k = skipSpaces(from: end, hi: hi)
        if k == hi { return end }
        let next = scalars[k]
        let nextOpensSentence = ScalarClass.isUppercaseASCII(next) || ScalarClass.isCJK(next) || ScalarClass.isDigit(next)
            || Self.closer(for: next) != nil || next == 0x22 || next == 0x27 || next == 0x2018
        if dots - i >= 2 { return ScalarClass.isUppercaseASCII(next) || ScalarClass.isCJK(next) ? end : nil }
        if ScalarClass.isLowercaseASCII(next) { return nil }
        // The word before the period, letters and inner dots only: "Mr", "U.S", "e.g".
        var w = i
        while w > lineStart, ScalarClass.isUppercaseASCII(scalars[w - 1]) || ScalarClass.isLowercaseASCII(scalars[w - 1]) || scalars[w - 1] == 0x2E { w -= 1 }
        let word = String(String.UnicodeScalarView(scalars[w..<i].compactMap(Unicode.Scalar.init))).lowercased()
        if word.isEmpty { return nextOpensSentence ? end : nil }
        if Abbreviations.never.contains(word) { return nil }
        if Abbreviations.beforeNumber.contains(word) {
            return ScalarClass.isDigit(next) ? nil : end
        }
        let opener = leadingWord(from: k, hi: hi)
        if word.contains(".") || Abbreviations.weak.contains(word) {
            return Abbreviations.sentenceOpeners.contains(opener) || ScalarClass.isCJK(next) ? end : nil
        }
        if word.count == 1, ScalarClass.isUppercaseASCII(scalars[i - 1]) {
            // An initial, as in "J. Smith"; a capital letter alone rarely ends a sentence.
            return Abbreviations.sentenceOpeners.contains(opener) ? end : nil
        }
        return nextOpensSentence ? end : nil
    }

    private func leadingWord(from k: Int, hi: Int) -> String {
        var j = k
        while j < hi, ScalarClass.isUppercaseASCII(scalars[j]) || ScalarClass.isLowercaseASCII(scalars[j]) { j += 1 }
        return String(String.UnicodeScalarView(scalars[k..<j].compactMap(Unicode.Scalar.init)))
    }
}

/// English abbreviations that decide whether a period ends a sentence.
enum Abbreviations {
    /// Never end a sentence: titles and forms always followed by more text.
    static let never: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj",
        "adm", "cmdr", "rev", "hon", "pres", "st", "mt", "ft", "vs", "fig", "figs", "vol", "jan", "feb",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "univ", "ave",
        "e.g", "i.e", "cf", "viz", "messrs", "mme", "mlle", "gens", "supt", "insp", "det", "cpl", "pvt",
    ]
    /// Do not end a sentence when a number follows: "No. 7", "p. 12", "Rs. 20", "Art. 9".
    static let beforeNumber: Set<String> = [
        "no", "nos", "art", "arts", "p", "pp", "rs", "re", "rp", "sec", "secs", "ch", "chap", "para", "op", "ca", "tk",
    ]
    /// End a sentence only when a typical sentence opener follows.
    static let weak: Set<String> = [
        "inc", "ltd", "co", "corp", "jr", "sr", "etc", "llc", "plc", "bros", "est", "al", "mar",
    ]
    /// Words that typically open an English sentence.
    static let sentenceOpeners: Set<String> = [
        "The", "A", "An", "In", "On", "At", "It", "Its", "He", "She", "They", "We", "I", "This", "That",
        "These", "Those", "But", "And", "However", "Meanwhile", "According", "Also", "After", "As", "For",
        "If", "When", "While", "There", "His", "Her", "Their", "Our", "Some", "Many", "Most", "Mr", "Mrs",
        "Ms", "Dr", "In", "Since", "Last", "Earlier", "Later", "Officials", "Police", "Analysts", "Shares",
        "Yet", "So", "Still", "Both", "Each", "Other", "Such", "What", "Why", "How", "Who", "One", "Two",
    ]
}
