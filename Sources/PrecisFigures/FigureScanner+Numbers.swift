/// Number handling: reading the numeral, its unit, ranges and qualifiers.
extension FigureScanner {
    /// Result of parsing one number and its unit.
    enum CoreResult {
        case figure(FigureDraft)
        /// Already handled (emitted, rejected or skipped); continue scanning here.
        case done(Int)
    }

    /// Handles a number starting at `i` and returns where scanning continues.
    mutating func handleNumber(at i: Int) -> Int {
        if text.digit(at: i) != nil {
            if ByteText.isDigit(text[i]), let e = skipLink(at: i) { return e }
            if let e = handleReplyMarker(at: i) { return e }
        }
        let ctx = leadContext(before: i)
        switch parseCore(at: i, ctx, allowSpecial: true) {
        case .done(let e):
            return e
        case .figure(var d):
            if isRateDenominator(d) { return d.end }
            // "1 in 5", "3 out of 10": a fraction.
            if d.kind == .count, d.unit == nil, d.plainInteger, !d.negative, let n = d.integer, n >= 1, n <= 10,
                let (den, end) = oneInN(from: d.end), den > n
            {
                return emitFraction(start: d.start, end: end, numerator: n, denominator: den)
            }
            if let merged = tryRange(d) { d = merged }
            let qualifierEnd = applyQualifiers(&d)
            classifyBare(&d)
            emit(d)
            return max(d.end, qualifierEnd)
        }
    }

    /// "1人あたり", "1本当たり", "per 100,000": the number is the denominator of a rate, not a figure.
    func isRateDenominator(_ d: FigureDraft) -> Bool {
        if d.hasUnit, d.integer == 1, FigureScanner.perUnit.match(text, at: d.end) != nil { return true }
        return FigureScanner.isPerDenominator(text, before: d.start)
    }

    static let perUnit = ByteLexicon<Bool>(["あたり", "当たり", "当り", "につき", "辺り"].map { ($0, true) })

    /// True if the number is preceded by "per" ("7 per 100,000").
    static func isPerDenominator(_ t: ByteText, before start: Int) -> Bool {
        let e = t.skipSpacesBackward(start)
        guard e >= 3, e < start else { return false }
        return ByteText.lower(t[e - 3]) == 0x70 && ByteText.lower(t[e - 2]) == 0x65 && ByteText.lower(t[e - 1]) == 0x72
            && !ByteText.isLetter(t[e - 4])
    }

    // MARK: Context before the number

    /// Reads currency signs, 第, era names, 午前/午後 and minus signs directly before `i`.
    func leadContext(before i: Int) -> LeadContext {
        var ctx = LeadContext()
        var s = i
        if let start = minusSignStart(before: s) {
            s = start
            ctx.signStart = s
        }
        // Currency signs and codes: "$", "US$", "£", "€", "¥", "USD " (one space allowed after letter codes).
        if let (code, len) = EnglishLexicon.currencyPrefixes.match(text, endingAt: s) {
            ctx.currency = code
            ctx.currencyStart = s - len
        } else if ByteText.isSpace(text[s - 1]), let (code, len) = EnglishLexicon.currencyPrefixes.match(text, endingAt: s - 1),
            ByteText.isLetter(text[s - 2]) || text[s - 2] == 0x24 || text[s - 2] == 0x2E || text[s - 2] >= 0x80
        {
            ctx.currency = code
            ctx.currencyStart = s - 1 - len
        }
        if text.matches(JapaneseUnits.ordinalPrefix, endingAt: s) {
            ctx.ordinalStart = s - JapaneseUnits.ordinalPrefix.count
        } else if let (_, len) = JapaneseUnits.rankPrefixes.match(text, endingAt: s) {
            ctx.ordinalStart = s - len
        }
        if let (base, len) = JapaneseUnits.eras.match(text, endingAt: s) {
            ctx.era = base
            ctx.eraStart = s - len
        }
        if JapaneseUnits.namePrefixes.match(text, endingAt: s) != nil { ctx.isName = true }
        if let (_, len) = JapaneseUnits.magnitudePrefixes.match(text, endingAt: s) {
            // A lone "M" only counts when glued to the number and not part of a word.
            if len > 2 || !ByteText.isAlnum(text[s - len - 1]) { ctx.magnitude = true }
        }
        if text.matches(FigureScanner.sesshi, endingAt: s) {
            ctx.temperatureScale = "°C"
        } else if text.matches(FigureScanner.kashi, endingAt: s) {
            ctx.temperatureScale = "°F"
        }
        if text.matches(FigureScanner.gogo, endingAt: s) {
            ctx.meridiem = true
            ctx.meridiemStart = s - FigureScanner.gogo.count
        } else if text.matches(FigureScanner.gozen, endingAt: s) {
            ctx.meridiem = false
            ctx.meridiemStart = s - FigureScanner.gozen.count
        }
        return ctx
    }

    /// Start of a minus sign written right before the number at `s`, if there is one:
    /// "−3%", "▲2.1%", "△5億円", "マイナス5度", "零下5度", "前年比-3.5%", "前年比－3.5%", "(-0.3%)",
    /// "minus 2 percent", "negative 0.3%". A hyphen is a sign only when glued to the digits and not
    /// after a letter or a number ("F-35", "1950-53", "2 -3" are not negative numbers).
    func minusSignStart(before s: Int) -> Int? {
        guard text.digit(at: s) != nil || text[s] == 0x2E else { return nil }
        for sign in FigureScanner.minusSigns where text.matches(sign, endingAt: s) { return s - sign.count }
        let wide = FigureScanner.hyphenSigns.first { text.matches($0, endingAt: s) }
        if text[s - 1] == 0x2D || wide != nil {
            let signStart = s - (wide?.count ?? 1)
            let (prev, _) = text.scalar(before: signStart)
            if signStart == 0 { return signStart }
            if prev < 0x80 {
                let b = UInt8(prev)
                if ByteText.isAlnum(b) || b == 0x2D || b == 0x2E || b == 0x2C && ByteText.isDigit(text[signStart - 2]) { return nil }
            } else if FigureScanner.isNumeralScalar(prev) {
                return nil
            }
            // "2 -3", "2.1% -0.5"?: after a number and spaces a hyphen joins a range or a score.
            let q = text.skipSpacesBackward(signStart)
            if q < signStart, q > 0, ByteText.isDigit(text[q - 1]) { return nil }
            return signStart
        }
        // English words: "minus 2 percent", "negative 0.3%" (one space between).
        if ByteText.isSpace(text[s - 1]) {
            for word in FigureScanner.minusWords {
                let n = word.count
                let start = s - 1 - n
                guard start >= 0, !ByteText.isLetter(text[start - 1]) else { continue }
                if (0..<n).allSatisfy({ ByteText.lower(text[start + $0]) == word[$0] }) { return start }
            }
        }
        return nil
    }

    /// Digits and kanji numerals: a hyphen after one of them is a connector, not a sign.
    static func isNumeralScalar(_ s: UInt32) -> Bool {
        (s >= 0xFF10 && s <= 0xFF19) || NumeralReader.kanjiDigit(s) != nil || NumeralReader.smallMultiplier(s) != nil
            || NumeralReader.bigMultiplier(s) != nil
    }

    /// Signs that always make the number negative.
    static let minusSigns: [[UInt8]] = ["▲", "△", "マイナス", "零下", "氷点下"].map { Array($0.utf8) }
    /// Minus signs that are also range dashes between two numbers (U+2212, full-width hyphen-minus).
    static let hyphenSigns: [[UInt8]] = ["−", "－"].map { Array($0.utf8) }
    static let minusWords: [[UInt8]] = ["minus", "negative"].map { Array($0.utf8) }
    static let minusSign: [UInt8] = Array("−".utf8)
    static let gogo: [UInt8] = Array("午後".utf8)
    /// Whether a temperature word (気温, 水温, 体温 …) stands in the 30 bytes before `start`.
    func hasTemperatureWord(before start: Int) -> Bool {
        let window = max(0, start - 30)
        return FigureScanner.temperatureWords.contains { w in
            (window...max(window, start - w.count)).contains { text.matches(w, at: $0) }
        }
    }

    static let temperatureWords: [[UInt8]] = ["気温", "水温", "温度", "体温", "室温", "海水温", "地温", "最高気温", "最低気温"].map { Array($0.utf8) }
    static let sesshi: [UInt8] = Array("摂氏".utf8)
    static let kashi: [UInt8] = Array("華氏".utf8)
    /// Words shortly before ポンド that make it a weight rather than sterling.
    static let japaneseMassWords: [[UInt8]] = ["体重", "重さ", "重量", "減量", "増量", "重い", "計量"].map { Array($0.utf8) }
    static let gozen: [UInt8] = Array("午前".utf8)

    // MARK: Numeral + unit

    /// Reads the numeral at `i` and its unit. With `allowSpecial` it also recognises clock times,
    /// slash dates, dotted versions, identifiers and scientific notation, and records rejections.
    mutating func parseCore(at i: Int, _ ctx: LeadContext, allowSpecial: Bool) -> CoreResult {
        let t = text
        let r = reader.readCompound(at: i) { p in
            JapaneseUnits.lexicon.match(t, at: p) != nil || NumeralReader.bigMultiplier(t.scalar(at: p).value) != nil
        }
        if r.end <= i { return .done(nextScalar(i)) }
        if let f = r.failure {
            guard allowSpecial else { return .done(r.end) }
            var e = r.end
            while let (_, len) = text.digit(at: e) { e += len }
            reject(i, e, f.reason)
            return .done(e)
        }
        if allowSpecial, !r.hasKanji, let run = r.firstRun {
            if run.multiDot { return .done(handleDotted(at: i)) }
            if let e = handleSpecialForms(r, ctx) { return .done(e) }
        }
        var d = FigureDraft(reading: r)
        if ctx.isName, !r.hasKanji {
            // "FTSE 100", "Boeing 737": part of a name; no unit is read.
            d.kind = .identifier
            return .figure(d)
        }
        d.currency = ctx.currency
        readUnit(&d, r, ctx)
        if r.startsWithKanji, !kanjiPlausible(r, d, ctx) { return .done(r.end) }
        if r.hasUncertainDigit, !d.hasUnit { return .done(r.end) }
        if let s = ctx.ordinalStart {
            d.kind = .ordinal
            d.start = min(d.start, s)
        }
        if ctx.magnitude, !d.hasUnit {
            d.kind = .quantity
            d.unit = "magnitude"
        }
        if let c = d.currency {
            if d.kind == .count, d.unit == nil {
                d.kind = .money
                d.unit = c
            }
            if d.kind == .money, let s = ctx.currencyStart { d.start = min(d.start, s) }
        }
        if let s = ctx.signStart, d.kind.isComparable {
            d.negative = true
            d.start = min(d.start, s)
        }
        return .figure(d)
    }

    /// Reads what follows the numeral: Japanese units and calendar words, English symbols and words.
    mutating func readUnit(_ d: inout FigureDraft, _ r: NumeralReader.Reading, _ ctx: LeadContext) {
        var p = r.end
        let latin = !r.hasKanji
        // "$5m", "£3bn", "$1.2 B": money multipliers right after a currency sign.
        if latin, d.currency != nil, d.multiplier == nil {
            var q = p
            if let (k, len) = FigureScanner.moneyMultipliers.match(text, at: q)
                ?? { q = text.skipOneSpace(p); return q > p ? FigureScanner.moneyMultipliers.match(text, at: q) : nil }()
            {
                d.scale(by: k)
                d.multiplier = k
                p = q + len
                d.end = p
            }
        }
        // "3m passengers": million before a counted noun, read by the English rules below.
        let millionM = latin && text[p] == 0x6D && text[p + 1] == 0x20 && countsNounPhrase(at: p + 2)
        if !millionM, let (m, len) = JapaneseUnits.lexicon.match(text, at: p) {
            if applyJapanese(m, &d, r, unitStart: p, unitEnd: p + len, ctx) { return }
        }
        if latin { readEnglishUnit(&d, from: p, ctx) }
    }

    static let moneyMultipliers = ByteLexicon<Int>(
        [("m", 6), ("mn", 6), ("mln", 6), ("mil", 6), ("b", 9), ("bn", 9), ("k", 3), ("tn", 12), ("trn", 12),
         ("million", 6), ("billion", 9), ("trillion", 12), ("thousand", 3)],
        caseInsensitive: true, wordBounded: true
    )

    /// 「時速約35キロ」「秒速20メートル」: a distance after 時速 or 秒速 (and 約, 最大…) is a speed,
    /// `km/h` or `m/s`; nil for any other unit or place.
    func japaneseSpeedUnit(_ unit: String?, numberStart: Int) -> String? {
        guard let unit else { return nil }
        let perHour = Self.japaneseHourSpeedUnits.contains(unit), perSecond = Self.japaneseSecondSpeedUnits.contains(unit)
        guard perHour || perSecond else { return nil }
        var end = numberStart
        if let q = Self.speedQualifiers.first(where: { text.matches($0, endingAt: end) }) { end -= q.count }
        if perHour && text.matches(Self.perHour, endingAt: end) { return "km/h" }
        if perSecond && text.matches(Self.perSecond, endingAt: end) { return "m/s" }
        return nil
    }

    static let japaneseHourSpeedUnits: Set<String> = ["キロ", "km", "キロメートル"]
    static let japaneseSecondSpeedUnits: Set<String> = ["m", "メートル"]
    static let speedQualifiers = ["約", "最大", "最高", "およそ", "平均"].map { Array($0.utf8) }
    static let perHour = Array("時速".utf8), perSecond = Array("秒速".utf8)

    /// Gives the draft the kind and unit of a non-calendar unit meaning.
    func setKind(_ m: UnitMeaning, _ d: inout FigureDraft) {
        switch m {
        case .currency(let c):
            d.kind = .money
            d.unit = c
        case .percent:
            d.kind = .percent
            d.unit = "%"
        case .percentagePoints:
            d.kind = .percentagePoints
            d.unit = "pt"
        case .basisPoints:
            d.kind = .percentagePoints
            d.unit = "pt"
            d.scale(by: -2)
        case .wari:
            d.kind = .percent
            d.unit = "%"
            d.scale(by: 1)
        case .counter(let c):
            d.kind = .count
            d.unit = c
        case .measure(let u):
            d.kind = .quantity
            d.unit = u
        case .duration(let u):
            d.kind = .duration
            d.unit = u
        case .age(let u):
            d.kind = .duration
            d.unit = u
        case .degreesOrTimes:
            if d.lastExponent == 0, d.upper == nil, let n = d.integer, n < 10 {
                d.kind = .count
            } else {
                d.kind = .quantity
            }
            d.unit = "度"
        case .dozen:
            if let v = d.value.multiplied(by: 12) {
                d.value = v
                d.upper = d.upper?.multiplied(by: 12)
                d.lastExponent = 0
                d.plainInteger = false
                d.kind = .count
            }
        case .pounds:
            if poundsAreMoney(d) {
                d.kind = .money
                d.unit = "GBP"
            } else {
                d.kind = .quantity
                d.unit = "lb"
            }
        case .subunit(let c):
            guard d.currency == nil else { break }
            d.kind = .money
            d.unit = c
            d.scale(by: -2)
        case .ordinal:
            d.kind = .ordinal
        case .identifier:
            d.kind = .identifier
        default:
            break
        }
    }

    /// Applies a Japanese unit; returns true when the unit was taken.
    mutating func applyJapanese(
        _ m: UnitMeaning, _ d: inout FigureDraft, _ r: NumeralReader.Reading, unitStart: Int, unitEnd: Int,
        _ ctx: LeadContext
    ) -> Bool {
        switch m {
        case .year:
            japaneseYear(&d, r, yearEnd: unitEnd, ctx)
        case .fiscalYear:
            guard let n = d.integer else { return false }
            d.kind = .year
            d.unit = "年度"
            if let era = ctx.era, let s = ctx.eraStart {
                d.value = ExactValue(UInt64(era + n))
                d.start = s
            }
            d.end = unitEnd
        case .decade:
            guard let n = d.integer else { return false }
            let base = (ctx.era ?? 0) + n
            d.kind = .year
            d.value = ExactValue(UInt64(base))
            d.upper = ExactValue(UInt64(base + 9))
            d.approximate = false
            if let s = ctx.eraStart, ctx.era != nil { d.start = s }
            d.end = unitEnd
        case .month:
            japaneseMonth(&d, monthEnd: unitEnd)
        case .day:
            japaneseDay(&d, dayEnd: unitEnd)
        case .hour:
            japaneseClock(&d, hourEnd: unitEnd, ctx)
        case .minute:
            // "3分の1", "三分の一", "100分の1": a fraction (denominator first), not a duration.
            if text.matches(FigureScanner.no, at: unitEnd), text.digit(at: unitEnd + 3) != nil
                || NumeralReader.kanjiDigit(text.scalar(at: unitEnd + 3).value) != nil
            {
                let frac = reader.readCompound(at: unitEnd + 3) { _ in false }
                guard frac.failure == nil, frac.end > unitEnd + 3, !d.value.isZero, d.upper == nil, frac.upper == nil else {
                    reject(d.start, max(frac.end, unitEnd + 3), "fraction (N分のM) that is not exact")
                    d.kind = .marker
                    d.end = max(frac.end, unitEnd + 3)
                    d.start = d.end
                    return true
                }
                d.kind = .fraction
                d.denominator = d.value
                d.value = frac.value
                d.unit = nil
                d.lastExponent = min(frac.lastExponent, 0) - 1
                d.end = frac.end
                return true
            }
            d.kind = .duration
            d.unit = "分"
            d.end = unitEnd
        case .second:
            d.kind = .duration
            d.unit = "秒"
            d.end = unitEnd
        case .multiplier, .moneyMultiplier, .meridiem, .monthName:
            return false
        case .degreesOrTimes where ctx.temperatureScale != nil || hasTemperatureWord(before: d.start):
            // 「摂氏30度」, 「気温は20～25度」: degrees of temperature (Celsius unless 華氏).
            d.kind = .quantity
            d.unit = ctx.temperatureScale ?? "°C"
            d.end = unitEnd
        case .pounds:
            // ポンド is sterling in Japanese news unless a weight word comes shortly before.
            let window = max(0, d.start - 24)
            let mass = FigureScanner.japaneseMassWords.contains { w in
                (window...max(window, d.start - w.count)).contains { text.matches(w, at: $0) }
            }
            d.kind = mass ? .quantity : .money
            d.unit = mass ? "lb" : "GBP"
            d.end = unitEnd
        default:
            setKind(m, &d)
            d.end = unitEnd
            if d.kind == .duration { addHalf(&d) }
            if d.kind == .quantity, let speed = japaneseSpeedUnit(d.unit, numberStart: d.start) { d.unit = speed }
            if m == .wari { readBu(&d) }
        }
        return true
    }

    static let no: [UInt8] = Array("の".utf8)
    static let han: [UInt8] = Array("半".utf8)
    static let bu: [UInt8] = Array("分".utf8)

    /// "1年半", "3時間半": adds one half to a duration.
    func addHalf(_ d: inout FigureDraft) {
        guard text.matches(FigureScanner.han, at: d.end), d.upper == nil else { return }
        if let v = try? d.value + ExactValue(5, exponent: -1) {
            d.value = v
            d.lastExponent = min(d.lastExponent, -1)
            d.end += FigureScanner.han.count
        }
    }

    /// "3割5分" → 35%: a following digit + 分 adds whole percent.
    func readBu(_ d: inout FigureDraft) {
        guard let (digit, len) = text.digit(at: d.end) ?? kanjiDigitAt(d.end),
            text.matches(FigureScanner.bu, at: d.end + len),
            !(text.matches(FigureScanner.no, at: d.end + len + 3) && (text.digit(at: d.end + len + 6) != nil || kanjiDigitAt(d.end + len + 6) != nil))
        else { return }
        if let v = try? d.value + ExactValue(UInt64(digit)) {
            d.value = v
            d.lastExponent = 0
            d.end += len + 3
        }
    }

    func kanjiDigitAt(_ p: Int) -> (UInt8, Int)? {
        let (s, len) = text.scalar(at: p)
        guard let k = NumeralReader.kanjiDigit(s) else { return nil }
        return (k, len)
    }

    // MARK: Kanji plausibility

    /// Ideographs that may stand right before a kanji numeral ("約三千", "計五人", "毎年十万人").
    static let allowedBeforeKanjiNumeral: Set<UInt32> = [
        0x7D04, 0x8A08, 0x7B2C, 0x5168, 0x7DCF, 0x5404, 0x6BCE, 0x5E74, 0x6708, 0x65E5, 0x6642, 0x50C5, 0x6E80,
        0x540C, 0x524D, 0x5F8C, 0x5206, 0x8D85, 0x53F7, 0x5EA6,
    ]

    /// Whether a number that starts with a kanji numeral is really a number (not 一方, 統一, 九州, 千葉).
    func kanjiPlausible(_ r: NumeralReader.Reading, _ d: FigureDraft, _ ctx: LeadContext) -> Bool {
        let (prev, _) = text.scalar(before: r.start)
        if FigureScanner.isIdeograph(prev), !FigureScanner.allowedBeforeKanjiNumeral.contains(prev),
            !(r.kanjiCount >= 2 && d.hasUnit && r.hasSmallMultiplier),
            Qualifiers.japanesePrefix.match(text, endingAt: r.start) == nil,
            JapaneseUnits.eras.match(text, endingAt: r.start) == nil
        {
            return false
        }
        if let (_, len) = JapaneseUnits.kanjiVocabulary.match(text, at: r.start), len >= d.end - r.start,
            ctx.meridiem == nil
        {
            return false
        }
        if d.hasUnit { return true }
        if r.kanjiCount >= 2 && (r.hasBigMultiplier || r.hasKanjiZero || (r.hasSmallMultiplier && r.kanjiCount >= 3)) { return true }
        // 「二十の国」, 「三百を超える」: a bare numeral with a multiplier, followed by kana or punctuation
        // (not by another ideograph, as in the names 三千院 or 八百屋).
        let (next, _) = text.scalar(at: r.end)
        return r.kanjiCount >= 2 && r.hasSmallMultiplier && !FigureScanner.isIdeograph(next) && !(next >= 0x30A0 && next <= 0x30FF)
            && JapaneseUnits.kanjiVocabulary.match(text, at: r.start) == nil
    }

    // MARK: Ranges

    /// Range connectors written between two numbers.
    static let rangeConnectors: [[UInt8]] = ["〜", "～", "–", "—", "‐", "－", "~", "-", "−"].map { Array($0.utf8) }

    /// Tries to read "a〜b", "a-b", "aからb", "a to b", "between a and b" and merge both ends into one figure.
    mutating func tryRange(_ a: FigureDraft) -> FigureDraft? {
        guard a.kind.isComparable, a.upper == nil else { return nil }
        var p = a.end
        var q: Int?
        var kara = false
        let spaced = text.skipOneSpace(p)
        for c in FigureScanner.rangeConnectors {
            if text.matches(c, at: p) {
                q = p + c.count
                break
            }
            if spaced > p, text.matches(c, at: spaced), ByteText.isSpace(text[spaced + c.count]) {
                q = spaced + c.count + 1
                break
            }
        }
        if q == nil, text.matches(FigureScanner.kara, at: p) {
            q = p + FigureScanner.kara.count
            kara = true
        }
        // 「10ないし20人」, 「3と5の間」, 「20歳以上30歳未満」: Japanese ranges written with words.
        var closing: [[UInt8]] = []
        if q == nil {
            for (word, ends) in FigureScanner.japaneseRangeWords where text.matches(word, at: p) {
                q = p + word.count
                closing = ends
                break
            }
        }
        var wordConnector = false
        var ageRange = false
        if q == nil, spaced > p {
            let previous = previousWord(before: a.start)
            if matchesWord("to ", at: spaced), previous != "from" {
                q = spaced + 3
                wordConnector = previous != "between"
            } else if matchesWord("and ", at: spaced), previous == "between" || (previous == "of" && isStatedAge(a.start)) {
                q = spaced + 4
                ageRange = previous == "of"
            }
        }
        guard var b0 = q else { return nil }
        p = b0
        if let cur = a.currency, let (code, len) = EnglishLexicon.currencyPrefixes.match(text, at: p), code == cur {
            b0 = p + len
        }
        let (s, _) = text.scalar(at: b0)
        var ctx = LeadContext()
        ctx.currency = a.currency
        var b: FigureDraft
        if !kara, ByteText.isLetter(text[b0]), let r = reader.readWords(at: b0) {
            // "two to three billion tons"
            var w = FigureDraft(reading: r)
            w.plainInteger = false
            readEnglishWordUnit(&w, from: r.end)
            b = w
        } else {
            guard text.digit(at: b0) != nil || (a.hasKanji && FigureScanner.canStartNumber(s)) else { return nil }
            guard case .figure(let parsed) = parseCore(at: b0, ctx, allowSpecial: false) else { return nil }
            b = parsed
        }
        // "from 172,423 in 1978 to 1,599,986": a year after "in" does not start a range with a non-year.
        if wordConnector, a.plainInteger, a.integerDigits == 4, FigureScanner.strongYearCues.contains(previousWord(before: a.start)),
            !(b.plainInteger && b.integerDigits == 4)
        {
            return nil
        }
        // "マグニチュード5.4から5.6": the upper end shares the lower end's magnitude scale.
        if a.unit == "magnitude", !b.hasUnit {
            b.kind = a.kind
            b.unit = a.unit
        }
        // "defeated 48 to 49": bare numbers joined by "to" are usually scores or votes.
        if wordConnector, !a.hasUnit, !b.hasUnit, a.currency == nil { return nil }
        if kara {
            // "AからBに/へ" is a change from A to B, not a range; both ends must carry their unit.
            if text.matches(FigureScanner.ni, at: b.end),
                FigureScanner.changeVerbStarts.contains(text.scalar(at: b.end + FigureScanner.ni.count).value)
            {
                return nil
            }
            if text.matches(FigureScanner.he, at: b.end) { return nil }
            if !a.hasUnit && !b.hasUnit { return nil }
        }
        var suffixEnd: Int?
        if !closing.isEmpty {
            guard let end = closing.first(where: { text.matches($0, at: b.end) }) else { return nil }
            suffixEnd = b.end + end.count
        }
        guard var merged = mergeRange(a, b) else { return nil }
        merged.rangeSuffixEnd = suffixEnd
        if ageRange, merged.kind == .count, merged.unit == nil {
            // "between the ages of 17 and 29"
            merged.kind = .duration
            merged.unit = "years"
        }
        return merged
    }

    static let kara: [UInt8] = Array("から".utf8)
    /// Japanese range words and what must follow the upper end (empty: nothing required).
    static let japaneseRangeWords: [([UInt8], [[UInt8]])] = [
        (Array("ないし".utf8), []),
        (Array("と".utf8), [Array("の間".utf8), Array("の範囲".utf8)]),
        (Array("以上".utf8), [Array("未満".utf8), Array("以下".utf8)]),
        (Array("超".utf8), [Array("未満".utf8), Array("以下".utf8)]),
    ]
    static let enDash: [UInt8] = Array("–".utf8)
    static let ni: [UInt8] = Array("に".utf8)
    /// First characters of verbs of change after "AからBに" (増加, 減少, 引き上げ, 上昇, なる, 達する …).
    static let changeVerbStarts: Set<UInt32> = Set("増減引上下拡縮改変低高伸落急大達な修短延倍膨悪好回転縮移戻拡削".unicodeScalars.map(\.value))
    static let he: [UInt8] = Array("へ".utf8)

    /// Merges the two ends of a range when they agree in kind and unit and lower < upper.
    func mergeRange(_ a: FigureDraft, _ b: FigureDraft) -> FigureDraft? {
        var lo = a
        // Abbreviated years: "1950-53年", "2008–09", "2007-08年3月".
        if a.plainInteger, a.integerDigits == 4, b.integerDigits <= 2, !b.negative, let y = a.integer,
            b.kind == .year || b.kind == .date || (b.kind == .count && b.unit == nil) || (b.kind == .duration && b.unit == "年"),
            text.matches(FigureScanner.nen, at: b.start + b.integerDigits) || b.kind == .count
        {
            let modulus = b.integerDigits == 1 ? 10 : 100
            let short: Int
            if b.kind == .date, let v = b.integer {
                short = v / 10000
            } else if let v = b.integer {
                short = v
            } else {
                return nil
            }
            let full = y - y % modulus + short
            guard full > y, b.plainInteger || b.kind == .date || b.kind == .year else { return nil }
            if b.kind == .date, let v = b.integer {
                lo.kind = .date
                lo.value = ExactValue(UInt64(y * 10000 + v % 10000))
                lo.upper = ExactValue(UInt64(full * 10000 + v % 10000))
            } else {
                lo.kind = .year
                lo.unit = b.kind == .year ? b.unit : nil
                lo.value = ExactValue(UInt64(y))
                lo.upper = ExactValue(UInt64(full))
            }
            lo.end = b.end
            return lo
        }
        guard b.kind.isComparable, !b.negative, b.upper == nil else { return nil }
        // Dates: "1月〜6月", "21日から22日", "2019年3月～5月", "2018年11月～2019年1月".
        if a.kind == .date || b.kind == .date {
            guard a.kind == .date || !a.hasUnit, b.kind == .date, let av = a.integer, let bv = b.integer else { return nil }
            var upper = bv
            var lower = av
            if a.kind != .date {
                guard a.plainInteger, av >= 1 else { return nil }
                if bv % 100 == 0 {
                    // "2〜3月": the bare lower end is a month in the upper end's year.
                    guard av <= 12 else { return nil }
                    lower = bv - bv % 10000 + av * 100
                } else {
                    // "14〜16日": the bare lower end is a day in the upper end's month and year.
                    guard av <= 31 else { return nil }
                    lower = bv - bv % 100 + av
                }
            } else if bv < 100, av % 100 != 0 {
                upper = av - av % 100 + bv  // day only: same month and year
            } else if bv < 10000, bv % 100 == 0 || av >= 10000 {
                upper = av - av % 10000 + bv  // month (and day): same year
            }
            guard lower < upper else { return nil }
            lo.kind = .date
            lo.value = ExactValue(UInt64(lower))
            lo.upper = ExactValue(UInt64(upper))
            lo.end = b.end
            lo.lastExponent = 0
            return lo
        }
        if !lo.hasUnit || (lo.kind == .money && lo.unit == b.unit && lo.multiplier == nil) {
            if let k = b.multiplier, lo.multiplier == nil {
                var scaled = lo
                scaled.scale(by: k)
                if !(b.value < scaled.value) { lo = scaled }
            }
            if !lo.hasUnit {
                lo.kind = b.kind
                lo.unit = b.unit
            }
        }
        guard lo.kind == b.kind, lo.unit == b.unit, lo.value < b.value else { return nil }
        if lo.kind == .year, !(lo.plainInteger && lo.integerDigits == 4) { return nil }
        lo.upper = b.value
        lo.end = b.end
        lo.approximate = lo.approximate || b.approximate
        lo.lastExponent = min(lo.lastExponent, b.lastExponent)
        if lo.kind == .count, lo.unit == nil, lo.currency == nil, b.plainInteger, lo.plainInteger {
            // Two bare four-digit years: "2010-2035", "between 2008 and 2014".
            if a.integerDigits == 4, b.integerDigits == 4, let x = a.integer, let y = b.integer, x >= 1800, y <= 2199 {
                lo.kind = .year
                return lo
            }
            // Bare pairs joined by a hyphen ("2-3", "158-156", "737-800") are scores, votes or model names.
            if text[a.end] == 0x2D || text.matches(FigureScanner.enDash, at: a.end) && a.integerDigits != b.integerDigits {
                return nil
            }
        }
        return lo
    }

    /// True if the ASCII word `w` (lower case, may end in a space) is at `p`, case-insensitively.
    func matchesWord(_ w: StaticString, at p: Int) -> Bool {
        let n = w.utf8CodeUnitCount
        guard ByteText.lower(text[p]) == w.utf8Start[0] else { return false }
        for k in 1..<max(n, 1) where ByteText.lower(text[p + k]) != w.utf8Start[k] { return false }
        return true
    }

    /// The ASCII word that ends before `i` (after skipping spaces), lower-cased; "" if none.
    func previousWord(before i: Int) -> String {
        let e = text.skipSpacesBackward(i)
        var s = e
        while s > 0, ByteText.isLetter(text[s - 1]) { s -= 1 }
        guard s < e, e - s <= 20 else { return "" }
        return String(decoding: (s..<e).map { ByteText.lower(text[$0]) }, as: UTF8.self)
    }

    // MARK: Qualifiers

    /// Sets `approximate`/`bound` from words before and after the span; returns the end of a trailing qualifier.
    func applyQualifiers(_ d: inout FigureDraft) -> Int {
        guard d.kind.isComparable else { return d.end }
        // 「20歳以上30歳未満」: the words closing a range are part of it, not a bound.
        if let e = d.rangeSuffixEnd { return e }
        var effect = Qualifiers.Effect()
        if let (e, _) = Qualifiers.japanesePrefix.match(text, endingAt: d.start) {
            effect = e
        } else {
            let q = text.skipSpacesBackward(d.start)
            if let (e, length) = Qualifiers.englishPrefix.match(text, endingAt: q) {
                // "fell as low as 2.3 percent", "rose as high as 9%": a level reached, not a bound.
                let phrase = ((q - length)..<q).map { ByteText.lower(text[$0]) }
                let reached = Qualifiers.extremes.contains(phrase) && Qualifiers.movedVerbs.contains(previousWord(before: q - length))
                if !reached { effect = e }
            }
        }
        var end = d.end
        if let (e, len) = Qualifiers.japaneseSuffix.match(text, at: d.end), suffixAllowed(d) {
            effect = Qualifiers.merge(effect, e)
            end += len
        } else {
            let q = text.skipOneSpace(d.end)
            if q > d.end, let (e, len) = Qualifiers.englishSuffix.match(text, at: q) {
                effect = Qualifiers.merge(effect, e)
                end = q + len
            } else if text[d.end] == 0x2B, !ByteText.isAlnum(text[d.end + 1]) {
                effect = Qualifiers.merge(effect, .atLeast)
                end += 1
            } else if matchesWord("-plus", at: d.end), !ByteText.isLetter(text[d.end + 5]) {
                effect = Qualifiers.merge(effect, .atLeast)
                end += 5
            } else if matchesWord("-odd", at: d.end), !ByteText.isLetter(text[d.end + 4]) {
                effect = Qualifiers.merge(effect, .approx)
                end += 4
            }
        }
        d.approximate = d.approximate || effect.approximate
        if let b = effect.bound { d.bound = b }
        return end
    }

    static let dai: [UInt8] = Array("台".utf8)
    static let kurai: [UInt8] = Array("位".utf8)

    /// 台 and 位 only qualify figures that already have a unit (10%台, 1万円台, 100人位).
    func suffixAllowed(_ d: FigureDraft) -> Bool {
        if text.matches(FigureScanner.dai, at: d.end) || text.matches(FigureScanner.kurai, at: d.end) {
            return d.hasUnit && d.kind != .year && d.kind != .date
        }
        return true
    }

    // MARK: Bare numbers

    /// Classifies numbers without a unit: years, list markers, ages in parentheses, codes with leading zeros.
    func classifyBare(_ d: inout FigureDraft) {
        guard d.kind == .count, d.unit == nil, d.upper == nil, d.currency == nil, !d.negative else { return }
        // "Society 5.0", "Web2.0", "CC-by-sa-4.0", "インダストリー4.0": version numbers after a name.
        if d.integerDigits == 1, d.end - d.start == 3, text[d.end - 2] == 0x2E, text[d.end - 1] == 0x30 {
            var q = d.start
            if text[q - 1] == 0x20 || text[q - 1] == 0x2D { q -= 1 }
            let (prev, _) = text.scalar(before: q)
            if prev < 0x80 ? ByteText.isLetter(UInt8(prev)) : (prev >= 0x30A0 && prev <= 0x30FF) {
                d.kind = .identifier
                return
            }
        }
        if d.plainInteger {
            if isListMarker(d) {
                d.kind = .marker
                return
            }
            if let paren = parenthesised(d) {
                if paren == .age {
                    d.kind = .duration
                    d.unit = "歳"
                } else {
                    d.kind = .marker
                }
                return
            }
            if d.integerDigits >= 6 {
                // "1314624": a long ungrouped number without a unit is an account, case or product number.
                d.kind = .identifier
                return
            }
            if isAgeAfterName(d) || isStatedAge(d.start) {
                d.kind = .duration
                d.unit = "years"
                return
            }
            if d.integerDigits >= 2, text[d.start] == 0x30 || (text[d.start] == 0xEF && text[d.start + 2] == 0x90) {
                d.kind = .identifier
                return
            }
            if d.integerDigits == 4, let n = d.integer, n >= 1800, n <= 2199 {
                d.kind = .year
                return
            }
            if d.integerDigits == 4, let n = d.integer, n >= 1000,
                EnglishLexicon.yearCues.contains(previousWord(before: d.start))
            {
                d.kind = .year
                return
            }
        }
        // Footnote markers: "※1", "[1]", "注1".
        if text.matches(FigureScanner.kome, endingAt: d.start) || (text[d.start - 1] == 0x5B && text[d.end] == 0x5D) {
            d.kind = .marker
        }
    }

    static let kome: [UInt8] = Array("※".utf8)

    /// "Emily Spanton, 39, said": a bare number of 10–119 between commas right after a capitalised
    /// name is the person's age (English news style).
    /// "Quirin and Redouane, 40 and 49,": two ages after names, joined by "and".
    func isAgeAfterName(_ d: FigureDraft) -> Bool {
        guard d.integerDigits == 2 || d.integerDigits == 3, let n = d.integer, n >= 10, n < 120 else { return false }
        // The second age of "NAME, 40 and 49,": the number before "and" is an age after a name.
        if previousWord(before: d.start) == "and", text[d.end] == 0x2C || text[d.end] == 0x3B || text[d.end] == 0x2E {
            let q = text.skipSpacesBackward(text.skipSpacesBackward(d.start) - 3)
            var first = q
            while first > 0, ByteText.isDigit(text[first - 1]) { first -= 1 }
            if q - first >= 2, q - first <= 3, text[first - 1] == 0x20, text[first - 2] == 0x2C {
                return capitalisedWordEnds(at: first - 2)
            }
        }
        guard text[d.start - 1] == 0x20, text[d.start - 2] == 0x2C else { return false }
        let closes = text[d.end] == 0x2C || text[d.end] == 0x3B
        // "NAME, 40 and 49,"
        let pair = matchesWord(" and ", at: d.end) && ByteText.isDigit(text[d.end + 5])
        guard closes || pair else { return false }
        return capitalisedWordEnds(at: d.start - 2)
    }

    /// True if a capitalised word of two or more letters ends right before `e`.
    func capitalisedWordEnds(at e: Int) -> Bool {
        var s = e
        while s > 0, ByteText.isLetter(text[s - 1]) { s -= 1 }
        return e - s >= 2 && ByteText.isUpper(text[s]) && (s == 0 || ByteText.isSpace(text[s - 1]))
    }

    /// "at the age of fifteen", "aged 40", "age 7": the number is an age.
    func isStatedAge(_ start: Int) -> Bool {
        let w = previousWord(before: start)
        if w == "aged" || w == "age" { return true }
        guard w == "of" else { return false }
        let before = text.skipSpacesBackward(start) - 2
        let w2 = previousWord(before: before)
        return w2 == "age" || w2 == "ages"
    }

    /// A number at the start of a line followed by "." or ")" (a list item), or alone on its line.
    func isListMarker(_ d: FigureDraft) -> Bool {
        var s = text.skipSpacesBackward(d.start)
        // Optional bullet before the number: "- 5", "・3".
        if s > 0, text[s - 1] == 0x2D || text[s - 1] == 0x2A || text[s - 1] == 0x23 {
            s = text.skipSpacesBackward(s - 1)
        } else if text.matches(FigureScanner.bullet, endingAt: s) {
            s = text.skipSpacesBackward(s - FigureScanner.bullet.count)
        }
        guard s == 0 || ByteText.isLineBreak(text[s - 1]) else { return false }
        let e = d.end
        let c = text[e]
        if c == 0x2E || c == 0x29 {
            return text.digit(at: e + 1) == nil
        }
        if text.matches(FigureScanner.fullStop, at: e) || text.matches(FigureScanner.fullParen, at: e) {
            return text.digit(at: e + 3) == nil
        }
        var q = e
        while ByteText.isSpace(text[q]) { q += 1 }
        return q >= text.count || ByteText.isLineBreak(text[q])
    }

    static let bullet: [UInt8] = Array("・".utf8)
    static let fullStop: [UInt8] = Array("．".utf8)
    static let fullParen: [UInt8] = Array("）".utf8)
    static let fullOpenParen: [UInt8] = Array("（".utf8)

    enum ParenKind { case marker, age }

    /// "(2)" or "（２）" around a one- or two-digit number: a heading/part marker, or an age after a name title.
    func parenthesised(_ d: FigureDraft) -> ParenKind? {
        guard d.integerDigits <= 2 else { return nil }
        var open = -1
        if text[d.start - 1] == 0x28 {
            open = d.start - 1
        } else if text.matches(FigureScanner.fullOpenParen, endingAt: d.start) {
            open = d.start - 3
        }
        guard open >= 0, text[d.end] == 0x29 || text.matches(FigureScanner.fullParen, at: d.end) else { return nil }
        if FigureScanner.ageTitles.match(text, endingAt: open) != nil { return .age }
        // "中川昭夫(61)": a two-digit number of 15+ in parentheses right after a name is an age.
        let (prev, _) = text.scalar(before: open)
        if let n = d.integer, n >= 15, d.integerDigits == 2, FigureScanner.isIdeograph(prev) || (prev >= 0x30A0 && prev <= 0x30FF) {
            return .age
        }
        return .marker
    }

    /// Titles after which "(30)" is an age in Japanese news ("山田太郎さん(30)", "容疑者(59)").
    static let ageTitles = ByteLexicon<Bool>(
        ["さん", "容疑者", "被告", "被告人", "氏", "君", "ちゃん", "選手", "受刑者", "死刑囚", "社長", "会長", "議員",
         "知事", "市長", "監督", "元被告"].map { ($0, true) }
    )
}
