/// Reads the numeric core of a figure: digit runs with grouping and decimals (ASCII or full-width),
/// Japanese compounds of digits, kanji numerals and 十/百/千/万/億/兆, and English number words.
/// Values are built as `ExactValue`, so nothing is rounded; impossible values carry a failure.
struct NumeralReader {
    let text: ByteText

    /// One run of digits with its separators ("28,500", "2.3", "400'000", "53,7").
    struct DigitRun {
        var end: Int
        var value = ExactValue.zero
        var integerDigits = 0
        var fractionDigits = 0
        var grouped = false
        /// A second decimal point followed by digits ("2025.07.27", "192.168.0.1").
        var multiDot = false
        var failure: ExactValue.Failure?
    }

    /// The numeric core of a figure and what it was made of.
    struct Reading {
        var start: Int
        var end: Int
        var value = ExactValue.zero
        /// Upper end implied by 数 ("数百" → 999).
        var upper: ExactValue?
        var approximate = false
        /// Exponent of the last stated digit in the value's scale (2.3 → -1, 61兆 → 12).
        var lastExponent = 0
        var firstRun: DigitRun?
        var runCount = 0
        var kanjiCount = 0
        var startsWithKanji = false
        var hasSmallMultiplier = false
        var hasBigMultiplier = false
        var hasKanjiZero = false
        var hasUncertainDigit = false
        /// Exponent of the multiplier when the reading is "number + one multiplier" (3万 → 4), else nil.
        var trailingMultiplier: Int?
        var failure: ExactValue.Failure?

        /// A single ASCII/full-width digit run with no separators, decimals or multipliers.
        var isPlainInteger: Bool {
            guard kanjiCount == 0, runCount == 1, !hasSmallMultiplier, !hasBigMultiplier,
                let r = firstRun
            else { return false }
            return !r.grouped && r.fractionDigits == 0
        }

        var hasKanji: Bool { kanjiCount > 0 }
    }

    // MARK: Digit runs

    /// Kinds of grouping separators; a number uses only one kind.
    private enum Separator: Equatable { case comma, fullComma, ideographicComma, apostrophe, dot, space }

    private func groupingSeparator(at p: Int) -> (Separator, Int)? {
        let b = text[p]
        if b == 0x2C { return (.comma, 1) }
        if b == 0x27 { return (.apostrophe, 1) }
        if b == 0xEF, text[p + 1] == 0xBC, text[p + 2] == 0x8C { return (.fullComma, 3) }
        if b == 0xE3, text[p + 1] == 0x80, text[p + 2] == 0x81 { return (.ideographicComma, 3) }
        if b == 0xE2, text[p + 1] == 0x80, text[p + 2] == 0x99 { return (.apostrophe, 3) }
        // Space grouping "4 000": ASCII space, no-break space, thin and narrow no-break spaces.
        if b == 0x20 { return (.space, 1) }
        if b == 0xC2, text[p + 1] == 0xA0 { return (.space, 2) }
        if b == 0xE2, text[p + 1] == 0x80, text[p + 2] == 0x89 || text[p + 2] == 0xAF { return (.space, 3) }
        return nil
    }

    private func decimalPoint(at p: Int) -> Int? {
        if text[p] == 0x2E { return 1 }
        if text[p] == 0xEF, text[p + 1] == 0xBC, text[p + 2] == 0x8E { return 3 }
        return nil
    }

    /// Number of consecutive digits at `p` and the position after them.
    func countDigits(at p: Int) -> (count: Int, end: Int) {
        var q = p
        var n = 0
        while let (_, len) = text.digit(at: q) {
            n += 1
            q += len
        }
        return (n, q)
    }

    /// Reads digits with grouping separators and one decimal point, starting at a digit.
    func readDigitRun(at start: Int) -> DigitRun {
        var run = DigitRun(end: start)
        var p = start
        var groupLength = 0
        var separator: Separator?
        var inFraction = false
        var heldZeros = 0
        while true {
            if let (d, len) = text.digit(at: p) {
                // Zeros are held back so "1" followed by many zeros stays exact (as an exponent).
                if d == 0 {
                    heldZeros += 1
                } else if run.failure == nil {
                    do throws(ExactValue.Failure) {
                        try run.value.appendDigit(d, afterZeros: heldZeros)
                    } catch { run.failure = error }
                    heldZeros = 0
                }
                if inFraction {
                    run.fractionDigits += 1
                } else {
                    run.integerDigits += 1
                    groupLength += 1
                }
                p += len
                continue
            }
            if !inFraction {
                if let (sep, len) = groupingSeparator(at: p), separator == nil || separator == sep {
                    let next = countDigits(at: p + len)
                    let firstGroupOK = sep == .ideographicComma ? groupLength <= 2 : groupLength <= 3
                    let groupOK = run.grouped ? groupLength == 3 : (groupLength >= 1 && firstGroupOK)
                    // Space groups must end the number cleanly ("4 000 staff", not "5 100-metre").
                    let spaceOK = sep != .space || isCleanSpaceGroup(after: next.end)
                    if groupOK, next.count == 3, spaceOK {
                        run.grouped = true
                        separator = sep
                        groupLength = 0
                        p += len
                        continue
                    }
                    // Decimal comma: "53,7%" — one or two digits and then a percent sign.
                    if sep == .comma, !run.grouped, next.count >= 1, next.count <= 2, isPercentSign(at: next.end) {
                        inFraction = true
                        p += len
                        continue
                    }
                    if sep == .space { break }
                    break
                }
                if let len = decimalPoint(at: p), text.digit(at: p + len) != nil {
                    // European grouping "1.000.000": two or more dot groups of exactly three digits.
                    if separator == nil || separator == .dot, groupLength <= 3, isDotGrouping(at: p, len: len) {
                        run.grouped = true
                        separator = .dot
                        groupLength = 0
                        p += len
                        continue
                    }
                    if separator == .dot { break }
                    inFraction = true
                    p += len
                    continue
                }
            } else if let len = decimalPoint(at: p), text.digit(at: p + len) != nil {
                run.multiDot = true
            }
            break
        }
        run.value.exponent = heldZeros - run.fractionDigits
        run.end = p
        return run
    }

    /// After a space-separated group: another space group, or a character that cannot continue a number.
    private func isCleanSpaceGroup(after e: Int) -> Bool {
        let c = text[e]
        if c == 0x2D || c == 0x2F || c == 0x3A || c == 0x2E && ByteText.isDigit(text[e + 1]) { return false }
        if ByteText.isLetter(c) { return false }
        return true
    }

    private func isPercentSign(at p: Int) -> Bool {
        let q = text.skipOneSpace(p)
        return text[q] == 0x25 || (text[q] == 0xEF && text[q + 1] == 0xBC && text[q + 2] == 0x85)
    }

    /// True if ".ddd.ddd" (two or more dot groups of exactly three digits) starts at `p`.
    private func isDotGrouping(at p: Int, len: Int) -> Bool {
        var q = p
        var groups = 0
        while let l = decimalPoint(at: q) {
            let d = countDigits(at: q + l)
            guard d.count == 3 else { return false }
            groups += 1
            q = d.end
            if decimalPoint(at: q) == nil { break }
        }
        return groups >= 2 && text.digit(at: q) == nil
    }

    // MARK: Japanese compounds

    /// Kanji numeral scalars: digits 0–9.
    static func kanjiDigit(_ s: UInt32) -> UInt8? {
        switch s {
        case 0x3007, 0x96F6: return 0  // 〇, 零
        case 0x4E00: return 1  // 一
        case 0x4E8C: return 2  // 二
        case 0x4E09: return 3  // 三
        case 0x56DB: return 4  // 四
        case 0x4E94: return 5  // 五
        case 0x516D: return 6  // 六
        case 0x4E03: return 7  // 七
        case 0x516B: return 8  // 八
        case 0x4E5D: return 9  // 九
        default: return nil
        }
    }

    /// 十, 百, 千 → 1, 2, 3.
    static func smallMultiplier(_ s: UInt32) -> Int? {
        switch s {
        case 0x5341: return 1
        case 0x767E: return 2
        case 0x5343: return 3
        default: return nil
        }
    }

    /// 万, 億, 兆 → 4, 8, 12.
    static func bigMultiplier(_ s: UInt32) -> Int? {
        switch s {
        case 0x4E07: return 4
        case 0x5104: return 8
        case 0x5146: return 12
        default: return nil
        }
    }

    static let uncertainDigit: UInt32 = 0x6570  // 数
    static let remainderMark: UInt32 = 0x4F59  // 余

    /// Reads a number that may mix digit runs, kanji numerals and 十百千万億兆 ("2万8500", "三千五百億", "十数").
    /// `allowsRemainder(p)` says whether a 余 at `p` is inside the figure (followed by a counter).
    func readCompound(at start: Int, allowsRemainder: (Int) -> Bool) -> Reading {
        var r = Reading(start: start, end: start)
        var total = ExactValue.zero
        var section = ExactValue.zero
        var sectionHasContent = false
        var pending: ExactValue?
        var pendingLastExp = 0
        var pendingIsKanji = false
        var lastBig = Int.max
        var lastSmall = Int.max
        var lastExp = 0
        // Scale of the 数 digit once it has been multiplied out; nil while still pending.
        var uncertainPending = false
        var uncertainScale: Int?
        var uncertainInSection = false
        var multipliersApplied = 0
        var p = start
        var afterBig = false

        func fail(_ f: ExactValue.Failure) { if r.failure == nil { r.failure = f } }

        loop: while p < text.count {
            if text.digit(at: p) != nil || (p == start && text[p] == 0x2E && ByteText.isDigit(text[p + 1])) {
                if pending != nil || (r.kanjiCount > 0 && !afterBig && lastSmall == Int.max) { break }
                let run = readDigitRun(at: p)
                if r.runCount == 0 { r.firstRun = run }
                r.runCount += 1
                if let f = run.failure { fail(f) }
                pending = run.value
                pendingLastExp = -run.fractionDigits
                pendingIsKanji = false
                p = run.end
                afterBig = false
                if run.multiDot { break }
                continue
            }
            let (s, len) = text.scalar(at: p)
            if let d = NumeralReader.kanjiDigit(s) {
                if pending != nil && !pendingIsKanji { break }
                if uncertainPending { break }
                if d == 0, pending == nil, sectionHasContent || !total.isZero {
                    // 零/〇 as a place holder after a multiplier (四千零四, 千零十, 五億零四万): no digit.
                    r.hasKanjiZero = true
                    r.kanjiCount += 1
                    p += len
                    afterBig = false
                    continue
                }
                var v = pending ?? .zero
                do throws(ExactValue.Failure) { try v.appendDigit(d) } catch { fail(error) }
                pending = v
                pendingLastExp = 0
                pendingIsKanji = true
                if p == start { r.startsWithKanji = true }
                if d == 0 { r.hasKanjiZero = true }
                r.kanjiCount += 1
                p += len
                afterBig = false
                continue
            }
            if s == NumeralReader.uncertainDigit {
                // 数 stands for one unknown digit 1–9: before a multiplier (数百) or after 十 (十数).
                if pending != nil || r.hasUncertainDigit { break }
                let (next, _) = text.scalar(at: p + len)
                let beforeMultiplier = NumeralReader.smallMultiplier(next) != nil || NumeralReader.bigMultiplier(next) != nil
                if !beforeMultiplier && !sectionHasContent && p != start { break }
                if p == start { r.startsWithKanji = true }
                pending = ExactValue(1)
                pendingLastExp = 0
                pendingIsKanji = true
                uncertainPending = true
                r.hasUncertainDigit = true
                r.approximate = true
                r.kanjiCount += 1
                p += len
                afterBig = false
                continue
            }
            if let k = NumeralReader.smallMultiplier(s) {
                if k >= lastSmall { break }
                if pending != nil && !pendingIsKanji && k == 1 { break }  // "3十" is not a number
                if p == start { r.startsWithKanji = true }
                let base = pending ?? ExactValue(1)
                do throws(ExactValue.Failure) { section = try section + base.scaled(k) } catch { fail(error) }
                lastExp = (pending != nil ? pendingLastExp : 0) + k
                if uncertainPending {
                    uncertainScale = k
                    uncertainPending = false
                    uncertainInSection = true
                }
                pending = nil
                sectionHasContent = true
                lastSmall = k
                r.kanjiCount += 1
                r.hasSmallMultiplier = true
                multipliersApplied += 1
                p += len
                afterBig = false
                continue
            }
            if let k = NumeralReader.bigMultiplier(s) {
                if k >= lastBig || (!sectionHasContent && pending == nil) { break }
                var combined = section
                if let v = pending {
                    do throws(ExactValue.Failure) { combined = try combined + v } catch { fail(error) }
                    lastExp = pendingLastExp
                }
                do throws(ExactValue.Failure) { total = try total + combined.scaled(k) } catch { fail(error) }
                lastExp += k
                if uncertainPending {
                    uncertainScale = k
                    uncertainPending = false
                } else if uncertainInSection, let u = uncertainScale {
                    uncertainScale = u + k
                }
                uncertainInSection = false
                pending = nil
                section = .zero
                sectionHasContent = false
                lastBig = k
                lastSmall = Int.max
                r.kanjiCount += 1
                r.hasBigMultiplier = true
                multipliersApplied += 1
                r.trailingMultiplier = (multipliersApplied == 1 && r.runCount + r.kanjiCount <= 2) ? k : nil
                p += len
                afterBig = true
                continue
            }
            if s == NumeralReader.remainderMark, p != start, allowsRemainder(p + len) {
                r.approximate = true
                p += len
                continue
            }
            break
        }
        if let v = pending {
            do throws(ExactValue.Failure) { section = try section + v } catch { fail(error) }
            lastExp = pendingLastExp
            if uncertainPending { uncertainScale = 0 }
            if multipliersApplied > 0 { r.trailingMultiplier = nil }
        }
        do throws(ExactValue.Failure) { total = try total + section } catch { fail(error) }
        // A multiplier with nothing after it ends the figure; trailing 余 stays outside.
        r.end = p
        r.value = total
        r.lastExponent = lastExp
        if let u = uncertainScale {
            // 数 read as 1; the upper end reads it as 9 with every lower digit 9 (数百 → 100...999).
            do throws(ExactValue.Failure) {
                r.upper = try total + ExactValue(8).scaled(u) + ExactValue.nines(u)
            } catch { fail(error) }
        }
        return r
    }

    // MARK: English number words

    /// Reads English number words ("two hundred and fifty thousand", "a dozen", "twenty-five", "half a million").
    /// Returns nil if no number word starts at `start`.
    func readWords(at start: Int) -> Reading? {
        var total = 0
        var section = 0
        var small: Int?
        var lastBig = Int.max
        var lastExp = 0
        var p = start
        var end = start
        var sawArticle = false
        var sawHalf = false
        var words = 0
        var trailing: Int?
        while let (word, len) = EnglishLexicon.numberWords.match(text, at: p) {
            var consumed = true
            switch word {
            case .small(let v):
                if let s = small, !(s >= 20 && s % 10 == 0 && v < 10 && v > 0) { consumed = false; break }
                if sawArticle || sawHalf { consumed = false; break }
                small = (small ?? 0) + v
                lastExp = 0
            case .tens(let v):
                if small != nil || sawArticle || sawHalf { consumed = false; break }
                small = v
                lastExp = 0
            case .hundred:
                let base = small ?? (sawArticle ? 1 : 0)
                if base < 1 || base > 99 || section >= 100 { consumed = false; break }
                section += base * 100
                small = nil
                sawArticle = false
                lastExp = 2
            case .big(let k):
                var base = section + (small ?? 0)
                if sawHalf && base == 0 {
                    // "half a million" → 500,000
                    if k >= lastBig { consumed = false; break }
                    total += 5 * pow10(k - 1)
                    lastExp = k - 1
                    sawHalf = false
                    sawArticle = false
                    lastBig = k
                    break
                }
                if sawArticle && base == 0 { base = 1 }
                if base == 0 || k >= lastBig { consumed = false; break }
                total += base * pow10(k)
                lastExp = (small != nil || section % 100 != 0 ? 0 : (section > 0 ? 2 : 0)) + k
                section = 0
                small = nil
                sawArticle = false
                lastBig = k
            case .dozen:
                let base = small ?? (sawArticle ? 1 : 0)
                if base == 0 || section != 0 { consumed = false; break }
                small = base * 12
                sawArticle = false
                lastExp = 0
            case .article:
                if words > 0 && !sawHalf { consumed = false; break }
                sawArticle = true
            case .half:
                if words > 0 { consumed = false; break }
                sawHalf = true
            case .and:
                // "five and a half million" → 5,500,000.
                if let s = small, section == 0, let (k, halfEnd) = andAHalfMultiplier(after: p + len), k < lastBig {
                    total += s * pow10(k) + 5 * pow10(k - 1)
                    small = nil
                    lastBig = k
                    lastExp = k - 1
                    p = halfEnd
                    end = halfEnd
                    trailing = k
                    words += 4
                    consumed = false
                    break
                }
                if section == 0 && total == 0 { consumed = false; break }
            }
            if !consumed { break }
            words += 1
            p += len
            if case .article = word {} else if case .half = word {} else if case .and = word {} else {
                end = p
                switch word {
                case .big(let k): trailing = k
                case .hundred: trailing = 2
                default: trailing = nil
                }
            }
            // Words are joined by one space or a hyphen.
            if text[p] == 0x20 || text[p] == 0x2D { p += 1 } else { break }
        }
        let value = total + section + (small ?? 0)
        guard end > start, value > 0 || small == 0 else { return nil }
        var r = Reading(start: start, end: end)
        r.value = ExactValue(UInt64(value))
        r.lastExponent = lastExp
        r.trailingMultiplier = trailing
        return r
    }

    /// After "and": " a half million" → (6, end of "million"); nil otherwise.
    private func andAHalfMultiplier(after p: Int) -> (Int, Int)? {
        guard text[p] == 0x20, let (a, aLen) = EnglishLexicon.numberWords.match(text, at: p + 1), a == .article,
            text[p + 1 + aLen] == 0x20,
            let (h, hLen) = EnglishLexicon.numberWords.match(text, at: p + 2 + aLen), h == .half
        else { return nil }
        let q = p + 2 + aLen + hLen
        guard text[q] == 0x20 || text[q] == 0x2D, let (b, bLen) = EnglishLexicon.numberWords.match(text, at: q + 1),
            case .big(let k) = b
        else { return nil }
        return (k, q + 1 + bLen)
    }

    private func pow10(_ k: Int) -> Int {
        var v = 1
        for _ in 0..<k { v *= 10 }
        return v
    }
}
