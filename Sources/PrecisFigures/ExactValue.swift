import Foundation

/// An exact decimal number `significand × 10^exponent` with a 128-bit significand (the same
/// capacity as `Decimal`'s mantissa). Scaling only moves the exponent and additions are checked,
/// so a value is either exact or the operation reports failure — nothing is rounded silently.
struct ExactValue: Sendable, Hashable {
    /// Why a value could not be represented exactly.
    enum Failure: Error, Sendable {
        case tooManyDigits
        case outOfRange

        var reason: String {
            switch self {
            case .tooManyDigits: return "more significant digits than Decimal holds exactly (38)"
            case .outOfRange: return "magnitude outside Decimal's exponent range (10^-128...10^127)"
            }
        }
    }

    var hi: UInt64 = 0
    var lo: UInt64 = 0
    var exponent: Int = 0
    var negative = false

    static let zero = ExactValue()

    init() {}

    init(_ small: UInt64, exponent: Int = 0) {
        self.lo = small
        self.exponent = exponent
    }

    var isZero: Bool { hi == 0 && lo == 0 }

    /// Multiplies by 10^k (k ≥ 0) by moving the exponent; never loses digits.
    func scaled(_ k: Int) -> ExactValue {
        var copy = self
        copy.exponent += k
        return copy
    }

    /// The significand multiplied by a small factor, or nil on 128-bit overflow.
    static func multiply(_ hi: UInt64, _ lo: UInt64, by factor: UInt64) -> (UInt64, UInt64)? {
        let low = lo.multipliedFullWidth(by: factor)
        let high = hi.multipliedReportingOverflow(by: factor)
        if high.overflow { return nil }
        let sum = high.partialValue.addingReportingOverflow(low.high)
        if sum.overflow { return nil }
        return (sum.partialValue, low.low)
    }

    /// The value times a small integer factor (3 dozen → 36), or nil on overflow.
    func multiplied(by factor: UInt64) -> ExactValue? {
        guard let (h, l) = ExactValue.multiply(hi, lo, by: factor) else { return nil }
        var copy = self
        copy.hi = h
        copy.lo = l
        return copy
    }

    /// Significand × 10^k, or nil if it no longer fits 128 bits.
    static func multiplyByPowerOf10(_ hi: UInt64, _ lo: UInt64, _ k: Int) -> (UInt64, UInt64)? {
        var h = hi, l = lo, left = k
        while left > 0 {
            let step = min(left, 19)
            var factor: UInt64 = 1
            for _ in 0..<step { factor &*= 10 }
            guard let r = multiply(h, l, by: factor) else { return nil }
            (h, l) = r
            left -= step
        }
        return (h, l)
    }

    /// Appends `zeros` zero digits and then one digit (self × 10^(zeros+1) + d); used while reading digit runs.
    mutating func appendDigit(_ d: UInt8, afterZeros zeros: Int = 0) throws(Failure) {
        guard let (h, l) = ExactValue.multiplyByPowerOf10(hi, lo, zeros + 1) else { throw .tooManyDigits }
        let s = l.addingReportingOverflow(UInt64(d))
        let h2 = h.addingReportingOverflow(s.overflow ? 1 : 0)
        if h2.overflow { throw .tooManyDigits }
        hi = h2.partialValue
        lo = s.partialValue
    }

    /// Exact sum of two non-negative values (aligns exponents by scaling the coarser significand).
    static func + (a: ExactValue, b: ExactValue) throws(Failure) -> ExactValue {
        if a.isZero { return b }
        if b.isZero { return a }
        var x = a, y = b
        if x.exponent < y.exponent { swap(&x, &y) }
        // x has the larger exponent: bring it down to y's exponent.
        guard let (h, l) = multiplyByPowerOf10(x.hi, x.lo, x.exponent - y.exponent) else { throw .tooManyDigits }
        let low = l.addingReportingOverflow(y.lo)
        let mid = h.addingReportingOverflow(y.hi)
        if mid.overflow { throw .tooManyDigits }
        let high = mid.partialValue.addingReportingOverflow(low.overflow ? 1 : 0)
        if high.overflow { throw .tooManyDigits }
        var r = ExactValue()
        r.hi = high.partialValue
        r.lo = low.partialValue
        r.exponent = y.exponent
        return r
    }

    /// 10^k − 1 (k nines) at exponent 0; used for the upper end of 数百 (100…999).
    static func nines(_ k: Int) throws(Failure) -> ExactValue {
        var v = ExactValue()
        for _ in 0..<max(0, k) { try v.appendDigit(9) }
        return v
    }

    /// Divides a 128-bit significand by a small divisor, returning quotient and remainder.
    private static func divide(_ hi: UInt64, _ lo: UInt64, by d: UInt64) -> (UInt64, UInt64, UInt64) {
        let qh = hi / d
        let rh = hi % d
        let (ql, r) = d.dividingFullWidth((high: rh, low: lo))
        return (qh, ql, r)
    }

    /// Converts to `Decimal`, normalising the exponent into Decimal's range, or throws if that is impossible.
    func decimal() throws(Failure) -> Decimal {
        if isZero { return Decimal(0) }
        var h = hi, l = lo, e = exponent
        // Strip trailing zeros when the exponent is too small.
        while e < -128 {
            let (qh, ql, r) = ExactValue.divide(h, l, by: 10)
            if r != 0 { throw .outOfRange }
            (h, l) = (qh, ql)
            e += 1
        }
        // Move powers of ten into the significand when the exponent is too large.
        while e > 127 {
            guard let m = ExactValue.multiply(h, l, by: 10) else { throw .outOfRange }
            (h, l) = m
            e -= 1
        }
        let significand: Decimal
        if h == 0 {
            significand = Decimal(l)
        } else {
            significand = ExactValue.wideDecimal(h, l)
        }
        return Decimal(sign: negative ? .minus : .plus, exponent: e, significand: significand)
    }

    /// Exact Decimal for a significand above 2^64, via its decimal digit string (≤ 39 digits).
    private static func wideDecimal(_ hi: UInt64, _ lo: UInt64) -> Decimal {
        var h = hi, l = lo
        var digits: [UInt8] = []
        while h != 0 || l != 0 {
            let (qh, ql, r) = divide(h, l, by: 10)
            digits.append(UInt8(r) + 48)
            (h, l) = (qh, ql)
        }
        let text = String(decoding: digits.reversed(), as: UTF8.self)
        return Decimal(string: text) ?? Decimal.nan
    }

    /// Exact comparison of two non-negative values (used to validate ranges).
    static func < (a: ExactValue, b: ExactValue) -> Bool {
        guard let x = try? a.decimal(), let y = try? b.decimal() else { return false }
        return x < y
    }

    /// The value as an Int when it is an integer that fits comfortably (years, days, small counts).
    var smallInteger: Int? {
        guard hi == 0, !negative else { return nil }
        if exponent >= 0 {
            guard exponent <= 18, lo < 1 << 62 else { return nil }
            var v = Int(lo)
            for _ in 0..<exponent {
                let m = v.multipliedReportingOverflow(by: 10)
                if m.overflow { return nil }
                v = m.partialValue
            }
            return v
        }
        var v = lo
        for _ in 0..<(-exponent) {
            if v % 10 != 0 { return nil }
            v /= 10
        }
        return v < 1 << 40 ? Int(v) : nil
    }
}
