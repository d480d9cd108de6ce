/// What a word written after a number means (円 → money in JPY, 人 → a count of people, 年 → a year …).
/// Shared by the Japanese and English unit tables so both feed the same figure-building code.
enum UnitMeaning: Sendable, Equatable {
    case currency(String)
    case percent
    case percentagePoints
    /// Basis points: hundredths of a percentage point.
    case basisPoints
    /// 割: tenths, converted to percent (3割 → 30%).
    case wari
    case counter(String)
    case measure(String)
    case duration(String)
    case ordinal
    case identifier
    case year
    case fiscalYear
    case decade
    case month
    case day
    case hour
    case minute
    case second
    /// A multiplier word or symbol (English "million", "bn"; 10^k).
    case multiplier(Int)
    /// A multiplier only valid when a currency is present ("$5m", "£3b").
    case moneyMultiplier(Int)
    /// Clock suffixes a.m. / p.m. (true for p.m.).
    case meridiem(Bool)
    /// Counted age in years ("years old", "-year-old").
    case age(String)
    /// A month name (English), 1–12.
    case monthName(Int)
    /// 度: a count of times for small integers (2度), degrees otherwise (35度, 1.5度).
    case degreesOrTimes
    /// Hundredths of a currency (cents, pence).
    case subunit(String)
    /// Twelve of a thing ("3 dozen", 2ダース): multiplies the value by 12.
    case dozen
    /// "pounds": sterling after a currency cue (£, a price word, a multiplier), weight otherwise.
    case pounds
}
