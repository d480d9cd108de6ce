/// What a numeric expression denotes. The first nine kinds are quantities that can be
/// compared across documents; the last four are numbers that only name or order things.
public enum FigureKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// A share in percent, unit "%" ("3%", 3割 → 30, "3 percent").
    case percent
    /// A difference of percentages, unit "pt" (0.5ポイント, "25 bp" → 0.25).
    case percentagePoints
    /// An amount with an ISO 4217 unit (100億円 → JPY, "$3.5 billion" → USD).
    case money
    /// A number of things, unit the counter or counted noun (2万8500人, 3社).
    case count
    /// A measurement with a unit symbol ("10 km", 5キロ).
    case quantity
    /// A calendar year (2024年, 令和6年, a bare 1800–2199, "2019/20" as a range).
    case year
    /// A calendar date as yyyymmdd, 0 for unknown parts (2007年5月14日 → 20070514, "14 May 2007").
    case date
    /// A length of time or an age, value as written (3年間, "two weeks", 66歳).
    case duration
    /// A share written as a fraction (3分の1, two-thirds, one in five, 1/2): `value` is the
    /// numerator and `Figure.denominator` the denominator, both exact.
    case fraction
    /// A rank or position (第3, 3位, 5回目, "23rd", "first", "Category 4").
    case ordinal
    /// A name or code (3号機, 5丁目, "Web2.0", a long account or product number).
    case identifier
    /// A clock time as hhmmss on a 24-hour clock (午後7時 → 190000, "10:30 pm").
    case time
    /// A list, footnote or reply marker (※1, "[1]", "(3)", ">>5").
    case marker

    /// True for kinds whose values are meaningful to compare between documents.
    public var isComparable: Bool {
        switch self {
        case .percent, .percentagePoints, .money, .count, .quantity, .year, .date, .duration, .fraction: return true
        case .ordinal, .identifier, .time, .marker: return false
        }
    }
}
