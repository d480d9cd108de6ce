/// A one-sided qualifier attached to a figure ("以上", "more than", "up to", "未満").
/// The figure's `value` is the stated limit; the bound says on which side the truth lies.
public enum FigureBound: String, Sendable, Codable, Hashable {
    /// Strictly above the value: 超, を超える, more than, over.
    case moreThan
    /// The value or above: 以上, 少なくとも, at least, or more.
    case atLeast
    /// The value or below: 以下, 最大, up to, no more than, and (with `approximate`) nearly/almost/近く.
    case atMost
    /// Strictly below the value: 未満, 足らず, under, less than, fewer than.
    case lessThan
}
