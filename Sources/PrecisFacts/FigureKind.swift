/// What a numeric expression denotes. The first eight kinds are quantities that can be
/// compared across documents; the last four are numbers that only name or order things.
public enum FigureKind: String, Sendable, Codable, CaseIterable, Hashable {
    case percent, percentagePoints, money, count, quantity, year, date, duration
    case ordinal, identifier, time, marker

    /// True for kinds whose values are meaningful to compare between documents.
    public var isComparable: Bool {
        switch self {
        case .percent, .percentagePoints, .money, .count, .quantity, .year, .date, .duration: return true
        case .ordinal, .identifier, .time, .marker: return false
        }
    }
}
