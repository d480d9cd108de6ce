import Foundation

/// The values a figure's text allows: its stated precision, widened for approximations by a rule
/// tied to how the number is written, and opened on one side for bounds. `nil` ends are unbounded.
struct ValueInterval: Equatable {
    var low: Decimal?
    var high: Decimal?

    init(low: Decimal?, high: Decimal?) {
        self.low = low
        self.high = high
    }

    /// The values a figure's text allows, in its unit (a fraction in percent):
    /// - as written, half a unit of the last stated digit: "2.3%" → [2.25, 2.35), "61兆" → ± 0.5兆;
    /// - approximate (約, about), half a unit of the last non-zero digit (at most `maximumShare` of
    ///   the value), and at least `approximateResolutions` times the stated resolution:
    ///   "約84万" → [83.5万, 84.5万], "about 3,000" → [2,700, 3,300], "約2.3%" → [2.25, 2.35];
    /// - a range spans both ends, widened the same way; a bound opens one side:
    ///   "3万人以上" → [29,999.5, ∞).
    init(_ f: Figure, maximumShare: Decimal = Decimal(string: "0.1")!, approximateResolutions: Decimal = 1) {
        var value = f.value, upper = f.upper ?? f.value, resolution = f.resolution
        if f.kind == .fraction, let d = f.denominator, d > 0 {
            // Compared as the share it denotes, in percent; the quotient is used only here.
            value = f.value * 100 / d
            upper = value
            resolution = f.resolution * 100 / d
        }
        var width = resolution
        if f.approximate {
            let digit = f.kind == .fraction ? 0 : Self.halfUnitOfLastNonZeroDigit(f.upper ?? f.value)
            width = max(approximateResolutions * resolution, min(digit, abs(f.upper ?? f.value) * maximumShare))
        }
        low = value - width
        high = upper + width
        switch f.bound {
        case .moreThan, .atLeast: high = nil
        case .atMost, .lessThan: low = nil
        case nil: break
        }
    }

    /// Half the place value of the last non-zero digit of an integer (84万 → 5,000; 3,000 → 500);
    /// 0 for zero and for values with a fractional part (their stated resolution applies).
    static func halfUnitOfLastNonZeroDigit(_ v: Decimal) -> Decimal {
        func whole(_ d: Decimal) -> Decimal {
            var copy = d, result = Decimal()
            NSDecimalRound(&result, &copy, 0, .down)
            return result
        }
        var x = abs(v)
        guard x >= 1, x == whole(x) else { return 0 }
        var unit = Decimal(1)
        while whole(x / 10) * 10 == x {
            x /= 10
            unit *= 10
        }
        return unit / 2
    }

    /// The same interval in a unit `factor` times smaller (kW → W: × 1,000).
    func scaled(by factor: Decimal) -> ValueInterval {
        ValueInterval(low: low.map { $0 * factor }, high: high.map { $0 * factor })
    }

    /// True when the two intervals share a value (half-open: [2.25, 2.35) and [2.35, 2.45) do not).
    func overlaps(_ other: ValueInterval) -> Bool {
        if let l = low, let h = other.high, !(l < h) { return false }
        if let l = other.low, let h = high, !(l < h) { return false }
        return true
    }
}
