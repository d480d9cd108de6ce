/// The single pass over the text that finds segment boundaries.
struct SentenceScan {
    let scalars: [UInt32]
    let offsets: [Int]
    let maxQuote: Int
    /// The stop rules, over the same scalars.
    let rules: StopRules
    var segments: [Segment] = []
    private var protected: [Bool] = []
    /// Index of the line break that preceded the current line (-1 for the first line).
    private var previousLineBreak = -1

    init(text: String, maxQuote: Int, abbreviations: Abbreviations, splitsJapaneseAtSpaces: Bool) {
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
        self.rules = StopRules(scalars: scalars, abbreviations: abbreviations, splitsJapaneseAtSpaces: splitsJapaneseAtSpaces)
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
        rules.startLine()
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
                rules.lastURLEnd = end
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
            if rules.mayStartListItem(at: i, hi: hi, lineStart: lo), let item = rules.listItem(at: i, hi: hi, segmentStart: segmentStart, lineStart: lo) {
                // The next item of a list on one line (`1. Buy milk 2. Call home`) starts a sentence.
                if item.start > segmentStart { emit(segmentStart, item.start, .text, lineStart: lo, first: &firstInLine) }
                segmentStart = item.start
                rules.listOrdinal = item.ordinal
                i = item.end
                continue
            }
            if StopRules.mayEndSentence(scalars[i]), let end = rules.boundary(at: i, hi: hi, lineStart: lo, segmentStart: segmentStart) {
                emit(segmentStart, end, .text, lineStart: lo, first: &firstInLine)
                segmentStart = end
                i = end
                continue
            }
            // A run of terminal marks that does not end a sentence ("!!!x", "……の") is passed
            // over whole, so long runs cost linear time; a run that ends in 。 still ends one there.
            let v = scalars[i]
            if Self.endsSentence(v) || v == 0x2025 {
                var j = i + 1
                while j < hi, Self.endsSentence(scalars[j]) || scalars[j] == 0x2025 { j += 1 }
                if StopRules.isFullStop(scalars[j - 1]), j - 1 > i { i = j - 1; continue }
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
    /// white space and a single line break between, and the text reads on (the line ends in a
    /// comma or 、, the next starts with one, or a word is broken before a lower-case line).
    private func continues(from last: Segment, into next: Int, lineBreak: Int) -> Bool {
        for k in last.hi..<next where k != lineBreak {
            let v = scalars[k]
            if Self.isLineBreak(scalars, k) || !ScalarClass.isWhitespace(v) { return false }
        }
        let end = scalars[last.hi - 1]
        if end == 0x3001 || end == 0x2C || end == 0xFF0C { return true }  // 、 , ，
        // A line that starts with a comma, 、 or a semicolon is the rest of the line before it.
        let first = scalars[next]
        if (first == 0x2C || first == 0x3001 || first == 0xFF0C || first == 0x3B) && !Self.endsSentence(end) { return true }
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

    /// Marks the inside of matched quote and bracket pairs no longer than `maxQuote`. Double
    /// quotes (`"…"`, `“…”`) protect only Japanese text: an English quotation of several
    /// sentences is split like running text (`"We won. They lost."`), as treebanks do.
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
                if let open = straight[v] { protect(open, i, lineStart: lo, japaneseOnly: true); straight[v] = nil } else { straight[v] = i }
            } else if Self.isCloser(v), let match = stack.lastIndex(where: { $0.closer == v }) {
                protect(stack[match].at, i, lineStart: lo, japaneseOnly: v == 0x201D)
                stack.removeSubrange(match...)
            }
        }
    }

    private mutating func protect(_ open: Int, _ close: Int, lineStart: Int, japaneseOnly: Bool = false) {
        guard close - open - 1 <= maxQuote, close > open + 1 else { return }
        if japaneseOnly, !scalars[(open + 1)..<close].contains(where: ScalarClass.isCJK) { return }
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
}
