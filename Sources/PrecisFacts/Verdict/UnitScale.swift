import Foundation

/// Exact metric scaling between units of one quantity (2800万キロワット and 26.5 GW, 3.2 km and
/// 3,200 m): each unit as a power-of-ten multiple of its quantity's base unit. Only decimal
/// prefixes are listed, so scaled values stay exact; miles, acres or degrees Fahrenheit are
/// never converted (a conversion written in the text is usually rounded).
struct UnitScale: Equatable {
    /// The base unit the figure is compared in (`W`, `m`, `g`…).
    var base: String
    /// What one unit of the figure is in the base unit (`GW` → 1,000,000,000).
    var factor: Decimal

    /// The scale of a quantity unit as extracted (`kW`, `km2`, `mSv`), or nil for a unit compared
    /// only with itself.
    init?(unit: String) {
        guard let (base, exponent) = Self.table[unit] else { return nil }
        self.base = base
        factor = Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

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
