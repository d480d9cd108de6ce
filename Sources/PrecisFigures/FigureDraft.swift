/// A figure under construction inside the scanner: exact value still as `ExactValue`, plus the
/// facts about its numeral that later steps (ranges, years, markers) need.
struct FigureDraft {
    var start: Int
    var end: Int
    var value: ExactValue
    var upper: ExactValue?
    /// End of the words that close a Japanese range (「以上…未満」, 「と…の間」), which are not qualifiers.
    var rangeSuffixEnd: Int?
    /// Denominator of a `.fraction` (the value is the numerator).
    var denominator: ExactValue?
    var kind: FigureKind = .count
    var unit: String?
    var approximate = false
    var bound: FigureBound?
    var lastExponent = 0
    var negative = false
    /// Currency written before the number ($, US$, £, €, ¥).
    var currency: String?
    /// Exponent of a multiplier that ends the number (3万 → 4, "3 billion" → 9); used to complete ranges.
    var multiplier: Int?
    /// The numeral was a single digit run without separators, decimals or multipliers.
    var plainInteger = false
    var integerDigits = 0
    var hasKanji = false

    init(reading r: NumeralReader.Reading) {
        start = r.start
        end = r.end
        value = r.value
        upper = r.upper
        approximate = r.approximate
        lastExponent = r.lastExponent
        multiplier = r.trailingMultiplier
        plainInteger = r.isPlainInteger
        integerDigits = r.firstRun?.integerDigits ?? 0
        hasKanji = r.hasKanji
    }

    init(start: Int, end: Int, value: ExactValue, kind: FigureKind) {
        self.start = start
        self.end = end
        self.value = value
        self.kind = kind
    }

    /// True once a unit, counter, currency or calendar word has given the number a kind.
    var hasUnit: Bool { unit != nil || kind != .count }

    /// The value as a small integer (for years, months, days, hours).
    var integer: Int? { value.smallInteger }

    /// Multiplies the value (and a range's upper end) by 10^k and moves the resolution with it.
    mutating func scale(by k: Int) {
        if k != 0 { plainInteger = false }
        value = value.scaled(k)
        upper = upper?.scaled(k)
        lastExponent += k
    }
}
