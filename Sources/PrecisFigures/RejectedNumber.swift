/// A number-like span that was deliberately not turned into a `Figure` (too large for an exact
/// `Decimal`, a bare fraction, an impossible month …), kept so callers can see what was skipped and why.
public struct RejectedNumber: Sendable, Codable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public var reason: String

    public init(text: String, start: Int, end: Int, reason: String) {
        self.text = text
        self.start = start
        self.end = end
        self.reason = reason
    }
}
