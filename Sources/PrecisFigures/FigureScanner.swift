/// Scans one UTF-8 buffer left to right and collects figures and rejected numbers.
/// Bytes that cannot start a number are skipped with a table-free branch; only digits,
/// kanji numerals and ASCII word starts are examined further.
struct FigureScanner {
    let text: ByteText
    let reader: NumeralReader
    let baseOffset: Int
    var figures: [Figure] = []
    var rejected: [RejectedNumber] = []
    /// End of the last emitted span, so a later span never starts inside an earlier one.
    var lastEnd = 0

    init(bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int) {
        text = ByteText(bytes: bytes)
        reader = NumeralReader(text: text)
        self.baseOffset = baseOffset
        figures.reserveCapacity(bytes.count / 64)
    }

    /// Runs the scan over the whole buffer.
    mutating func run() {
        let n = text.count
        var i = 0
        while i < n {
            let b = text.bytes[i]
            if b < 0x80 {
                if ByteText.isDigit(b) {
                    i = max(i + 1, handleNumber(at: i))
                } else if b == 0x2E, ByteText.isDigit(text[i + 1]), !ByteText.isAlnum(text[i - 1]), text[i - 1] != 0x2E,
                    text[i - 1] != 0x2F
                {
                    // A decimal without its leading zero: ".4%", "$.75".
                    i = max(i + 1, handleNumber(at: i))
                } else if ByteText.isLetter(b), !ByteText.isAlnum(text[i - 1]) {
                    i = max(i + 1, handleWord(at: i))
                } else {
                    i += 1
                }
                continue
            }
            let len = ByteText.sequenceLength(b)
            // Full-width digits (EF BC 90–99) and CJK numerals live behind lead bytes E3–E7, E9 (零) and EF.
            if b == 0xEF || (b >= 0xE3 && b <= 0xE7) || b == 0xE9 {
                let (s, _) = text.scalar(at: i)
                if FigureScanner.canStartNumber(s) {
                    i = max(i + len, handleNumber(at: i))
                    continue
                }
                if s == FigureScanner.gan, let end = handleGannen(at: i) {
                    i = end
                    continue
                }
                if s == FigureScanner.hanScalar, let end = handleJapaneseHalf(at: i) {
                    i = end
                    continue
                }
            }
            i += len
        }
    }

    static let gan: UInt32 = 0x5143  // 元 (元年)
    static let hanScalar: UInt32 = 0x534A  // 半 (半分, 半数)

    /// Scalars that may begin a number: full-width digits, kanji digits, 十百千 and 数.
    @inline(__always) static func canStartNumber(_ s: UInt32) -> Bool {
        if s >= 0xFF10 && s <= 0xFF19 { return true }
        if NumeralReader.kanjiDigit(s) != nil { return true }
        if NumeralReader.smallMultiplier(s) != nil { return true }
        return s == NumeralReader.uncertainDigit
    }

    @inline(__always) static func isIdeograph(_ s: UInt32) -> Bool {
        (s >= 0x4E00 && s <= 0x9FFF) || (s >= 0x3400 && s <= 0x4DBF) || (s >= 0xF900 && s <= 0xFAFF)
    }

    /// Position after the scalar at `i`.
    func nextScalar(_ i: Int) -> Int {
        let (_, len) = text.scalar(at: i)
        return i + max(1, len)
    }

    // MARK: Output

    /// Converts a draft to a public `Figure`, or records it as rejected if its value is not representable.
    mutating func emit(_ draft: FigureDraft) {
        var d = draft
        if d.start < lastEnd { return }
        guard d.end > d.start else { return }
        if !d.kind.isComparable {
            d.approximate = false
            d.bound = nil
        }
        do throws(ExactValue.Failure) {
            var v = d.value
            v.negative = d.negative
            let value = try v.decimal()
            let upper = try d.upper?.decimal()
            let denominator = d.kind == .fraction ? try d.denominator?.decimal() : nil
            let resolution = try ExactValue(5).scaled(d.lastExponent - 1).decimal()
            figures.append(
                Figure(
                    text: text.string(d.start, d.end), start: baseOffset + d.start, end: baseOffset + d.end,
                    value: value, upper: upper, denominator: denominator, kind: d.kind, unit: d.unit,
                    approximate: d.approximate, bound: d.bound, resolution: resolution
                )
            )
            lastEnd = d.end
        } catch {
            reject(d.start, d.end, error.reason)
        }
    }

    mutating func reject(_ start: Int, _ end: Int, _ reason: String) {
        guard end > start, start >= lastEnd else { return }
        rejected.append(
            RejectedNumber(text: text.string(start, end), start: baseOffset + start, end: baseOffset + end, reason: reason)
        )
        lastEnd = end
    }

    /// Emits a non-comparable figure (identifier, marker, ordinal, time) over a span.
    mutating func emitPlain(_ start: Int, _ end: Int, value: ExactValue, kind: FigureKind, unit: String? = nil) {
        var d = FigureDraft(start: start, end: end, value: value, kind: kind)
        d.unit = unit
        emit(d)
    }

    /// The result of the extraction, in order of start.
    func result() -> FigureExtraction {
        var f = figures
        var r = rejected
        if !zip(f, f.dropFirst()).allSatisfy({ $0.start <= $1.start }) { f.sort { $0.start < $1.start } }
        if !zip(r, r.dropFirst()).allSatisfy({ $0.start <= $1.start }) { r.sort { $0.start < $1.start } }
        return FigureExtraction(figures: f, rejected: r)
    }
}
