/// What is written immediately before a number and changes its meaning: a currency sign,
/// 第, an era name, 午前/午後, or a minus sign. Each keeps its own start so the span only
/// grows to include the parts that were actually used.
struct LeadContext {
    var currency: String?
    var currencyStart: Int?
    var era: Int?
    var eraStart: Int?
    var ordinalStart: Int?
    /// 午後 → true, 午前 → false.
    var meridiem: Bool?
    var meridiemStart: Int?
    var signStart: Int?
    /// Part of a name ("FTSE 100", "Boeing 737").
    var isName = false
    /// An earthquake magnitude ("magnitude 5.5", "M7.3").
    var magnitude = false
    /// 摂氏 → "°C", 華氏 → "°F": the scale of a following 度.
    var temperatureScale: String?

    static let none = LeadContext()
}
