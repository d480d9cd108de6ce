/// Finds every numeric expression in Japanese or English text and returns each with its exact
/// UTF-8 span, exact `Decimal` value, kind, unit and qualifiers. Stateless and thread-safe.
///
/// Conventions (each is pinned down by a test in `Tests/PrecisFactsTests`):
/// * spans cover number + unit/counter/currency; qualifiers (約, 以上, about, more than) are outside the span,
///   while 第, Category, era names (令和), 午前/午後, currency signs, minus signs and `>>` are inside it;
/// * dates are yyyymmdd with 0 for unknown parts; a single date has no `upper`, an explicit date range
///   ("1月〜6月", "21日から22日") has one; times are hhmmss on a 24-hour clock; durations keep the written value;
/// * 数 is one unknown digit 1–9 with unknown lower digits: 数百 → 100…999, 十数 → 11…19 (approximate);
///   "hundreds of"/"thousands of" → the magnitude, approximate, bound atLeast;
/// * "nearly"/"almost"/近く → approximate with bound atMost; 強/弱/余り/前後/程度 → approximate only;
/// * 割 becomes percent (3割 → 30%), basis points become percentage points (25 bp → 0.25 pt),
///   pence/cents become GBP/USD (91.1p → 0.911); ages (66歳, 56-year-old) are durations;
/// * bare four-digit numbers 1800–2199 are years; "AからBに" (a change) is not a range; bare pairs joined
///   by a hyphen ("2-3", "158-156") are scores or model numbers, not ranges;
/// * digits inside URLs and e-mail addresses are skipped; a value that a `Decimal` cannot hold exactly
///   (more than 38 significant digits, exponent beyond ±127) becomes a `RejectedNumber`, never a rounded figure.
public struct FigureExtractor: Sendable {
    /// Creates an extractor. It has no settings: every call follows the conventions above.
    public init() {}

    /// Extracts the figures of each byte range of `text` separately (sentences, in order and not
    /// overlapping), so that no figure spans a range boundary. Offsets are UTF-8 byte offsets into
    /// `text`; figures in order of start. Ranges outside the text are clipped.
    public func extract(from text: String, sentences: [Range<Int>]) -> FigureExtraction {
        var result = FigureExtraction()
        var copy = text
        copy.withUTF8 { buffer in
            for range in sentences {
                let lo = max(0, min(range.lowerBound, buffer.count)), hi = max(lo, min(range.upperBound, buffer.count))
                guard hi > lo else { continue }
                var scanner = FigureScanner(bytes: UnsafeBufferPointer(rebasing: buffer[lo..<hi]), baseOffset: lo)
                scanner.run()
                let part = scanner.result()
                result.figures += part.figures
                result.rejected += part.rejected
            }
        }
        return result
    }

    /// Extracts figures from `text`; offsets are UTF-8 byte offsets plus `baseOffset`, figures in order of start.
    /// Figures may cross sentence boundaries here; use `extract(from:sentences:)` for per-sentence figures.
    public func extract(from text: String, baseOffset: Int = 0) -> FigureExtraction {
        var copy = text
        return copy.withUTF8 { buffer in
            var scanner = FigureScanner(bytes: buffer, baseOffset: baseOffset)
            scanner.run()
            return scanner.result()
        }
    }
}
