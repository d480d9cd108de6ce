import Foundation

/// Exact scaling between units of one quantity (2800万キロワット and 26.5 GW, 3.2 km and 3,200 m,
/// 14 miles and 22.53 km): each unit as an exact multiple of its quantity's base unit: decimal
/// prefixes, and miles, acres, knots and mph by their exact definitions (1 mile = 1,609.344 m).
/// A conversion written in the text keeps the rounding it states, so "48,000 hectares (119,000
/// acres)" agrees. Feet, yards and pounds stay apart (mostly sizes of things: "a twenty-foot
/// container"), and degrees Fahrenheit are never converted.
struct UnitScale: Equatable {
    /// The base unit the figure is compared in (`W`, `m`, `g`…).
    var base: String
    /// What one unit of the figure is in the base unit (`GW` → 1,000,000,000).
    var factor: Decimal

    /// The scale of a quantity unit as extracted (`kW`, `km2`, `mSv`), or nil for a unit compared
    /// only with itself.
    init?(unit: String) {
        if let (base, exponent) = Self.table[unit] {
            self.base = base
            factor = Decimal(sign: .plus, exponent: exponent, significand: 1)
        } else if let (base, factor) = Self.defined[unit] {
            self.base = base
            self.factor = factor
        } else {
            return nil
        }
    }

    /// Units defined as exact multiples of a metric base unit (the international mile, 1959; the
    /// nautical mile, 1,852 m): unit → (base unit, factor).
    static let defined: [String: (String, Decimal)] = [
        "mi": ("m", Decimal(string: "1609.344")!), "acre": ("m2", Decimal(string: "4046.8564224")!),
        "km/h": ("m/h", 1000), "kn": ("m/h", 1852), "mph": ("m/h", Decimal(string: "1609.344")!), "m/s": ("m/h", 3600),
    ]

    /// Unit → (base unit, power of ten).
    static let table: [String: (String, Int)] = [
        "μm": ("m", -6), "mm": ("m", -3), "cm": ("m", -2), "m": ("m", 0), "km": ("m", 3),
        "mg": ("g", -3), "g": ("g", 0), "kg": ("g", 3), "t": ("g", 6),
        "W": ("W", 0), "kW": ("W", 3), "MW": ("W", 6), "GW": ("W", 9),
        "kWh": ("Wh", 3), "MWh": ("Wh", 6), "GWh": ("Wh", 9), "TWh": ("Wh", 12),
        "m2": ("m2", 0), "ha": ("m2", 4), "km2": ("m2", 6),
        "mL": ("L", -3), "L": ("L", 0),
        "Hz": ("Hz", 0), "kHz": ("Hz", 3), "MHz": ("Hz", 6), "GHz": ("Hz", 9),
        "bps": ("bps", 0), "kbps": ("bps", 3), "Mbps": ("bps", 6), "Gbps": ("bps", 9),
        "μSv": ("Sv", -6), "mSv": ("Sv", -3), "Sv": ("Sv", 0),
    ]
}
