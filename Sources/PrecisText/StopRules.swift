/// Terminal punctuation and list items: where a sentence ends inside a line.
///
/// Every rule decides from the characters around the candidate stop (the word before it, the
/// marks after it, the first word after the white space), so each can be tested on its own.
/// A class with read-only text, so that the scan's per-character calls pass one reference
/// instead of copying the scan's state.
final class StopRules {
    let scalars: [UInt32]
    let abbreviations: Abbreviations
    /// Whether a space between Japanese text may end a sentence (`SentenceSegmenter.splitsJapaneseAtSpaces`).
    let splitsJapaneseAtSpaces: Bool
    /// The first Japanese sentence end (。！？) at or after `stopSearchFrom` in the current line
    /// (the line's end when none): found on demand, so each line is searched once.
    private var nextStop = -1
    private var stopSearchFrom = Int.max
    /// Index just past the last URL or e-mail address seen: a period there is an ordinary stop.
    var lastURLEnd = -1
    /// Ordinal of the last list item marker (`1.`, `2)`, `b.`) that opened a segment in this line.
    var listOrdinal: Int?

    init(scalars: [UInt32], abbreviations: Abbreviations, splitsJapaneseAtSpaces: Bool) {
        self.scalars = scalars
        self.abbreviations = abbreviations
        self.splitsJapaneseAtSpaces = splitsJapaneseAtSpaces
    }

    /// Starts a new line: forgets the list and the sentence end found in the previous one.
    func startLine() {
        listOrdinal = nil
        nextStop = -1
        stopSearchFrom = Int.max
    }

    /// Whether a Japanese sentence end (。！？) follows position `k` in the line ending at `hi`: a
    /// space before real body text may end a heading. Linear over a line in total.
    func stopFollows(_ k: Int, hi: Int) -> Bool {
        if k < stopSearchFrom || k > nextStop {
            var j = k
            while j < hi, !Self.isFullStop(scalars[j]) { j += 1 }
            stopSearchFrom = k
            nextStop = j
        }
        return nextStop < hi
    }

    /// Whether a stop rule can fire at `v`: a cheap filter the scan applies before `boundary`.
    @inline(__always)
    static func mayEndSentence(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x21, 0x3F, 0x20, 0x3D, 0x2A, 0x5F, 0x7E, 0x23, 0x22, 0x27, 0x29: return true
        case 0..<0x80: return false
        case 0x3002, 0xFF61, 0xFF01, 0xFF1F, 0xFF0E, 0x2026, 0x2025, 0x3000, 0x266A, 0x2606, 0x2605,
             0x305F, 0x3093, 0x3059, 0x300D, 0x300F, 0xFF09, 0x201D, 0x2019, 0xFF02, 0x300B, 0x3011: return true
        default: return false
        }
    }

    /// Whether a list item can start at `i`: a digit or lower-case letter after white space or a
    /// bullet, followed by `.`, `)` or another digit. A cheap filter before `listItem`.
    @inline(__always)
    func mayStartListItem(at i: Int, hi: Int, lineStart: Int) -> Bool {
        let v = scalars[i]
        guard (v >= 0x30 && v <= 0x39) || ScalarClass.isLowercaseASCII(v), i + 1 < hi else { return false }
        let next = scalars[i + 1]
        guard next == 0x2E || next == 0x29 || (next >= 0x30 && next <= 0x39) else { return false }
        return i == lineStart || ScalarClass.isWhitespace(scalars[i - 1]) || Self.isBullet(scalars[i - 1])
    }

    /// If a sentence ends at `i`, the index just past its closing punctuation.
    func boundary(at i: Int, hi: Int, lineStart: Int, segmentStart: Int) -> Int? {
        let v = scalars[i]
        switch v {
        case 0x3002, 0xFF61, 0xFF01, 0xFF1F:
            return consumeClosers(from: consumeTerminals(from: i + 1, hi: hi), hi: hi)
        case 0xFF0E:  // full-width period, unless it is a decimal point
            return nextIsDigit(i, hi) ? nil : consumeClosers(from: consumeTerminals(from: i + 1, hi: hi), hi: hi)
        case 0x21, 0x3F:
            return exclamationOrQuestionBoundary(at: i, hi: hi, lineStart: lineStart)
        case 0x2E:
            return periodBoundary(at: i, hi: hi, lineStart: lineStart, segmentStart: segmentStart)
        case _ where SentenceScan.isClosingMark(v) && i > lineStart && SentenceScan.endsSentence(scalars[i - 1]):
            // `1.)` opening a list item is a marker, not the end of a quotation.
            if scalars[i - 1] == 0x2E, isListMarker(word(before: i - 1, lineStart: lineStart), at: i - 1, segmentStart: segmentStart) { return nil }
            return quotationBoundary(at: i, hi: hi)
        case 0x2026, 0x2025:
            var j = i + 1
            while j < hi, scalars[j] == 0x2026 || scalars[j] == 0x2025 || scalars[j] == 0x2E { j += 1 }
            j = consumeClosers(from: j, hi: hi)
            guard j < hi, ScalarClass.isWhitespace(scalars[j]) else { return j == hi ? j : nil }
            let k = skipSpaces(from: j, hi: hi)
            return k == hi || (ScalarClass.isUppercaseASCII(scalars[k]) && !startsWithPronounI(k, hi)) ? j : nil
        case 0x266A, 0x2606, 0x2605:  // ♪ ☆ ★ closing a Japanese sentence
            return symbolBoundary(at: i, hi: hi, lineStart: lineStart)
        case 0x20, 0x3000:
            return splitsJapaneseAtSpaces ? japaneseSpaceBoundary(at: i, hi: hi, lineStart: lineStart, segmentStart: segmentStart) : nil
        case 0x3D, 0x2A, 0x5F, 0x7E, 0x23:  // = * _ ~ #
            return separatorBoundary(at: i, hi: hi, lineStart: lineStart, segmentStart: segmentStart)
        default:
            return japanesePoliteEnding(at: i, hi: hi)
        }
    }

    /// `!` and `?`: a stop before white space and a capital, a digit or Japanese text; `?` also
    /// before a lower-case word (web text starts sentences in lower case), `!` not (`Yahoo! in`).
    /// Glued to a word (`really?yes`) or to Japanese (`ロビー?2008年`) it ends one too.
    private func exclamationOrQuestionBoundary(at i: Int, hi: Int, lineStart: Int) -> Int? {
        // `Dial:?` is a mangled non-breaking space, not a question.
        if i > lineStart, scalars[i - 1] == 0x3A { return nil }
        let terminals = consumeTerminals(from: i + 1, hi: hi)
        let end = consumeClosers(from: terminals, hi: hi)
        if end == hi { return end }
        let next = scalars[end]
        let before = i > lineStart ? scalars[i - 1] : 0
        // `こたえてちょーだい!では`: a particle after the mark continues the clause (a title).
        // `こたえてちょーだい!では`: a particle after the mark continues the clause (a title);
        // `Yahoo!!ニュース`: a mark after a Latin word is part of a name.
        if ScalarClass.isCJK(next) { return Self.continuesClause(next) || Self.isASCIILetter(before) ? nil : end }
        if next == 0x3E || next == 0xFF1E || next == 0x3000 { return end }
        if !ScalarClass.isWhitespace(next) {
            if ScalarClass.isCJK(before), ScalarClass.isDigit(next) || Self.isASCIILetter(next) { return end }
            // `really?yes`, but not `index.php?id=3` nor a name such as `Yahoo!Xtra`.
            return scalars[i] == 0x3F && Self.isASCIILetter(before) && end == terminals && Self.isASCIILetter(next) && i + 1 == terminals
                && isPlainWord(endingAt: i, lineStart: lineStart) ? end : nil
        }
        let k = skipSpaces(from: end, hi: hi)
        if let afterEmoticon = emoticonEnd(at: k, hi: hi) { return afterEmoticon }
        if k < hi, ScalarClass.isLowercaseASCII(scalars[k]) {
            return scalars[i] == 0x3F && end == terminals && Self.isASCIILetter(before) ? end : nil
        }
        return end
    }

    /// A closing quote or bracket after terminal punctuation: `He said "We won." Then…` ends
    /// the sentence after the quote, `「…。」と述べた` does not, `「…。」次の文` does.
    private func quotationBoundary(at i: Int, hi: Int) -> Int? {
        let end = consumeClosers(from: i, hi: hi)
        if end == hi { return end }
        let next = scalars[end]
        if !ScalarClass.isWhitespace(next) {
            // Japanese: a new sentence after 。」 or 。』, not a particle continuing the quoting
            // clause; a note in brackets (`（注。）書いた`) reads on.
            guard ScalarClass.isCJK(next), Self.isJapaneseStop(scalars[i - 1]),
                  scalars[i] == 0x300D || scalars[i] == 0x300F || scalars[i] == 0x201D else { return nil }
            return Self.isQuoteParticle(next) ? nil : end
        }
        let k = skipSpaces(from: end, hi: hi)
        guard k < hi else { return end }
        let first = scalars[k]
        return ScalarClass.isUppercaseASCII(first) || ScalarClass.isCJK(first) || SentenceScan.closer(for: first) != nil
            || first == 0x22 ? end : nil
    }

    /// A separator run (`=====`, `*****`, `____`, at least `minimumSeparatorRun` of one mark)
    /// standing between sentences on one line is a segment of its own: a boundary before it (the
    /// text before ends there) and after it.
    private func separatorBoundary(at i: Int, hi: Int, lineStart: Int, segmentStart: Int) -> Int? {
        let v = scalars[i]
        if i > lineStart, scalars[i - 1] == v { return nil }  // only at the start of a run
        var j = i
        while j < hi, scalars[j] == v { j += 1 }
        guard j - i >= Self.minimumSeparatorRun, j == hi || ScalarClass.isWhitespace(scalars[j]) else { return nil }
        let startsSegment = scalars[segmentStart..<i].allSatisfy(ScalarClass.isWhitespace)
        if !startsSegment { return ScalarClass.isWhitespace(scalars[i - 1]) ? i : nil }
        return j
    }

    /// Shortest run of one mark that reads as a separator line (`====`).
    static let minimumSeparatorRun = 4

    // MARK: Periods

    /// A period ends a sentence when the word before it is not an abbreviation, an initial or a
    /// list marker, and what follows reads as a new sentence.
    func periodBoundary(at i: Int, hi: Int, lineStart: Int, segmentStart: Int) -> Int? {
        var dots = i
        while dots < hi, scalars[dots] == 0x2E { dots += 1 }
        let end = consumeClosers(from: dots, hi: hi)
        if end == hi { return end }
        let before = word(before: i, lineStart: lineStart)
        guard ScalarClass.isWhitespace(scalars[end]) else {
            return gluedBoundary(at: i, dots: dots, end: end, hi: hi, before: before)
        }
        let k = skipSpaces(from: end, hi: hi)
        if k == hi { return end }
        let next = scalars[k]
        let dotCount = dots - i + spacedDotsBefore(i, lineStart: lineStart)
        if dotCount >= 2 {
            // `..` and `....` end a sentence before a capital; a bare ellipsis not before `I`.
            guard ScalarClass.isUppercaseASCII(next) || ScalarClass.isCJK(next) else { return nil }
            return dotCount == 3 && startsWithPronounI(k, hi) ? nil : end
        }
        if spacedDotsAfter(end, hi: hi) { return nil }  // the first dot of `. . .`
        if isListMarker(before, at: i, segmentStart: segmentStart) { return nil }
        if let afterEmoticon = emoticonEnd(at: k, hi: hi) { return afterEmoticon }
        if ScalarClass.isLowercaseASCII(next) {
            return end == dots && endsSentenceBeforeLowercase(before, at: i, lineStart: lineStart) ? end : nil
        }
        let nextOpensSentence = ScalarClass.isUppercaseASCII(next) || ScalarClass.isCJK(next) || ScalarClass.isDigit(next)
            || SentenceScan.closer(for: next) != nil || Self.opensSentence(next)
        switch before.form {
        case .none:
            if i > lineStart, scalars[i - 1] == 0xB0 { return nil }  // N°. 1026
            return nextOpensSentence ? end : nil
        case .plain:
            if before.lowered == "i", before.followsLowercaseWord, ScalarClass.isUppercaseASCII(next) { return end }  // you and I. We
            if abbreviations.never.contains(before.lowered) { return nil }
            if abbreviations.beforeNumber.contains(before.lowered) { return ScalarClass.isDigit(next) ? nil : end }
            let opener = leadingWord(from: k, hi: hi)
            if abbreviations.weak.contains(before.lowered) {
                return abbreviations.sentenceOpeners.contains(opener) || ScalarClass.isCJK(next) ? end : nil
            }
            if before.lowered.count == 1, ScalarClass.isUppercaseASCII(scalars[i - 1]) {
                // An initial, as in "J. Smith"; a capital letter alone rarely ends a sentence, and
                // never before another initial ("Wayne A. I. Frederick").
                if opener.count == 1, k + 1 < hi, scalars[k + 1] == 0x2E { return nil }
                return abbreviations.sentenceOpeners.contains(opener) ? end : nil
            }
            return nextOpensSentence ? end : nil
        case .dotted:
            if abbreviations.never.contains(before.lowered) { return nil }
            let opener = leadingWord(from: k, hi: hi)
            // `at 9 p.m. Dr. Ito arrived`: a title after a time continues the sentence; another
            // capitalised word starts one (`until 6 a.m. Thailand planned`), unless it names a
            // time zone or a day (`10 a.m. EST`, `5 p.m. Monday`).
            if abbreviations.times.contains(before.lowered) {
                if abbreviations.titles.contains(opener.lowercased()) || abbreviations.timeWords.contains(opener.lowercased()) { return nil }
                return ScalarClass.isUppercaseASCII(next) ? end : nil
            }
            // `acquired Weblogs.com. Mountain View`: a domain name is an ordinary word.
            if let last = before.lowered.split(separator: ".").last, abbreviations.domains.contains(String(last)), before.lowered.count > 4 {
                return nextOpensSentence ? end : nil
            }
            return abbreviations.sentenceOpeners.contains(opener) || ScalarClass.isCJK(next) ? end : nil
        case .address:
            return nextOpensSentence ? end : nil
        }
    }

    /// A period glued to the next word: `in 2019.The plan`, `quality.You'll`, `recovery...Out`
    /// end a sentence; `3.5`, `U.S.A`, `Jane.Doe@…`, `report.pdf`, `Node.js` do not.
    private func gluedBoundary(at i: Int, dots: Int, end: Int, hi: Int, before: WordBefore) -> Int? {
        guard end == dots, dots - i == 1 || dots - i >= 3, end + 1 < hi,
              ScalarClass.isUppercaseASCII(scalars[end]), ScalarClass.isLowercaseASCII(scalars[end + 1]) || scalars[end + 1] == 0x27 else { return nil }
        // The rest of the token must not be a file name, a domain or an address.
        if abbreviations.domains.contains(leadingWord(from: end, hi: hi).lowercased()) { return nil }  // Newsfeed.Com
        var j = end
        while j < min(hi, end + Self.lookaround), !ScalarClass.isWhitespace(scalars[j]) {
            if [0x2E, 0x40, 0x2F, 0x5F].contains(scalars[j]) { return nil }
            j += 1
        }
        switch before.form {
        case .plain:
            guard before.lowered.count >= 2, !abbreviations.never.contains(before.lowered), !before.hasUppercaseInside else { return nil }
            return end
        case .none:
            return i > 0 && ScalarClass.isDigit(scalars[i - 1]) && dots - i == 1 ? end : nil
        case .dotted, .address:
            return nil
        }
    }

    /// Whether a period before a lower-case word ends a sentence (`I'll check. see you`): after
    /// an ordinary word of two or more letters, a number or a closing bracket; never after an
    /// abbreviation, an initial, a dotted form (`U.S.`) or a list marker.
    private func endsSentenceBeforeLowercase(_ before: WordBefore, at i: Int, lineStart: Int) -> Bool {
        switch before.form {
        case .plain:
            let w = before.lowered
            return w.count >= 2 && !abbreviations.never.contains(w) && !abbreviations.beforeNumber.contains(w)
                && !abbreviations.weak.contains(w) && !abbreviations.beforeLowercase.contains(w)
        case .address:
            return true
        case .dotted:
            return false
        case .none:
            // `…8160. they`, `(3-3264). you`: a number of three or more characters or a bracket.
            guard i > lineStart else { return false }
            let v = scalars[i - 1]
            if v == 0x29 || v == 0x22 || v == 0x201D { return true }
            guard ScalarClass.isDigit(v) else { return false }
            var j = i
            while j > lineStart, i - j < 3, !ScalarClass.isWhitespace(scalars[j - 1]) { j -= 1 }
            return i - j >= 3
        }
    }

    /// `1.`, `2)`, `a.` opening a segment (after at most a bullet): not a sentence of its own.
    private func isListMarker(_ before: WordBefore, at i: Int, segmentStart: Int) -> Bool {
        var j = segmentStart
        while j < i, j - segmentStart < Self.lookaround, ScalarClass.isWhitespace(scalars[j]) || Self.isBullet(scalars[j]) { j += 1 }
        guard j < i, i - j <= 2 else { return false }
        let token = scalars[j..<i]
        if token.count <= 2, token.allSatisfy({ ScalarClass.isDigit($0) }) { return true }
        return token.count == 1 && ScalarClass.isLowercaseASCII(token[j])
    }

    // MARK: Words around a stop

    /// The word just before a period: letters and inner dots (`Mr`, `U.S`, `e.g`), with how it
    /// is written.
    struct WordBefore {
        enum Form { case none, plain, dotted, address }
        var lowered: String
        var form: Form
        /// The word before this one starts in lower case (`you and I.`, not `Albert I.`).
        var followsLowercaseWord: Bool
        /// A capital after the first letter (`iPad`, `McDonald`): not an ordinary word.
        var hasUppercaseInside: Bool
    }

    func word(before i: Int, lineStart: Int) -> WordBefore {
        var w = i
        while w > lineStart, i - w < Self.lookaround, Self.isASCIILetter(scalars[w - 1]) || scalars[w - 1] == 0x2E { w -= 1 }
        while w < i, scalars[w] == 0x2E { w += 1 }
        let letters = scalars[w..<i]
        let lowered = String(String.UnicodeScalarView(letters.compactMap { Unicode.Scalar($0 | (ScalarClass.isUppercaseASCII($0) ? 0x20 : 0)) }))
        if lowered.isEmpty { return WordBefore(lowered: "", form: .none, followsLowercaseWord: false, hasUppercaseInside: false) }
        // The whole token back to white space: an e-mail address, a path or just after a URL.
        var t = w
        while t > lineStart, w - t < Self.lookaround, !ScalarClass.isWhitespace(scalars[t - 1]) { t -= 1 }
        let isAddress = i == lastURLEnd || scalars[t..<i].contains(0x40) || scalars[t..<i].contains(0x2F)
        var p = t
        while p > lineStart, t - p < Self.lookaround, ScalarClass.isWhitespace(scalars[p - 1]) { p -= 1 }
        var q = p
        while q > lineStart, p - q < Self.lookaround, !ScalarClass.isWhitespace(scalars[q - 1]) { q -= 1 }
        let followsLowercase = q < p && ScalarClass.isLowercaseASCII(scalars[q])
        let inside = letters.dropFirst().contains { ScalarClass.isUppercaseASCII($0) }
        let form: WordBefore.Form = isAddress ? .address : lowered.contains(".") ? .dotted : .plain
        return WordBefore(lowered: lowered, form: form, followsLowercaseWord: followsLowercase, hasUppercaseInside: inside)
    }

    /// Whether the token ending at `i` is letters only (no dots, slashes or `=` of a path or query).
    private func isPlainWord(endingAt i: Int, lineStart: Int) -> Bool {
        var j = i
        while j > lineStart, i - j < Self.lookaround, !ScalarClass.isWhitespace(scalars[j - 1]) {
            if [0x2E, 0x2F, 0x3D, 0x40, 0x5F].contains(scalars[j - 1]) { return false }
            j -= 1
        }
        return true
    }

    /// The ASCII letters starting at `k`.
    func leadingWord(from k: Int, hi: Int) -> String {
        var j = k
        while j < hi, Self.isASCIILetter(scalars[j]) { j += 1 }
        return String(String.UnicodeScalarView(scalars[k..<j].compactMap(Unicode.Scalar.init)))
    }

    /// `I` as a word (`I`, `I'm`, `I'll`): after an ellipsis it usually continues the sentence.
    private func startsWithPronounI(_ k: Int, _ hi: Int) -> Bool {
        guard scalars[k] == 0x49 else { return false }
        return k + 1 == hi || !Self.isASCIILetter(scalars[k + 1])
    }

    /// Dots of a spaced ellipsis (`. . .`) just before the dot at `i` (counted up to 3).
    private func spacedDotsBefore(_ i: Int, lineStart: Int) -> Int {
        var count = 0
        var j = i
        while count < 3, j - 2 >= lineStart, scalars[j - 1] == 0x20, scalars[j - 2] == 0x2E { count += 1; j -= 2 }
        return count
    }

    /// Whether the dot at `end - 1` is followed by ` .`: not the last dot of a spaced ellipsis.
    private func spacedDotsAfter(_ end: Int, hi: Int) -> Bool {
        end + 1 < hi && scalars[end] == 0x20 && scalars[end + 1] == 0x2E
    }

    /// An emoticon after a stop (`great! :P`, `DUE!?! :(`) belongs to the sentence before it:
    /// the index past it, when one starts at `k`.
    private func emoticonEnd(at k: Int, hi: Int) -> Int? {
        guard k + 1 < hi, scalars[k] == 0x3A || scalars[k] == 0x3B else { return nil }
        var j = k + 1
        if scalars[j] == 0x2D || scalars[j] == 0x27 { j += 1 }
        guard j < hi, [0x29, 0x28, 0x50, 0x70, 0x44, 0x4F, 0x2F, 0x5D].contains(scalars[j]) else { return nil }
        j += 1
        while j < hi, scalars[j] == scalars[j - 1] { j += 1 }
        guard j == hi || ScalarClass.isWhitespace(scalars[j]) else { return nil }
        return j
    }

    private func nextIsDigit(_ i: Int, _ hi: Int) -> Bool { i + 1 < hi && ScalarClass.isDigit(scalars[i + 1]) }

    func consumeTerminals(from j: Int, hi: Int) -> Int {
        var j = j
        while j < hi {
            switch scalars[j] {
            case 0x3002, 0xFF61, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2026: j += 1
            default: return j
            }
        }
        return j
    }

    func consumeClosers(from j: Int, hi: Int) -> Int {
        var j = j
        while j < hi, SentenceScan.isClosingMark(scalars[j]) { j += 1 }
        return j
    }

    func skipSpaces(from j: Int, hi: Int) -> Int {
        var k = j
        while k < hi, ScalarClass.isWhitespace(scalars[k]) { k += 1 }
        return k
    }

    static func isASCIILetter(_ v: UInt32) -> Bool { ScalarClass.isUppercaseASCII(v) || ScalarClass.isLowercaseASCII(v) }

    /// 。｡！？: Japanese stops that end a sentence wherever they stand.
    static func isFullStop(_ v: UInt32) -> Bool { v == 0x3002 || v == 0xFF61 || v == 0xFF01 || v == 0xFF1F }

    /// Japanese terminal punctuation before a closing quote (`。」`, `！』`).
    static func isJapaneseStop(_ v: UInt32) -> Bool { isFullStop(v) || v == 0x2026 }

    /// Particles that continue a clause after a quotation or a symbol: と, って, など, の, は, が,
    /// を, に, で, も, や, か, へ.
    static func isQuoteParticle(_ v: UInt32) -> Bool {
        switch v {
        case 0x3068, 0x3063, 0x306A, 0x306E, 0x306F, 0x304C, 0x3092, 0x306B, 0x3067, 0x3082, 0x3084, 0x304B, 0x3078: return true
        default: return false
        }
    }

    /// Marks that may open a sentence after a full stop: quotes, dashes, bullets, separators.
    static func opensSentence(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x2018, 0x201C, 0x2D, 0x2A, 0x3D, 0x7E, 0x5B, 0x3C, 0x23, 0x2022, 0x2013, 0x2014, 0x5F, 0x3F: return true
        default: return false
        }
    }
}
