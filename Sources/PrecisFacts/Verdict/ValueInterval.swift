import Foundation

/// The values a figure's text allows: its stated precision, widened for approximations and
/// opened on one side for bounds. `nil` ends are unbounded.
struct ValueInterval: Equatable {
    var low: Decimal?
    var high: Decimal?

    /// Relative half-width given to approximate figures (約61兆, about 3,000), at least twice the
    /// stated precision.
    static let approximateShare = Decimal(string: "0.05")!

    init(low: Decimal?, high: Decimal?) {
        self.low = low
        self.high = high
    }

    /// "2.3%" → [2.25, 2.35); "約61兆" → 61兆 ± max(2 × 0.5兆, 5%); "3万人以上" → [30000, ∞).
    init(_ f: Figure) {
        if f.kind == .fraction, let d = f.denominator, d > 0 {
            // Compared as the share it denotes; the quotient is used only here, never reported.
            let share = f.value / d
            let width = f.resolution / d
            low = share - width
            high = share + width
            return
        }
        var width = f.resolution
        if f.approximate {
            let magnitude = abs(f.upper ?? f.value)
            width = max(width * 2, magnitude * Self.approximateShare)
        }
        low = f.value - width
        high = (f.upper ?? f.value) + width
        switch f.bound {
        case .moreThan, .atLeast: high = nil
        case .atMost, .lessThan: low = nil
        case nil: break
        }
    }

    /// True when the two intervals share a value (half-open: [2.25, 2.35) and [2.35, 2.45) do not).
    func overlaps(_ other: ValueInterval) -> Bool {
        if let l = low, let h = other.high, !(l < h) { return false }
        if let l = other.low, let h = high, !(l < h) { return false }
        return true
    }
}
