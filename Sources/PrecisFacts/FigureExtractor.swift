/// Finds every numeric expression in Japanese or English text and returns each with its exact
/// UTF-8 span, exact `Decimal` value, kind, unit and qualifiers. Stateless and thread-safe.
///
/// Conventions worth knowing (see the tests for examples):
/// * spans cover number + unit/counter/currency sign; qualifiers (約, 以上, about) are outside the span,
///   while 第, era names (令和), 午前/午後 and reply markers (>>) are inside it;
/// * dates are yyyymmdd with 0 for unknown parts; times are hhmmss (24 h); durations keep the written value;
/// * 数 is one unknown digit 1–9 with unknown lower digits: 数百 → 100…999, 十数 → 11…19, approximate;
/// * "nearly"/"almost"/近く → approximate with bound atMost; 強/弱/余り → approximate only;
/// * 割 is converted to percent (3割 → 30%), basis points to percentage points (25 bp → 0.25 pt);
/// * digits inside URLs and e-mail addresses are skipped; values too large for an exact Decimal are rejected.
public struct FigureExtractor: Sendable {
    public init() {}

    /// Extracts figures from `text`; offsets are UTF-8 byte offsets plus `baseOffset`.
    public func extract(from text: String, baseOffset: Int = 0) -> FigureExtraction {
        var copy = text
        return copy.withUTF8 { buffer in
            var scanner = FigureScanner(bytes: buffer, baseOffset: baseOffset)
            scanner.run()
            return scanner.result()
        }
    }
}
