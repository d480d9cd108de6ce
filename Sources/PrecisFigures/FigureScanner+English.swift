/// English-side handling: units and counted nouns after numbers, number words, month-name dates,
/// identifiers such as F-35/G7/COVID-19, and skipping URLs, e-mail addresses and reply markers.
extension FigureScanner {
    // MARK: Units after a Latin-digit number

    /// Reads English units after the numeral at `p`: glued symbols ("5km", "7pm", "5th", "1990s", "350bn"),
    /// then one space and a word or symbol ("3.5 billion euros", "28,500 troops", "14 May 2007").
    mutating func readEnglishUnit(_ d: inout FigureDraft, from start: Int, _ ctx: LeadContext) {
        var p = start
        // Glued suffixes.
        if ByteText.isLetter(text[p]) || text[p] >= 0x80 || text[p] == 0x25 || text[p] == 0x24 {
            if d.plainInteger, let len = ordinalSuffix(at: p, d.integer ?? 0) {
                d.kind = .ordinal
                d.end = p + len
                return
            }
            if d.plainInteger, d.integerDigits == 4, text[p] == 0x73, !ByteText.isAlnum(text[p + 1]),
                let n = d.integer, n % 10 == 0
            {
                d.kind = .year
                d.upper = ExactValue(UInt64(n + 9))
                d.end = p + 1
                return
            }
            if let (found, len) = EnglishLexicon.unitSymbols.match(text, at: p) ?? gluedWord(at: p) {
                var m = found
                // "1.2M units", "100K workers", "3.5bn": a glued scale letter without a currency is a
                // multiplier unless the number is a single digit ("3M", "5K" name companies and races).
                if case .moneyMultiplier(let k) = m, d.currency == nil {
                    if d.plainInteger && d.integerDigits == 1 {
                        // "4K", "3M": a name or a code.
                        d.kind = .identifier
                        d.end = p + len
                        return
                    }
                    m = .multiplier(k)
                }
                // "3m passengers": a glued "m" before a counted noun is million, not metres.
                if case .measure("m") = m, len == 1, text[p + 1] == 0x20, countsNounPhrase(at: p + 2) {
                    m = .multiplier(6)
                }
                switch applyEnglish(m, &d, end: p + len, ctx) {
                case .final: return
                case .more: p = d.end
                case .rejected: break
                }
            } else if text[p] == 0x43 || text[p] == 0x46, !ByteText.isAlnum(text[p + 1]), text[p + 1] != 0x2E || !ByteText.isLetter(text[p + 2]),
                d.lastExponent < 0 || ctx.signStart != nil
            {
                // "1.45C", "-3F": a temperature written with a decimal or a sign and a bare scale letter.
                d.kind = .quantity
                d.unit = text[p] == 0x43 ? "°C" : "°F"
                d.end = p + 1
                return
            } else if d.plainInteger, ByteText.isLetter(text[p]) {
                // "5G", "3D", "737MAX": a code, not a quantity.
                var e = p
                while ByteText.isAlnum(text[e]) { e += 1 }
                d.kind = .identifier
                d.end = e
                return
            }
        }
        // "1500 UTC", "0900 GMT": military-style clock times.
        if d.plainInteger, d.integerDigits == 4, let n = d.integer, n % 100 < 60, n / 100 <= 24 {
            let q = text.skipOneSpace(p)
            if q > p, matchesWord("utc", at: q) || matchesWord("gmt", at: q) || matchesWord("jst", at: q),
                !ByteText.isLetter(text[q + 3])
            {
                d.kind = .time
                d.value = ExactValue(UInt64(n * 100))
                return
            }
        }
        // Hyphenated: "5-year", "71-year-old", "315-seat".
        if text[p] == 0x2D, ByteText.isLetter(text[p + 1]) {
            hyphenated(&d, at: p + 1)
            if d.hasUnit { return }
        }
        // One space, then words.
        for _ in 0..<2 {
            let q = text.skipOneSpace(p)
            guard q > p else { return }
            if let (m, len) = EnglishLexicon.unitWords.match(text, at: q) ?? EnglishLexicon.unitSymbols.match(text, at: q) {
                if case .monthName = m, !ByteText.isUpper(text[q]) { return }
                switch applyEnglish(m, &d, end: q + len, ctx) {
                case .final: return
                case .more:
                    p = d.end
                    continue
                case .rejected: return
                }
            }
            if d.currency != nil, d.multiplier == nil, let (k, len) = FigureScanner.moneyMultipliers.match(text, at: q) {
                d.scale(by: k)
                d.multiplier = k
                d.end = q + len
                p = d.end
                continue
            }
            if d.hasUnit || d.currency != nil { return }
            if let (noun, end, unit) = countedNoun(at: q) {
                // "in 2006 prices", "the 2008 election": an unformatted year used as an adjective.
                if d.plainInteger, d.integerDigits == 4, let n = d.integer,
                    FigureScanner.strongYearCues.contains(previousWord(before: d.start))
                        || (n >= 1950 && n <= 2050 && !EnglishLexicon.irregularNouns.contains(noun.lowercased()))
                {
                    return
                }
                takeNoun(noun, end, unit, &d)
            }
            return
        }
    }

    /// Gives the draft the counted noun (or the unit word after an adjective) that follows it.
    func takeNoun(_ noun: String, _ end: Int, _ unit: UnitMeaning?, _ d: inout FigureDraft) {
        if let m = unit {
            setKind(m, &d)
        } else if noun.lowercased() == "times", Self.multiplierFollowers.contains(nextWord(after: end)) {
            // "2.4 times the number a year earlier", "three times as many": a multiple, as 2.4倍.
            setKind(.measure("倍"), &d)
        } else {
            d.kind = .count
            d.unit = noun
        }
        d.end = end
    }

    /// Words after "N times" that make it a multiple of something ("2.4 times the level", "three
    /// times as many", "five times higher") rather than a count of occurrences ("visited 3 times").
    static let multiplierFollowers: Set<String> = ["the", "as", "that", "this", "those", "its", "their", "his", "her", "our",
        "what", "more", "higher", "larger", "bigger", "greater", "faster", "lower", "smaller", "fewer", "less", "over"]

    /// The lower-cased ASCII word after `i` (one space skipped), "" if none.
    func nextWord(after i: Int) -> String {
        let q = text.skipOneSpace(i)
        guard q > i, let (w, _) = asciiWord(at: q) else { return "" }
        return w.lowercased()
    }

    enum EnglishApply { case final, more, rejected }

    /// Words before a bare month name that confirm it is a date ("in May", "last May").
    static let monthCues: Set<String> = ["in", "since", "by", "until", "last", "next", "this", "early", "late", "mid",
                                         "of", "from", "during", "before", "after", "through"]

    /// Words after which a four-digit number is a year even when a noun follows ("in 2006 prices").
    static let strongYearCues: Set<String> = ["in", "since", "by", "until", "till", "during", "before", "after", "from", "fy"]

    /// Multiplier and unit words glued to digits ("350bn", "3million"), excluding month names.
    func gluedWord(at p: Int) -> (UnitMeaning, Int)? {
        guard let (m, len) = EnglishLexicon.unitWords.match(text, at: p) else { return nil }
        switch m {
        case .multiplier, .meridiem, .percent: return (m, len)
        default: return nil
        }
    }

    /// Applies one English unit meaning to the draft.
    mutating func applyEnglish(_ m: UnitMeaning, _ d: inout FigureDraft, end: Int, _ ctx: LeadContext) -> EnglishApply {
        switch m {
        case .multiplier(let k):
            guard d.multiplier == nil, !d.hasUnit else { return .rejected }
            d.scale(by: k)
            d.multiplier = k
            d.end = end
            return .more
        case .moneyMultiplier(let k):
            guard d.currency != nil, d.multiplier == nil else { return .rejected }
            d.scale(by: k)
            d.multiplier = k
            d.end = end
            return .more
        case .meridiem(let pm):
            guard d.plainInteger, let h = d.integer, h >= 1, h <= 12, d.multiplier == nil else { return .rejected }
            var hour = h
            if pm, h < 12 { hour += 12 }
            if !pm, h == 12 { hour = 0 }
            d.kind = .time
            d.value = ExactValue(UInt64(hour * 10000))
            d.lastExponent = 0
            d.end = end
            return .final
        case .monthName(let month):
            // "14 May 2007", "4 July".
            guard d.plainInteger, let day = d.integer, day >= 1, day <= 31, d.multiplier == nil else { return .rejected }
            var value = month * 100 + day
            var e = end
            let q = text.skipOneSpace(end)
            if q > end, let y = fourDigitYear(at: q) {
                value += y.0 * 10000
                e = y.1
            }
            d.kind = .date
            d.value = ExactValue(UInt64(value))
            d.lastExponent = 0
            d.end = e
            return .final
        case .currency:
            setKind(m, &d)
            d.end = end
            // "75 USD million", "20 euros billion" (rare, but written): a scale after the currency.
            let q = text.skipOneSpace(end)
            if d.multiplier == nil, q > end, let (k, len) = FigureScanner.moneyMultipliers.match(text, at: q), k >= 6 {
                d.scale(by: k)
                d.multiplier = k
                d.end = q + len
            }
            return .final
        case .dozen:
            // "3 dozen roses": twelve times, and the counted noun may follow.
            guard !d.hasUnit, d.value.multiplied(by: 12) != nil else { return .rejected }
            setKind(m, &d)
            d.end = end
            return .more
        default:
            if d.hasUnit { return .rejected }
            setKind(m, &d)
            d.end = end
            return .final
        }
    }

    /// Whether "pounds" after the number is sterling: a scale word ("5 million pounds"), or a
    /// price word shortly before the number ("fined 200 pounds"). Otherwise it is a weight.
    func poundsAreMoney(_ d: FigureDraft) -> Bool {
        if d.multiplier != nil || d.currency != nil { return true }
        var p = d.start
        for _ in 0..<8 {
            let word = previousWord(before: p)
            if word.isEmpty { break }
            if FigureScanner.massWords.contains(word) { return false }
            if FigureScanner.priceWords.contains(word) { return true }
            p = text.skipSpacesBackward(p) - word.utf8.count
            while p > 0, !ByteText.isLetter(text[p - 1]), !ByteText.isLineBreak(text[p - 1]), d.start - p < 80 { p -= 1 }
        }
        return false
    }

    /// Words before a number that make "pounds" sterling.
    static let priceWords: Set<String> = [
        "cost", "costs", "costing", "paid", "pay", "pays", "paying", "price", "priced", "prices", "worth", "fine", "fined",
        "sold", "sell", "sells", "bought", "buy", "spent", "spend", "raised", "raise", "salary", "wage", "wages", "budget",
        "fee", "fees", "prize", "bill", "debt", "loan", "loans", "invest", "invested", "investment", "deal", "bid", "offer",
        "offered", "tax", "taxes", "profit", "profits", "revenue", "revenues", "sales", "earn", "earns", "earned", "value",
        "valued", "award", "awarded", "compensation", "damages", "funding", "fund", "grant", "charge", "charged", "ticket",
        "tickets", "rent", "donated", "donation", "owed", "owes", "saved", "save", "income", "bonus",
    ]

    /// Words before a number that make "pounds" a weight.
    static let massWords: Set<String> = [
        "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier", "lighter", "lost", "gained",
        "lifted", "lift", "carrying", "carried", "cocaine", "heroin", "marijuana", "drugs", "tons",
    ]

    /// "st", "nd", "rd", "th" after a number, agreeing with its last digit.
    func ordinalSuffix(at p: Int, _ n: Int) -> Int? {
        let a = ByteText.lower(text[p])
        let b = ByteText.lower(text[p + 1])
        guard !ByteText.isAlnum(text[p + 2]) else { return nil }
        let teen = (n % 100) / 10 == 1
        switch (a, b) {
        case (0x73, 0x74): return !teen && n % 10 == 1 ? 2 : nil  // st
        case (0x6E, 0x64): return !teen && n % 10 == 2 ? 2 : nil  // nd
        case (0x72, 0x64): return !teen && n % 10 == 3 ? 2 : nil  // rd
        case (0x74, 0x68): return 2  // th
        default: return nil
        }
    }

    /// A four-digit year (1000–2999) at `p` not followed by more digits.
    func fourDigitYear(at p: Int) -> (Int, Int)? {
        let d = reader.countDigits(at: p)
        guard d.count == 4, !ByteText.isAlnum(text[d.end]) else { return nil }
        let y = readSmallInt(p, d.end)
        return y >= 1000 && y <= 2999 ? (y, d.end) : nil
    }

    /// After "N-": "year", "year-old", "seat", "member" …
    func hyphenated(_ d: inout FigureDraft, at p: Int) {
        if let (m, len) = EnglishLexicon.unitWords.match(text, at: p) {
            switch m {
            case .duration, .age, .measure, .percent:
                setKind(m, &d)
                d.end = p + len
            default:
                break
            }
            return
        }
        guard d.plainInteger || d.multiplier != nil else { return }
        var e = p
        while ByteText.isLetter(text[e]), ByteText.lower(text[e]) == text[e] { e += 1 }
        guard e - p >= 3, e - p <= 12, !ByteText.isAlnum(text[e]), text[e] != 0x2D else { return }
        let word = text.string(p, e)
        guard FigureScanner.hyphenCounters.contains(word) else { return }
        d.kind = .count
        d.unit = word
        d.end = e
    }

    /// Singular nouns that count things in "315-seat", "12-member", "4-nation".
    static let hyphenCounters: Set<String> = [
        "seat", "member", "nation", "country", "story", "storey", "vote", "game", "point", "man", "strong", "page",
        "car", "bed", "room", "unit", "team", "match", "day", "week", "month", "hour", "minute", "mile", "acre",
        "person", "party", "state",
    ]

    /// Function words that never stand between a number and the noun it counts.
    static let functionWords: Set<String> = [
        "of", "to", "in", "on", "at", "and", "or", "the", "a", "an", "for", "by", "with", "from", "as", "than", "that",
        "which", "who", "were", "was", "are", "is", "be", "been", "have", "had", "has", "more", "less", "per", "into",
        "over", "under", "about", "between", "while", "when", "since", "after", "before", "during", "its", "their",
        "his", "her", "it", "they", "he", "she", "we", "you", "i", "will", "would", "could", "should", "this", "these",
        "those", "but", "not", "also", "so", "if", "then", "out", "up", "down", "all", "last", "next", "each", "every",
        "previous", "same", "following", "fiscal", "per",
    ]

    /// The counted noun after a number: a plural word, optionally after one adjective ("28,500 US troops");
    /// a unit word after the adjective ("33 Earth days") is returned as its meaning.
    func countedNoun(at q: Int) -> (String, Int, UnitMeaning?)? {
        guard let (w1, e1) = asciiWord(at: q) else { return nil }
        let l1 = w1.lowercased()
        if FigureScanner.fractionWords.contains(l1) { return nil }
        if isCountedNoun(l1) { return (w1, e1, nil) }
        let capitalised = w1.utf8.first.map(ByteText.isUpper) ?? false
        guard !FigureScanner.functionWords.contains(l1), capitalised || !EnglishLexicon.notNouns.contains(l1) else {
            return nil
        }
        let q2 = text.skipOneSpace(e1)
        guard q2 > e1 else { return nil }
        if let (m, len) = EnglishLexicon.unitWords.match(text, at: q2) {
            switch m {
            case .duration, .measure: return (text.string(q2, q2 + len), q2 + len, m)
            default: return nil
            }
        }
        guard let (w2, e2) = asciiWord(at: q2) else { return nil }
        return isCountedNoun(w2.lowercased()) ? (w2, e2, nil) : nil
    }

    /// A counted noun at `q`, possibly after one modifier token with digits ("MP3 players").
    func countsNounPhrase(at q: Int) -> Bool {
        if let (_, _, unit) = countedNoun(at: q), unit == nil { return true }
        var e = q
        while ByteText.isAlnum(text[e]) || text[e] == 0x2D { e += 1 }
        guard e > q, e - q <= 12, text[e] == 0x20, let (word, _) = asciiWord(at: e + 1) else { return false }
        return isCountedNoun(word.lowercased())
    }

    /// Words that turn a number word into a fraction ("two thirds"); such numbers are skipped.
    static let fractionWords: Set<String> = [
        "third", "thirds", "fourth", "fourths", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
        "eighth", "eighths", "tenth", "tenths", "halves",
    ]

    func isCountedNoun(_ w: String) -> Bool {
        if EnglishLexicon.irregularNouns.contains(w) { return true }
        guard w.utf8.count >= 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") else {
            return false
        }
        return !EnglishLexicon.notNouns.contains(w) && !FigureScanner.functionWords.contains(w)
    }

    /// An ASCII word of letters (and inner hyphens) at `p`, at most 24 bytes.
    func asciiWord(at p: Int) -> (String, Int)? {
        var e = p
        while ByteText.isLetter(text[e]) || (text[e] == 0x2D && ByteText.isLetter(text[e + 1]) && e > p) { e += 1 }
        guard e > p, e - p <= 24, !ByteText.isDigit(text[e]) else { return nil }
        return (text.string(p, e), e)
    }

    // MARK: Fractions

    /// 「半分」「半数」 (one half), 「過半数」 (more than half): a fraction 1/2.
    mutating func handleJapaneseHalf(at i: Int) -> Int? {
        let next = i + 3
        guard text.matches(FigureScanner.bu, at: next) || text.matches(FigureScanner.suu, at: next) else { return nil }
        let end = next + 3
        // 半分野 (a field), 半数値: part of another word.
        let (after, _) = text.scalar(at: end)
        if after == 0x91CE || after == 0x5024 { return nil }
        var start = i
        var bound: FigureBound?
        if text.matches(FigureScanner.ka, endingAt: i) {
            start = i - 3
            bound = .moreThan
        }
        var d = FigureDraft(start: start, end: end, value: ExactValue(1), kind: .fraction)
        d.denominator = ExactValue(2)
        d.lastExponent = -1
        let qe = applyQualifiers(&d)
        if bound != nil { d.bound = bound }
        emit(d)
        return max(end, qe)
    }

    static let suu: [UInt8] = Array("数".utf8)
    static let ka: [UInt8] = Array("過".utf8)

    /// Denominators written as English words ("a third", "two-thirds", "three quarters").
    static let fractionDenominators = ByteLexicon<(Int, Bool)>(
        [("half", (2, false)), ("halves", (2, true)), ("third", (3, false)), ("thirds", (3, true)),
         ("quarter", (4, false)), ("quarters", (4, true)), ("fourth", (4, false)), ("fourths", (4, true)),
         ("fifth", (5, false)), ("fifths", (5, true)), ("sixth", (6, false)), ("sixths", (6, true)),
         ("seventh", (7, false)), ("sevenths", (7, true)), ("eighth", (8, false)), ("eighths", (8, true)),
         ("ninth", (9, false)), ("ninths", (9, true)), ("tenth", (10, false)), ("tenths", (10, true))],
        caseInsensitive: true, wordBounded: true
    )

    /// English fractions: "half of", "half the", "a third of", "one-quarter of", "two-thirds",
    /// "three quarters", "one in five", "one out of every ten". Returns the end of the figure.
    mutating func handleEnglishFraction(at i: Int) -> Int? {
        // "half of", "half the", "half its": one half.
        if matchesWord("half ", at: i), !["first", "second", "latter", "other", "back", "front", "and", "a"].contains(previousWord(before: i)),
            ["of", "the", "its", "their", "his", "her", "all", "our", "them"].contains(wordAt(i + 5))
        {
            return emitFraction(start: i, end: i + 4, numerator: 1, denominator: 2)
        }
        // Numerator: "a"/"an" or a number word up to ten.
        var numerator = 0
        var p = i
        if matchesWord("a ", at: i) || matchesWord("an ", at: i) {
            numerator = 1
            p = i + (text[i + 1] == 0x20 ? 2 : 3)
        } else if let r = reader.readWords(at: i), let v = r.value.smallInteger, v >= 1, v <= 10, r.end > i {
            numerator = v
            p = r.end
            guard text[p] == 0x20 || text[p] == 0x2D else { return nil }
            let joiner = p
            p += 1
            // "one in five", "one out of every ten".
            if numerator >= 1, let (den, end) = oneInN(from: joiner), den > numerator {
                return emitFraction(start: i, end: end, numerator: numerator, denominator: den)
            }
        } else {
            return nil
        }
        guard let ((den, plural), len) = FigureScanner.fractionDenominators.match(text, at: p), den > numerator || den == 2 && numerator == 1 else { return nil }
        let end = p + len
        // "a quarter million", "three quarters of a million": a fraction of a scale word, when exact.
        var m = text.skipOneSpace(end)
        if matchesWord("of a ", at: m) { m += 5 }
        if let (w, len) = EnglishLexicon.numberWords.match(text, at: m), case .big(let k) = w, !ByteText.isLetter(text[m + len]),
            let scaled = ExactValue(UInt64(numerator)).scaled(k).smallInteger, scaled % den == 0
        {
            var d = FigureDraft(start: i, end: m + len, value: ExactValue(UInt64(scaled / den)), kind: .count)
            d.lastExponent = k - 2
            readEnglishWordUnit(&d, from: m + len)
            let qe = applyQualifiers(&d)
            emit(d)
            return max(d.end, qe)
        }
        // Singular forms need "of" ("a third of the seats"); "a third term" is an ordinal.
        if !plural || numerator == 1 {
            guard wordAt(text.skipOneSpace(end)) == "of" || text[p - 1] == 0x2D && wordAt(text.skipOneSpace(end)) != "" else { return nil }
        }
        if den == 2, numerator != 1 { return nil }
        return emitFraction(start: i, end: end, numerator: numerator, denominator: den)
    }

    /// After a numerator: " in five", " in every 10", " out of ten" → (denominator, end).
    func oneInN(from p: Int) -> (Int, Int)? {
        guard text[p] == 0x20 else { return nil }
        var q = p + 1
        if matchesWord("in ", at: q) {
            q += 3
        } else if matchesWord("out of ", at: q) {
            q += 7
        } else {
            return nil
        }
        if matchesWord("every ", at: q) { q += 6 }
        if let r = reader.readWords(at: q), let v = r.value.smallInteger, v >= 2 {
            return (v, r.end)
        }
        let d = reader.countDigits(at: q)
        guard d.count >= 1, d.count <= 3, !ByteText.isAlnum(text[d.end]), text[d.end] != 0x2C || !ByteText.isDigit(text[d.end + 1]),
            text[d.end] != 0x2E || !ByteText.isDigit(text[d.end + 1])
        else { return nil }
        let v = readSmallInt(q, d.end)
        return v >= 2 ? (v, d.end) : nil
    }

    /// Emits a fraction numerator/denominator over a span, with its qualifiers.
    mutating func emitFraction(start: Int, end: Int, numerator: Int, denominator: Int) -> Int {
        var d = FigureDraft(start: start, end: end, value: ExactValue(UInt64(numerator)), kind: .fraction)
        d.denominator = ExactValue(UInt64(denominator))
        d.lastExponent = -1
        let qe = applyQualifiers(&d)
        emit(d)
        return max(end, qe)
    }

    /// The lower-cased ASCII word at `p`, or "" (at most 12 letters).
    func wordAt(_ p: Int) -> String {
        var e = p
        while ByteText.isLetter(text[e]), e - p < 12 { e += 1 }
        return String(decoding: (p..<e).map { ByteText.lower(text[$0]) }, as: UTF8.self)
    }

    /// Ordinal words: "first" … "nineteenth", "twentieth" … "ninetieth", "hundredth", "twenty-third".
    static let ordinalWords = ByteLexicon<Int>(
        [("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
         ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
         ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
         ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50),
         ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100),
         ("thousandth", 1000)],
        caseInsensitive: true, wordBounded: true
    )

    /// An ordinal in words ("first", "twenty-third"): emitted as a non-comparable `.ordinal`.
    mutating func handleOrdinalWord(at i: Int) -> Int? {
        var p = i
        var tens = 0
        if let (w, len) = EnglishLexicon.numberWords.match(text, at: i), case .tens(let v) = w, text[i + len] == 0x2D {
            tens = v
            p = i + len + 1
        }
        guard let (v, len) = FigureScanner.ordinalWords.match(text, at: p), tens == 0 || v < 10 else { return nil }
        // "a second", "seconds later": the time unit.
        if v == 2, tens == 0, ["a", "one", "split", "per", "every"].contains(previousWord(before: i)) { return nil }
        emit(FigureDraft(start: i, end: p + len, value: ExactValue(UInt64(tens + v)), kind: .ordinal))
        return p + len
    }

    // MARK: Words

    /// Handles an ASCII word starting at `i`: links, identifiers, dates, number words. Returns where to continue.
    mutating func handleWord(at i: Int) -> Int {
        var e = i
        while ByteText.isLetter(text[e]) { e += 1 }
        // Links: the e-mail scan only runs when the word continues with a character an address may contain.
        let c = text[e]
        let mayContinue = ByteText.isDigit(c) || c == 0x2E || c == 0x5F || c == 0x2B || c == 0x2D || c == 0x25 || c == 0x40
            || c == 0x3A
        if mayContinue || e - i == 3, let end = skipLink(at: i) { return end }
        if let end = handleIdentifier(i, e) { return end }
        let first = text[i]
        if ByteText.isUpper(first), let (m, len) = EnglishLexicon.unitWords.match(text, at: i), case .monthName(let month) = m {
            if let end = englishDate(month: month, from: i, monthEnd: i + len) { return end }
            // A bare full month name ("in March", "last July") is a month-only date; "May" needs a cue.
            let full = len >= 4 && text[i + len - 1] != 0x2E
            let cue = FigureScanner.monthCues.contains(previousWord(before: i))
            if full && (month != 5 || cue) {
                emit(FigureDraft(start: i, end: i + len, value: ExactValue(UInt64(month * 100)), kind: .date))
                return i + len
            }
        }
        if first == 0x4E, text[i + 1] == 0x6F, text[i + 2] == 0x2E {  // "No. 5"
            let q = text.skipOneSpace(i + 3)
            let d = reader.countDigits(at: q)
            if d.count >= 1, d.count <= 6, !ByteText.isAlnum(text[d.end]) {
                emit(FigureDraft(start: i, end: d.end, value: ExactValue(UInt64(readSmallInt(q, d.end))), kind: .ordinal))
                return d.end
            }
        }
        if let end = handleNumberWords(at: i) { return end }
        return e
    }

    /// Number words: "fifteen percent", "three million", "a dozen eggs", "half of", "hundreds of".
    mutating func handleNumberWords(at i: Int) -> Int? {
        let lowerFirst = ByteText.lower(text[i])
        // Fast reject: number words start with a, b? no: a, d, e, f, h, m, n, o, s, t, z, b (billions)
        switch lowerFirst {
        case 0x61, 0x62, 0x64, 0x65, 0x66, 0x68, 0x6D, 0x6E, 0x6F, 0x73, 0x74, 0x7A: break
        default: return nil
        }
        if let end = handlePluralMagnitude(at: i) { return end }
        if let end = handleEnglishFraction(at: i) { return end }
        if let end = handleOrdinalWord(at: i) { return end }
        guard let r = reader.readWords(at: i) else { return nil }
        var d = FigureDraft(reading: r)
        d.plainInteger = false
        readEnglishWordUnit(&d, from: r.end)
        if d.kind == .marker || FigureScanner.isPerDenominator(text, before: i) { return d.end }
        if !d.hasUnit, let merged = tryRange(d), merged.hasUnit { d = merged }
        let value = r.value.smallInteger ?? 0
        let hasScale = r.lastExponent >= 2 || d.multiplier != nil
        // "twenty-one", "three hundred and six", "seventeen": a number in words without a noun is
        // still a figure when it is compound or above twelve; "one", "two" alone are usually pronouns.
        let compound = (r.start..<r.end).contains { text[$0] == 0x20 || text[$0] == 0x2D }
        let accepted: Bool
        if value == 1 && !hasScale {
            accepted = d.kind == .percent || d.kind == .money || d.kind == .quantity || d.kind == .duration
        } else {
            accepted = d.hasUnit || hasScale || value >= 13 || (compound && value >= 11)
        }
        if !d.hasUnit, isStatedAge(i) {
            // "at the age of fifteen": an age in years.
            d.kind = .duration
            d.unit = "years"
        } else if !accepted {
            return r.end
        }
        if let merged = tryRange(d) { d = merged }
        let qe = applyQualifiers(&d)
        emit(d)
        return max(qe, d.end)
    }

    /// Units after number words: "percent", "years", "euros", "people".
    mutating func readEnglishWordUnit(_ d: inout FigureDraft, from start: Int) {
        var p = start
        if text[p] == 0x2D, ByteText.isLetter(text[p + 1]) {
            hyphenated(&d, at: p + 1)
            if d.hasUnit { return }
        }
        for _ in 0..<2 {
            let q = text.skipOneSpace(p)
            guard q > p else { return }
            if let (m, len) = EnglishLexicon.unitWords.match(text, at: q) {
                switch m {
                case .monthName, .meridiem, .moneyMultiplier:
                    return
                case .multiplier(let k):
                    guard d.multiplier == nil, !d.hasUnit else { return }
                    d.scale(by: k)
                    d.multiplier = k
                    d.end = q + len
                    p = d.end
                    continue
                default:
                    setKind(m, &d)
                    d.end = q + len
                    return
                }
            }
            if let (word, _) = asciiWord(at: q), FigureScanner.fractionWords.contains(word.lowercased()) {
                d.kind = .marker  // "two thirds": a fraction, dropped by the caller
                return
            }
            if let (noun, end, unit) = countedNoun(at: q) { takeNoun(noun, end, unit, &d) }
            return
        }
    }

    /// "hundreds of", "thousands of", "tens of thousands of", "dozens of": approximate, at least the magnitude.
    mutating func handlePluralMagnitude(at i: Int) -> Int? {
        var p = i
        var exponent = 0
        var dozens = false
        if matchesWord("tens of ", at: p) {
            exponent = 1
            p += 8
        }
        var k = 0
        if matchesWord("hundreds", at: p) {
            k = 2
            p += 8
        } else if matchesWord("thousands", at: p) {
            k = 3
            p += 9
        } else if matchesWord("millions", at: p) {
            k = 6
            p += 8
        } else if matchesWord("billions", at: p) {
            k = 9
            p += 8
        } else if exponent == 0, matchesWord("dozens", at: p) {
            dozens = true
            p += 6
        } else {
            return nil
        }
        guard !ByteText.isLetter(text[p]) else { return nil }
        let end = p
        // "hundreds of thousands of"
        if k == 2, matchesWord(" of thousands", at: p), !ByteText.isLetter(text[p + 13]) {
            k = 5
            p += 13
        } else if k == 2, matchesWord(" of millions", at: p), !ByteText.isLetter(text[p + 12]) {
            k = 8
            p += 12
        }
        guard matchesWord(" of ", at: p) else { return end }
        var d = FigureDraft(
            start: i, end: p, value: dozens ? ExactValue(24) : ExactValue(1).scaled(k + exponent), kind: .count
        )
        d.lastExponent = dozens ? 1 : k + exponent
        d.approximate = true
        d.bound = .atLeast
        if let (m, _) = EnglishLexicon.unitWords.match(text, at: p + 4), case .currency(let c) = m {
            d.kind = .money  // "billions of dollars"
            d.unit = c
        } else if let (noun, _, _) = countedNoun(at: p + 4) {
            d.unit = noun
        }
        emit(d)
        return p
    }

    /// "May 14, 2007", "January 4", "May 2007" → date yyyymmdd.
    mutating func englishDate(month: Int, from i: Int, monthEnd: Int) -> Int? {
        // "January, 2005"
        if text[monthEnd] == 0x2C, let (y, e) = fourDigitYear(at: text.skipOneSpace(monthEnd + 1)) {
            emit(FigureDraft(start: i, end: e, value: ExactValue(UInt64(y * 10000 + month * 100)), kind: .date))
            return e
        }
        let q = text.skipOneSpace(monthEnd)
        guard q > monthEnd || text[monthEnd - 1] == 0x2E else { return nil }
        if let (y, e) = fourDigitYear(at: q) {
            emit(FigureDraft(start: i, end: e, value: ExactValue(UInt64(y * 10000 + month * 100)), kind: .date))
            return e
        }
        let dd = reader.countDigits(at: q)
        guard dd.count >= 1, dd.count <= 2 else { return nil }
        let day = readSmallInt(q, dd.end)
        guard day >= 1, day <= 31 else { return nil }
        var e = dd.end
        if let len = ordinalSuffix(at: e, day) { e += len }
        guard !ByteText.isAlnum(text[e]) else { return nil }
        var value = month * 100 + day
        // ", 2007" or " 2007"
        var y0 = e
        if text[y0] == 0x2C { y0 += 1 }
        let yq = text.skipOneSpace(y0)
        if yq > e, let (y, ye) = fourDigitYear(at: yq) {
            value += y * 10000
            e = ye
        }
        emit(FigureDraft(start: i, end: e, value: ExactValue(UInt64(value)), kind: .date))
        return e
    }

    // MARK: Identifiers and links

    /// "F-35", "G7", "MH17", "COVID-19", "A380", "UTC+8": letters glued to digits.
    mutating func handleIdentifier(_ i: Int, _ e: Int) -> Int? {
        let letters = e - i
        guard letters <= 10 else { return nil }
        var p = e
        var hyphen = false
        if text[p] == 0x2D, ByteText.isDigit(text[p + 1]) {
            hyphen = true
            p += 1
        }
        if !hyphen, matchesWord("utc", at: i) || matchesWord("gmt", at: i), letters == 3 {
            var q = text.skipOneSpace(p)
            if text[q] == 0x2B || text[q] == 0x2D || text.matches(FigureScanner.minusSign, at: q)
                || (text[q] == 0xC2 && text[q + 1] == 0xB1)
            {
                q += text[q] == 0x2B || text[q] == 0x2D ? 1 : (text[q] == 0xC2 ? 2 : 3)
                let d = reader.countDigits(at: q)
                guard d.count >= 1 else { return nil }
                var end = d.end
                if text[end] == 0x3A { end = reader.countDigits(at: end + 1).end }
                emit(FigureDraft(start: i, end: end, value: ExactValue(UInt64(readSmallInt(q, d.end))), kind: .identifier))
                return end
            }
            return nil
        }
        guard ByteText.isDigit(text[p]) else { return nil }
        var hasUpper = false
        for k in i..<e where ByteText.isUpper(text[k]) { hasUpper = true }
        if hyphen && !hasUpper { return nil }
        // A decimal, grouping or unit after the digits means the digits are a real number ("GDP2.6%").
        let run = reader.readDigitRun(at: p)
        if text[run.end] == 0x25 || text.matches(FigureScanner.fullPercent, at: run.end) { return e }
        if run.grouped { return e }
        if run.fractionDigits > 0 {
            // "GDP2.6倍" is a number; "PM2.5", "IPv4.0" are codes; "M7.3" is a magnitude.
            if JapaneseUnits.lexicon.match(text, at: run.end) != nil || letters == 1 && text[i] == 0x4D { return e }
            if EnglishLexicon.unitSymbols.match(text, at: text.skipOneSpace(run.end)) != nil { return e }
        }
        if !hyphen, JapaneseUnits.lexicon.match(text, at: run.end) != nil, text[run.end] >= 0x80 { return e }
        // Currency codes glued to amounts: "US$", "USD5" are money, not identifiers.
        if EnglishLexicon.currencyPrefixes.match(text, endingAt: p) != nil, !hyphen { return e }
        var end = run.end
        while ByteText.isAlnum(text[end]) || (text[end] == 0x2D && ByteText.isAlnum(text[end + 1])) { end += 1 }
        emit(FigureDraft(start: i, end: end, value: run.value, kind: .identifier))
        return end
    }

    static let fullPercent: [UInt8] = Array("％".utf8)

    /// Skips a URL or e-mail address starting at an ASCII token start; returns its end.
    func skipLink(at i: Int) -> Int? {
        guard !ByteText.isAlnum(text[i - 1]), text[i - 1] != 0x2E, text[i - 1] != 0x2F else {
            return nil
        }
        let c = ByteText.lower(text[i])
        if c == 0x68 || c == 0x66 {  // http, https, ftp
            for scheme: StaticString in ["http://", "https://", "ftp://"] where matchesWord(scheme, at: i) {
                return urlEnd(from: i + scheme.utf8CodeUnitCount)
            }
        }
        if c == 0x77, matchesWord("www.", at: i) { return urlEnd(from: i + 4) }
        // e-mail: local part (bounded, so long hyphenated tokens stay linear), "@", domain.
        var e = i
        while e - i < 96, ByteText.isAlnum(text[e]) || text[e] == 0x2E || text[e] == 0x5F || text[e] == 0x2B
            || text[e] == 0x2D || text[e] == 0x25
        {
            e += 1
        }
        if text[e] == 0x40, ByteText.isAlnum(text[e + 1]) {
            var d = e + 1
            while ByteText.isAlnum(text[d]) || text[d] == 0x2D || (text[d] == 0x2E && ByteText.isAlnum(text[d + 1])) { d += 1 }
            return d
        }
        // Bare domains with a path: "example.com/2025/07".
        if e > i, let dot = FigureScanner.lastDot(text, i, e), FigureScanner.tlds.match(text, at: dot + 1) != nil,
            text[e] == 0x2F
        {
            return urlEnd(from: e)
        }
        return nil
    }

    static func lastDot(_ t: ByteText, _ s: Int, _ e: Int) -> Int? {
        var k = e - 1
        while k > s {
            if t[k] == 0x2E { return k }
            k -= 1
        }
        return nil
    }

    static let tlds = ByteLexicon<Bool>(
        ["com", "org", "net", "jp", "kr", "cn", "uk", "de", "fr", "io", "gov", "edu", "info", "co"].map { ($0, true) },
        caseInsensitive: true, wordBounded: true
    )

    /// End of a URL: stops at whitespace, non-ASCII, quotes and closing brackets.
    func urlEnd(from p: Int) -> Int {
        var e = p
        while e < text.count {
            let b = text[e]
            if b <= 0x20 || b >= 0x80 || b == 0x22 || b == 0x3C || b == 0x3E || b == 0x29 || b == 0x5D || b == 0x7D { break }
            e += 1
        }
        // Trailing sentence punctuation is not part of the URL.
        while e > p, text[e - 1] == 0x2E || text[e - 1] == 0x2C { e -= 1 }
        return e
    }

    /// ">>5", "＞＞５", "&gt;&gt;17", "≫3": reply markers in forum threads (span includes the arrows).
    mutating func handleReplyMarker(at i: Int) -> Int? {
        var s = -1
        for m in FigureScanner.replyMarkers where text.matches(m, endingAt: i) {
            s = i - m.count
            break
        }
        guard s >= 0 else { return nil }
        let d = reader.countDigits(at: i)
        var end = d.end
        // ">>5-10" ranges of posts.
        if text[end] == 0x2D, reader.countDigits(at: end + 1).count > 0 { end = reader.countDigits(at: end + 1).end }
        emit(FigureDraft(start: s, end: end, value: ExactValue(UInt64(readSmallInt(i, d.end))), kind: .marker))
        return end
    }

    static let replyMarkers: [[UInt8]] = [">>", "＞＞", "&gt;&gt;", "≫", ">>>"].map { Array($0.utf8) }
}
