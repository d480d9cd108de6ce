/// A number-like span that was deliberately not turned into a `Figure` (too large for an exact
/// `Decimal`, a bare fraction, an impossible month …), kept so callers can see what was skipped and why.
public struct RejectedNumber: Sendable, Codable, Hashable {
    /// Exactly the source text of the skipped span.
    public var text: String
    /// UTF-8 byte offset of the span start, on the same base as `Figure.start`.
    public var start: Int
    /// UTF-8 byte offset of the span end, exclusive.
    public var end: Int
    /// Why it was skipped, as a short English phrase ("not a month (1–12)").
    public var reason: String

    /// Creates a rejected number from its parts; offsets are UTF-8 byte offsets.
    public init(text: String, start: Int, end: Int, reason: String) {
        self.text = text
        self.start = start
        self.end = end
        self.reason = reason
    }
}
