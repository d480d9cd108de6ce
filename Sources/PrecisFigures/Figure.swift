import Foundation

/// One numeric expression found in a text: its exact UTF-8 span, exact value, kind, unit and qualifiers.
/// Qualifier words (約, 以上, about, more than) set `approximate`/`bound` but are not part of the span.
public struct Figure: Sendable, Codable, Hashable {
    /// Exactly the source text of the span (number plus unit, counter or currency sign).
    public var text: String
    /// UTF-8 byte offset of the span start (`baseOffset` + offset in the scanned string).
    public var start: Int
    /// UTF-8 byte offset of the span end, exclusive.
    public var end: Int
    /// Exact, fully scaled value (2万8500人 → 28500, 3.5 billion → 3500000000); the lower end of a range.
    /// Dates are encoded as yyyymmdd with 0 for unknown parts; times as hhmmss on a 24-hour clock.
    public var value: Decimal
    /// Upper end of a range (1950-53年, 2〜3%, between 2 and 3, 数百人); nil for single values and dates.
    public var upper: Decimal?
    /// For `.fraction` figures, the denominator (3分の1 → value 1, denominator 3): a fraction is
    /// kept as two exact integers, never as a rounded decimal. Nil for every other kind.
    public var denominator: Decimal?
    /// What the number denotes (percent, money, date, ordinal …); decides how `value` and `unit` read.
    public var kind: FigureKind
    /// ISO 4217 code for money, "%" for percent, "pt" for percentage points, the counter or counted
    /// noun for counts, a unit symbol for quantities, the time unit for durations.
    public var unit: String?
    /// Set by 約, およそ, 程度, 前後, 余り, 強, 弱, about, around, roughly, nearly, some, 数/十数 …
    public var approximate: Bool
    /// One-sided qualifier, if any.
    public var bound: FigureBound?
    /// Half the unit of the last stated digit, in the value's scale ("2.3%" → 0.05, "61兆" → 5×10¹¹).
    public var resolution: Decimal
    /// False for ordinal, identifier, time and marker kinds.
    public var isComparable: Bool

    /// Creates a figure from its parts.
    ///
    /// Offsets are UTF-8 byte offsets. `upper`, `denominator`, `unit` and `bound` default to nil and
    /// `approximate` to false; `isComparable` defaults to `kind.isComparable` when nil.
    public init(
        text: String, start: Int, end: Int, value: Decimal, upper: Decimal? = nil, denominator: Decimal? = nil,
        kind: FigureKind, unit: String? = nil, approximate: Bool = false, bound: FigureBound? = nil,
        resolution: Decimal, isComparable: Bool? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.upper = upper
        self.denominator = denominator
        self.kind = kind
        self.unit = unit
        self.approximate = approximate
        self.bound = bound
        self.resolution = resolution
        self.isComparable = isComparable ?? kind.isComparable
    }
}
