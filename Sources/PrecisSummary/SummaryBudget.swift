import PrecisText

/// How long a summary may be.
public enum SummaryBudget: Sendable, Hashable, Codable {
    /// At most this many sentences.
    case sentences(Int)
    /// At most this many characters (grapheme clusters), the usual measure for Japanese.
    case characters(Int)
    /// At most this many words (see `SummaryBudget.words(in:)`).
    case words(Int)
    /// At most this fraction (0 < r ≤ 1) of the characters of the input's summarizable sentences.
    case ratio(Double)

    /// The largest sentence, character or word budget accepted (10⁹): far above any real input
    /// (which `TextDecoder` caps at 256 MiB), and small enough that no length arithmetic overflows.
    public static let maximumCount = 1_000_000_000

    /// Checks the budget is positive and at most `maximumCount` (a ratio: in (0, 1]).
    public func validate() throws(SummarizeError) {
        switch self {
        case .sentences(let n), .characters(let n), .words(let n):
            if !(1...Self.maximumCount).contains(n) { throw .invalidBudget("the budget must be between 1 and \(Self.maximumCount), got \(n)") }
        case .ratio(let r):
            if !(r > 0 && r <= 1) { throw .invalidBudget("the ratio must be in (0, 1], got \(r)") }
        }
    }

    /// Words in `text`: each run of letters or digits counts one; Japanese, written without
    /// spaces, counts one word per two CJK characters of a run (rounded up), the average length
    /// of a Japanese word.
    public static func words(in text: String) -> Int {
        var count = 0
        var cjkRun = 0
        var inWord = false
        for s in text.unicodeScalars {
            let v = s.value
            let cjk = (0x3040...0x30FF).contains(v) || (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
                || (0xAC00...0xD7AF).contains(v) || v == 0x3005
            if cjk {
                if inWord { count += 1; inWord = false }
                cjkRun += 1
                continue
            }
            if cjkRun > 0 { count += (cjkRun + 1) / 2; cjkRun = 0 }
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                inWord = true
            } else if inWord {
                count += 1
                inWord = false
            }
        }
        if cjkRun > 0 { count += (cjkRun + 1) / 2 }
        if inWord { count += 1 }
        return count
    }
}

extension SummaryBudget {
    private enum CodingKeys: String, CodingKey { case unit, value }

    /// Encoded as `{"unit": "sentences" | "characters" | "words" | "ratio", "value": n}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .sentences(let n): try c.encode("sentences", forKey: .unit); try c.encode(n, forKey: .value)
        case .characters(let n): try c.encode("characters", forKey: .unit); try c.encode(n, forKey: .value)
        case .words(let n): try c.encode("words", forKey: .unit); try c.encode(n, forKey: .value)
        case .ratio(let r): try c.encode("ratio", forKey: .unit); try c.encode(r, forKey: .value)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .unit) {
        case "sentences": self = .sentences(try c.decode(Int.self, forKey: .value))
        case "characters": self = .characters(try c.decode(Int.self, forKey: .value))
        case "words": self = .words(try c.decode(Int.self, forKey: .value))
        case "ratio": self = .ratio(try c.decode(Double.self, forKey: .value))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .unit, in: c, debugDescription: "unknown budget unit '\(other)'")
        }
    }
}
