/// What a numeric expression denotes. The first nine kinds are quantities that can be
/// compared across documents; the last four are numbers that only name or order things.
public enum FigureKind: String, Sendable, Codable, CaseIterable, Hashable {
    case percent, percentagePoints, money, count, quantity, year, date, duration
    /// A share written as a fraction (3分の1, two-thirds, one in five, 1/2): `value` is the
    /// numerator and `Figure.denominator` the denominator, both exact.
    case fraction
    case ordinal, identifier, time, marker

    /// True for kinds whose values are meaningful to compare between documents.
    public var isComparable: Bool {
        switch self {
        case .percent, .percentagePoints, .money, .count, .quantity, .year, .date, .duration, .fraction: return true
        case .ordinal, .identifier, .time, .marker: return false
        }
    }
}
