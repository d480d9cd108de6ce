/// Calendar and clock forms: 2007年5月14日, 令和5年, 1990年代, 午後7時30分, 10:58:14,
/// 2025/07/27(Sun), 2007-05-14, and the non-quantities next to them (fractions, versions, codes).
extension FigureScanner {
    static let tsuki: [UInt8] = Array("月".utf8)
    static let hi: [UInt8] = Array("日".utf8)
    static let nen: [UInt8] = Array("年".utf8)

    /// Words after "N年" that make it a length of time rather than a calendar year.
    static let strongDurationCues = ByteLexicon<Bool>(
        ["ぶり", "振り", "連続", "来", "余", "近く", "あまり", "にわたり", "にわたって", "に渡", "間", "前", "後", "以内",
         "未満", "足らず", "弱", "強", "半", "がかり", "越し", "かけ", "余り", "ほど", "程度", "以上", "超", "前後"]
            .map { ($0, true) }
    )
    /// Cues that keep a four-digit N年 a year ("2014年前半", "2014年以降", "2014年前後").
    static let yearCues = ByteLexicon<Bool>(
        ["前半", "後半", "前期", "後期", "以降", "以前", "以後", "前後", "以上", "ほど", "程度", "超"].map { ($0, true) }
    )
    /// Words after "N日" that make it a number of days.
    static let dayDurationCues = ByteLexicon<Bool>(
        ["前", "後", "ぶり", "振り", "連続", "以内", "以上", "余り", "あまり", "近く", "程度", "ほど", "にわたり", "にわたって",
         "に渡", "超", "未満", "足らず", "がかり", "弱", "強", "分"].map { ($0, true) }
    )

    // MARK: Japanese calendar

    /// "2026年", "令和5年", "二〇二六年", "2007年5月14日" (year), "70年以上" / "3年前" (duration).
    mutating func japaneseYear(_ d: inout FigureDraft, _ r: NumeralReader.Reading, yearEnd q: Int, _ ctx: LeadContext) {
        d.end = q
        guard let n = d.integer, r.firstRun?.fractionDigits ?? 0 == 0, d.upper == nil else {
            d.kind = .duration
            d.unit = "年"
            addHalf(&d)
            return
        }
        let yearCue = FigureScanner.yearCues.match(text, at: q) != nil
        let durationCue = FigureScanner.strongDurationCues.match(text, at: q) != nil
        var isYear: Bool
        if ctx.era != nil {
            isYear = true
        } else if n >= 1000 {
            isYear = n <= 2200 ? (yearCue || !durationCue) : !durationCue
        } else {
            // Two-digit years ("95年3月") only count as dates when a month follows.
            isYear = monthDay(at: q) != nil && !durationCue
        }
        if r.hasKanji && n >= 1000 && !durationCue { isYear = true }
        guard isYear else {
            d.kind = .duration
            d.unit = "年"
            addHalf(&d)
            return
        }
        let year = (ctx.era ?? 0) + n
        if let s = ctx.eraStart, ctx.era != nil { d.start = s }
        d.kind = .year
        d.value = ExactValue(UInt64(year))
        d.lastExponent = 0
        d.approximate = false
        if let (month, day, end) = monthDay(at: q) {
            d.kind = .date
            d.value = ExactValue(UInt64(year * 10000 + month * 100 + (day ?? 0)))
            d.end = end
        }
    }

    /// Reads "5月" or "5月14日" at `p`; returns month, optional day and the end.
    func monthDay(at p: Int) -> (Int, Int?, Int)? {
        let m = reader.readCompound(at: p) { _ in false }
        guard m.end > p, m.failure == nil, m.isPlainInteger || (m.hasKanji && !m.hasBigMultiplier),
            let month = m.value.smallInteger, month >= 1, month <= 12,
            text.matches(FigureScanner.tsuki, at: m.end)
        else { return nil }
        let afterMonth = m.end + FigureScanner.tsuki.count
        if let (day, end) = dayAfterMonth(at: afterMonth) { return (month, day, end) }
        return (month, nil, afterMonth)
    }

    /// Reads "14日" right after a month (not "14日間"); also "14" before a range connector ("5月14〜16日").
    func dayAfterMonth(at p: Int) -> (Int, Int)? {
        let dr = reader.readCompound(at: p) { _ in false }
        guard dr.end > p, dr.failure == nil, !dr.hasBigMultiplier, let day = dr.value.smallInteger, day >= 1, day <= 31,
            dr.firstRun?.fractionDigits ?? 0 == 0
        else { return nil }
        if text.matches(FigureScanner.hi, at: dr.end) {
            let after = dr.end + FigureScanner.hi.count
            if let (m, _) = JapaneseUnits.lexicon.match(text, at: dr.end), m != .day { return nil }
            return (day, after)
        }
        for c in FigureScanner.rangeConnectors where text.matches(c, at: dr.end) {
            return (day, dr.end)
        }
        return nil
    }

    /// "5月", "5月14日" without a year.
    mutating func japaneseMonth(_ d: inout FigureDraft, monthEnd: Int) {
        d.end = monthEnd
        guard let month = d.integer, month >= 1, month <= 12, d.upper == nil, !d.approximate else {
            reject(d.start, monthEnd, "not a month (1–12)")
            d.kind = .marker
            d.start = monthEnd
            return
        }
        d.kind = .date
        d.lastExponent = 0
        var value = month * 100
        if let (day, end) = dayAfterMonth(at: monthEnd) {
            value += day
            d.end = end
        }
        d.value = ExactValue(UInt64(value))
    }

    /// "24日" (date) or "3日後" / "10日以上" (duration).
    func japaneseDay(_ d: inout FigureDraft, dayEnd: Int) {
        d.end = dayEnd
        let cue = FigureScanner.dayDurationCues.match(text, at: dayEnd) != nil
        if let n = d.integer, n >= 1, n <= 31, !cue, d.upper == nil, !d.approximate {
            d.kind = .date
            d.lastExponent = 0
        } else {
            d.kind = .duration
            d.unit = "日"
        }
    }

    /// "午後7時", "10時30分", "7時半", "18時28分15秒" → time hhmmss.
    func japaneseClock(_ d: inout FigureDraft, hourEnd: Int, _ ctx: LeadContext) {
        d.end = hourEnd
        guard var h = d.integer, h <= 30, d.upper == nil else {
            d.kind = .duration
            d.unit = "時"
            return
        }
        if let pm = ctx.meridiem, let s = ctx.meridiemStart {
            if pm, h < 12 { h += 12 }
            if !pm, h == 12 { h = 0 }
            d.start = s
        }
        var minute = 0
        var second = 0
        if text.matches(FigureScanner.han, at: hourEnd) {
            minute = 30
            d.end = hourEnd + FigureScanner.han.count
        } else {
            let m = reader.readCompound(at: hourEnd) { _ in false }
            if m.end > hourEnd, m.failure == nil, let mv = m.value.smallInteger, mv <= 59,
                text.matches(FigureScanner.bu, at: m.end),
                JapaneseUnits.lexicon.match(text, at: m.end).map({ $0.0 == .minute }) ?? false
            {
                minute = mv
                d.end = m.end + FigureScanner.bu.count
                let s = reader.readCompound(at: d.end) { _ in false }
                if s.end > d.end, s.failure == nil, let sv = s.value.smallInteger, sv <= 59,
                    JapaneseUnits.lexicon.match(text, at: s.end).map({ $0.0 == .second }) ?? false
                {
                    second = sv
                    d.end = s.end + 3
                }
            }
        }
        d.kind = .time
        d.unit = nil
        d.value = ExactValue(UInt64(h * 10000 + minute * 100 + second))
        d.lastExponent = 0
    }

    /// "令和元年", "平成元年": the first year of an era.
    mutating func handleGannen(at i: Int) -> Int? {
        guard text.matches(FigureScanner.nen, at: i + 3), let (base, len) = JapaneseUnits.eras.match(text, endingAt: i)
        else { return nil }
        var d = FigureDraft(start: i - len, end: i + 6, value: ExactValue(UInt64(base + 1)), kind: .year)
        if let (month, day, end) = monthDay(at: i + 6) {
            d.kind = .date
            d.value = ExactValue(UInt64((base + 1) * 10000 + month * 100 + (day ?? 0)))
            d.end = end
        }
        emit(d)
        return d.end
    }

    // MARK: Digit-only special forms

    /// Clock times, slash and ISO dates, fractions, "6・25", phone-like codes and scientific notation.
    /// Returns the scan position when the number was fully handled here.
    mutating func handleSpecialForms(_ r: NumeralReader.Reading, _ ctx: LeadContext) -> Int? {
        let e = r.end
        if let end = handleScientific(r) { return end }
        guard r.isPlainInteger, let a = r.value.smallInteger else { return nil }
        let c = text[e]
        // Clock: 10:58, 10:58:14, 2:28 a.m.
        if c == 0x3A || text.matches(FigureScanner.fullColon, at: e) {
            let sepLen = c == 0x3A ? 1 : 3
            let mm = reader.countDigits(at: e + sepLen)
            guard mm.count >= 1 else { return nil }
            let minute = readSmallInt(e + sepLen, mm.end)
            var end = mm.end
            if mm.count == 2, a <= 30, minute <= 59 {
                var value = a * 10000 + minute * 100
                if text[end] == 0x3A, reader.countDigits(at: end + 1).count == 2 {
                    let ss = reader.countDigits(at: end + 1)
                    value += readSmallInt(end + 1, ss.end)
                    end = ss.end
                }
                var start = r.start
                if let pm = meridiemAfter(end) {
                    if pm.0, a < 12 { value += 120000 }
                    if !pm.0, a == 12 { value -= 120000 }
                    end = pm.1
                } else if let pm = ctx.meridiem, let s = ctx.meridiemStart {
                    if pm, a < 12 { value += 120000 }
                    start = s
                }
                emit(FigureDraft(start: start, end: end, value: ExactValue(UInt64(value)), kind: .time))
                return end
            }
            // "3:1", "2:0": ratios and scores.
            emit(FigureDraft(start: r.start, end: mm.end, value: r.value, kind: .identifier))
            return mm.end
        }
        // Slash forms: 2025/07/27, 5/14/2007, 7/27(日), (1/1), 1/3.
        if c == 0x2F || text.matches(FigureScanner.fullSlash, at: e) {
            return handleSlash(r, a, sepLen: c == 0x2F ? 1 : 3)
        }
        // "6・25", "9・11": dates used as names.
        if text.matches(FigureScanner.bullet, at: e), r.firstRun!.integerDigits <= 2 {
            let b = reader.countDigits(at: e + 3)
            if b.count >= 1, b.count <= 2, !ByteText.isDigit(text[b.end]) {
                emit(FigureDraft(start: r.start, end: b.end, value: r.value, kind: .identifier))
                return b.end
            }
        }
        // Hyphen chains: 2007-05-14 (ISO date), 03-1234-5678 (codes).
        if c == 0x2D {
            let b = reader.countDigits(at: e + 1)
            if b.count >= 1, text[b.end] == 0x2D {
                let cc = reader.countDigits(at: b.end + 1)
                if cc.count >= 1 {
                    let m = readSmallInt(e + 1, b.end)
                    let day = readSmallInt(b.end + 1, cc.end)
                    if r.firstRun!.integerDigits == 4, b.count == 2, cc.count == 2, m >= 1, m <= 12, day >= 1, day <= 31 {
                        emit(FigureDraft(start: r.start, end: cc.end, value: ExactValue(UInt64(a * 10000 + m * 100 + day)), kind: .date))
                        return cc.end
                    }
                    var end = cc.end
                    while text[end] == 0x2D, reader.countDigits(at: end + 1).count > 0 { end = reader.countDigits(at: end + 1).end }
                    emit(FigureDraft(start: r.start, end: end, value: r.value, kind: .identifier))
                    return end
                }
            }
        }
        return nil
    }

    /// Denominators for which "a/b" is read as a fraction rather than a date or a code.
    static let slashDenominators: Set<Int> = [2, 3, 4, 5, 8, 10]

    static let fullColon: [UInt8] = Array("：".utf8)
    static let fullSlash: [UInt8] = Array("／".utf8)

    /// Reads a small non-negative integer from an ASCII/full-width digit range.
    func readSmallInt(_ s: Int, _ e: Int) -> Int {
        var v = 0
        var p = s
        while p < e, let (d, len) = text.digit(at: p) {
            if v < 100_000_000 { v = v * 10 + Int(d) }
            p += len
        }
        return v
    }

    /// " a.m." / "pm" right after a clock time: (isPM, end).
    func meridiemAfter(_ e: Int) -> (Bool, Int)? {
        let q = text.skipOneSpace(e)
        if let (m, len) = EnglishLexicon.unitWords.match(text, at: q), case .meridiem(let pm) = m { return (pm, q + len) }
        return nil
    }

    /// Slash notation after a plain integer `a`.
    mutating func handleSlash(_ r: NumeralReader.Reading, _ a: Int, sepLen: Int) -> Int? {
        let e = r.end
        let b = reader.countDigits(at: e + sepLen)
        guard b.count >= 1 else { return nil }
        let bv = readSmallInt(e + sepLen, b.end)
        var end = b.end
        let aDigits = r.firstRun!.integerDigits
        // Third part?
        var cDigits = 0
        var cv = 0
        if text[end] == 0x2F || text.matches(FigureScanner.fullSlash, at: end) {
            let l = text[end] == 0x2F ? 1 : 3
            let c = reader.countDigits(at: end + l)
            if c.count >= 1 {
                cDigits = c.count
                cv = readSmallInt(end + l, c.end)
                end = c.end
            }
        }
        var date: Int?
        if cDigits > 0 {
            if aDigits == 4, bv >= 1, bv <= 12, cv >= 1, cv <= 31 {
                date = a * 10000 + bv * 100 + cv
            } else if cDigits == 4, a >= 1, a <= 12, bv >= 1, bv <= 31 {
                date = cv * 10000 + a * 100 + bv
            } else if cDigits == 4, bv >= 1, bv <= 12, a >= 1, a <= 31 {
                date = cv * 10000 + bv * 100 + a
            }
        } else if aDigits == 4, bv >= 1, bv <= 12, b.count <= 2, bv != (a + 1) % 100 {
            date = a * 10000 + bv * 100
        }
        let weekdayEnd = weekdayParen(at: end)
        if date == nil, cDigits == 0, weekdayEnd != nil, a >= 1, a <= 12, bv >= 1, bv <= 31 {
            date = a * 100 + bv
        }
        if let value = date {
            var kind = FigureKind.date
            var spanEnd = end
            if let w = weekdayEnd {
                spanEnd = w
                // A date with weekday followed by a clock time is a post timestamp.
                var q = w
                while ByteText.isSpace(text[q]) { q += 1 }
                let h = reader.countDigits(at: q)
                if h.count >= 1, h.count <= 2, text[h.end] == 0x3A { kind = .time }
            }
            emit(FigureDraft(start: r.start, end: spanEnd, value: ExactValue(UInt64(value)), kind: kind))
            return spanEnd
        }
        if cDigits == 0, aDigits == 4, (b.count == 2 && bv == (a + 1) % 100) || (b.count == 4 && bv == a + 1) {
            // "2019/20", "2019/2020": a fiscal or season year spanning two calendar years.
            var d = FigureDraft(start: r.start, end: end, value: ExactValue(UInt64(a)), kind: .year)
            d.upper = ExactValue(UInt64(a + 1))
            emit(d)
            return end
        }
        if cDigits == 0 {
            // "(1/1)": page counters in forum posts.
            let open = text[r.start - 1] == 0x28 || text.matches(FigureScanner.fullOpenParen, endingAt: r.start)
            let close = text[end] == 0x29 || text.matches(FigureScanner.fullParen, at: end)
            if open, close {
                emit(FigureDraft(start: r.start, end: end, value: r.value, kind: .marker))
                return end
            }
            // "1/2", "3/4", "2/3": a common fraction (small denominator, numerator below it).
            if FigureScanner.slashDenominators.contains(bv), a >= 1, a < bv, b.count <= 2, !ByteText.isAlnum(text[end]),
                text[end] != 0x2F
            {
                var d = FigureDraft(start: r.start, end: end, value: ExactValue(UInt64(a)), kind: .fraction)
                d.denominator = ExactValue(UInt64(bv))
                d.lastExponent = -1
                let qe = applyQualifiers(&d)
                emit(d)
                return max(end, qe)
            }
            reject(r.start, end, "fraction or slash notation")
            return end
        }
        reject(r.start, end, "slash notation that is not a valid date")
        return end
    }

    /// "(Sun)", "(日)", "（月）" after a date: returns the end of the parenthesis.
    func weekdayParen(at p: Int) -> Int? {
        var q = p
        if text[q] == 0x28 {
            q += 1
        } else if text.matches(FigureScanner.fullOpenParen, at: q) {
            q += 3
        } else {
            return nil
        }
        let (s, len) = text.scalar(at: q)
        if FigureScanner.weekdayKanji.contains(s) {
            q += len
        } else {
            var k = q
            while ByteText.isLetter(text[k]), k - q < 9 { k += 1 }
            guard k - q >= 2, let (m, l) = FigureScanner.weekdayNames.match(text, at: q), m, l == k - q else { return nil }
            q = k
        }
        if text[q] == 0x29 { return q + 1 }
        if text.matches(FigureScanner.fullParen, at: q) { return q + 3 }
        return nil
    }

    /// 日月火水木金土.
    static let weekdayKanji: Set<UInt32> = [0x65E5, 0x6708, 0x706B, 0x6C34, 0x6728, 0x91D1, 0x571F]
    static let weekdayNames = ByteLexicon<Bool>(
        ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "sunday", "monday", "tuesday", "wednesday", "thursday",
         "friday", "saturday", "tues", "thur", "thurs"].map { ($0, true) },
        caseInsensitive: true, wordBounded: true
    )

    /// "2025.07.27" (date) or "1.2.3" / "192.168.0.1" (identifier).
    mutating func handleDotted(at i: Int) -> Int {
        var parts: [(Int, Int)] = []  // (digit count, value)
        var p = i
        while true {
            let d = reader.countDigits(at: p)
            guard d.count > 0 else { break }
            parts.append((d.count, readSmallInt(p, d.end)))
            p = d.end
            if text[p] == 0x2E, reader.countDigits(at: p + 1).count > 0 { p += 1 } else { break }
        }
        if parts.count == 3, parts[0].0 == 4, parts[1].1 >= 1, parts[1].1 <= 12, parts[2].1 >= 1, parts[2].1 <= 31 {
            let v = parts[0].1 * 10000 + parts[1].1 * 100 + parts[2].1
            emit(FigureDraft(start: i, end: p, value: ExactValue(UInt64(v)), kind: .date))
        } else {
            emit(FigureDraft(start: i, end: p, value: ExactValue(UInt64(parts.first?.1 ?? 0)), kind: .identifier))
        }
        return p
    }

    /// "1e999", "10^999", "1.5×10^8": exact when representable, otherwise rejected.
    mutating func handleScientific(_ r: NumeralReader.Reading) -> Int? {
        let e = r.end
        var p = e
        var mantissa = r.value
        let c = text[p]
        if (c == 0x65 || c == 0x45), !ByteText.isLetter(text[p - 1]) {
            p += 1
        } else if c == 0x5E, r.isPlainInteger, r.value.smallInteger == 10 {
            mantissa = ExactValue(1)
            p += 1
        } else {
            // "×10^8", "x 10^8", "*10^8"
            var q = text.skipOneSpace(p)
            if text.matches(FigureScanner.times, at: q) {
                q += FigureScanner.times.count
            } else if text[q] == 0x78 || text[q] == 0x2A {
                q += 1
            } else {
                return nil
            }
            q = text.skipOneSpace(q)
            guard text[q] == 0x31, text[q + 1] == 0x30, text[q + 2] == 0x5E else { return nil }
            p = q + 3
        }
        var negativeExp = false
        if text[p] == 0x2D || text[p] == 0x2B {
            negativeExp = text[p] == 0x2D
            p += 1
        }
        let digits = reader.countDigits(at: p)
        guard digits.count >= 1, !ByteText.isLetter(text[digits.end]) else { return nil }
        let end = digits.end
        guard digits.count <= 6 else {
            reject(r.start, end, ExactValue.Failure.outOfRange.reason)
            return end
        }
        let k = readSmallInt(p, end)
        let value = mantissa.scaled(negativeExp ? -k : k)
        do throws(ExactValue.Failure) {
            _ = try value.decimal()
            var d = FigureDraft(start: r.start, end: end, value: value, kind: .count)
            d.lastExponent = r.lastExponent + (negativeExp ? -k : k)
            emit(d)
        } catch {
            reject(r.start, end, error.reason)
        }
        return end
    }

    static let times: [UInt8] = Array("×".utf8)
}
