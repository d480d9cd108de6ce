import Foundation
import PrecisFigures
import PrecisTestSupport
import Testing

/// Random exact values rendered the ways news writes them, parsed back exactly: 100,000 cases,
/// each from its own seed so a failure names the seed that reproduces it.
@Suite struct FigureRoundTripTests {
    /// One rendered figure: the sentence, the expected value (exact decimal string), kind, unit.
    struct Rendered {
        var sentence: String
        var value: String
        var kind: FigureKind
        var unit: String?
    }

    static let kanjiDigits = Array("〇一二三四五六七八九")
    static let fullWidth = Array("０１２３４５６７８９")
    static let smallWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                             "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    static let tensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// 1…9999 in kanji: 四千零四 (with 零 for inner zeros when `zeros`), 二十, 百五.
    static func kanjiGroup(_ n: Int, zeros: Bool) -> String {
        var out = ""
        var pendingZero = false
        for (k, mark) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (n / k) % 10
            if d == 0 {
                if !out.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero && zeros { out += "零" }
            pendingZero = false
            if d != 1 || k == 1 { out.append(kanjiDigits[d]) }
            out += mark
        }
        return out
    }

    /// A positive integer below 10^16 with 兆/億/万: digits per group ("2万8500") or kanji.
    static func japaneseInteger(_ n: UInt64, kanji: Bool, zeros: Bool) -> String {
        if n == 0 { return kanji ? "零" : "0" }
        var out = ""
        for (scale, mark) in [(UInt64(1_000_000_000_000), "兆"), (100_000_000, "億"), (10_000, "万"), (1, "")] {
            let g = Int((n / scale) % 10_000)
            if g == 0 { continue }
            out += (kanji ? kanjiGroup(g, zeros: zeros) : String(g)) + mark
        }
        return out
    }

    /// 1…999 in words: "three hundred and six".
    static func englishGroup(_ n: Int) -> String {
        var parts: [String] = []
        if n >= 100 { parts.append("\(smallWords[n / 100]) hundred") }
        let r = n % 100
        if r > 0 {
            let words = r < 20 ? smallWords[r] : tensWords[r / 10] + (r % 10 > 0 ? "-\(smallWords[r % 10])" : "")
            parts.append(n >= 100 ? "and \(words)" : words)
        }
        return parts.joined(separator: " ")
    }

    /// A positive integer below 10^12 in words: "one million two hundred thousand and six".
    static func englishWords(_ n: UInt64) -> String {
        var parts: [String] = []
        for (scale, name) in [(UInt64(1_000_000_000), "billion"), (1_000_000, "million"), (1_000, "thousand"), (1, "")] {
            let g = Int((n / scale) % 1000)
            if g == 0 { continue }
            parts.append(englishGroup(g) + (name.isEmpty ? "" : " \(name)"))
        }
        return parts.joined(separator: " ")
    }

    static func grouped(_ n: UInt64) -> String {
        let s = String(n)
        var out = ""
        for (k, c) in s.enumerated() {
            if k > 0 && (s.count - k) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }

    /// A decimal string "i.f" with `f` fraction digits (no trailing zero), for value strings.
    static func decimalString(_ units: UInt64, fractionDigits: Int) -> String {
        guard fractionDigits > 0 else { return String(units) }
        var s = String(units)
        while s.count <= fractionDigits { s = "0" + s }
        let cut = s.index(s.endIndex, offsetBy: -fractionDigits)
        var frac = String(s[cut...])
        while frac.hasSuffix("0") { frac.removeLast() }
        return frac.isEmpty ? String(s[..<cut]) : "\(s[..<cut]).\(frac)"
    }

    static func render(seed: UInt64) -> Rendered {
        var g = SeededGenerator(seed: seed)
        let form = Int.random(in: 0..<12, using: &g)
        switch form {
        case 0, 1:  // Japanese kanji with 万/億/兆 (and 零 inside), people
            let n = UInt64.random(in: 1..<10_000_000_000_000_000, using: &g)
            let text = japaneseInteger(n, kanji: true, zeros: form == 1)
            return Rendered(sentence: "調査では\(text)人が確認された。", value: String(n), kind: .count, unit: "人")
        case 2:  // Japanese mixed digits and multipliers: 2万8500円
            let n = UInt64.random(in: 1..<10_000_000_000_000_000, using: &g)
            return Rendered(sentence: "総額は\(japaneseInteger(n, kanji: false, zeros: false))円に上った。", value: String(n), kind: .money, unit: "JPY")
        case 3:  // full-width digits with full-width comma grouping
            let n = UInt64.random(in: 1..<10_000_000_000, using: &g)
            let text = String(grouped(n).map { $0 == "," ? "，" : fullWidth[Int(String($0))!] })
            return Rendered(sentence: "来場者は\(text)人だった。", value: String(n), kind: .count, unit: "人")
        case 4:  // Japanese decimal + multiplier: 3.5億ドル
            let units = UInt64.random(in: 1..<100_000, using: &g)
            let f = Int.random(in: 1...2, using: &g)
            let (mark, exponent) = [("万", 4), ("億", 8), ("兆", 12)][Int.random(in: 0..<3, using: &g)]
            let written = decimalString(units, fractionDigits: f)
            let value = (Decimal(string: written)! * pow(Decimal(10), exponent)).description
            return Rendered(sentence: "投資額は\(written)\(mark)ドルとなった。", value: value, kind: .money, unit: "USD")
        case 5:  // Japanese percent with sign: 前年比-3.5%, ▲2.1%, マイナス0.4%
            let units = UInt64.random(in: 1..<10_000, using: &g)
            let f = Int.random(in: 0...2, using: &g)
            let written = decimalString(units, fractionDigits: f)
            let sign = ["-", "－", "▲", "マイナス", "−", ""][Int.random(in: 0..<6, using: &g)]
            return Rendered(sentence: "前年比\(sign)\(written)%となった。", value: (sign.isEmpty ? "" : "-") + written, kind: .percent, unit: "%")
        case 6:  // English grouped decimals: 1,234.5 tonnes
            let units = UInt64.random(in: 1..<100_000_000_000, using: &g)
            let f = Int.random(in: 0...2, using: &g)
            let whole = grouped(units / UInt64(pow(10, Double(f))))
            let fracPart = f == 0 ? "" : "." + String(String(units).suffix(f)).padding(toLength: f, withPad: "0", startingAt: 0)
            let value = Decimal(string: whole.replacingOccurrences(of: ",", with: "") + fracPart)!
            return Rendered(sentence: "The plant produced \(whole)\(fracPart) tonnes last year.", value: value.description, kind: .quantity, unit: "t")
        case 7:  // English scale words: 3.5 billion euros
            let units = UInt64.random(in: 1..<10_000, using: &g)
            let f = Int.random(in: 0...2, using: &g)
            let (word, exponent) = [("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12)][Int.random(in: 0..<4, using: &g)]
            let written = decimalString(units, fractionDigits: f)
            let value = (Decimal(string: written)! * pow(Decimal(10), exponent)).description
            return Rendered(sentence: "The fund raised \(written) \(word) euros for the project.", value: value, kind: .money, unit: "EUR")
        case 8:  // English currency sign and suffix: $1.2m, £90bn, €3.5bn
            let units = UInt64.random(in: 1..<10_000, using: &g)
            let f = Int.random(in: 0...1, using: &g)
            let (sign, code) = [("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("US$", "USD"), ("A$", "AUD")][Int.random(in: 0..<5, using: &g)]
            let (suffix, exponent) = [("m", 6), ("bn", 9), ("M", 6), ("B", 9), (" million", 6), ("k", 3)][Int.random(in: 0..<6, using: &g)]
            let written = decimalString(units, fractionDigits: f)
            let value = (Decimal(string: written)! * pow(Decimal(10), exponent)).description
            return Rendered(sentence: "It cost \(sign)\(written)\(suffix) to build.", value: value, kind: .money, unit: code)
        case 9:  // English number words with a noun
            let n = UInt64.random(in: 2..<1_000_000_000_000, using: &g)
            return Rendered(sentence: "Officials counted \(englishWords(n)) people in the area.", value: String(n), kind: .count, unit: "people")
        case 10:  // ISO code before the amount
            let n = UInt64.random(in: 1..<10_000_000_000, using: &g)
            let code = ["USD", "EUR", "GBP", "JPY", "KRW", "CNY", "INR", "CHF"][Int.random(in: 0..<8, using: &g)]
            return Rendered(sentence: "The bill came to \(code) \(grouped(n)) in total.", value: String(n), kind: .money, unit: code)
        default:  // English negative percentages
            let units = UInt64.random(in: 1..<10_000, using: &g)
            let f = Int.random(in: 0...2, using: &g)
            let written = decimalString(units, fractionDigits: f)
            let (prefix, suffix) = [("-", "%"), ("minus ", " percent"), ("negative ", "%"), ("−", "%")][Int.random(in: 0..<4, using: &g)]
            return Rendered(sentence: "Growth was \(prefix)\(written)\(suffix) in the quarter.", value: "-" + written, kind: .percent, unit: "%")
        }
    }

    @Test("100,000 rendered values parse back exactly")
    func roundTrip() {
        var failures: [String] = []
        let base: UInt64 = 0x5EED_F16E
        for i in 0..<UInt64(100_000) {
            let seed = base &+ i
            let r = Self.render(seed: seed)
            let figures = FigureExtractor().extract(from: r.sentence).figures.filter(\.isComparable)
            let expected = Decimal(string: r.value, locale: Locale(identifier: "en_US_POSIX"))!
            guard figures.count == 1, let f = figures.first, f.value == expected, f.kind == r.kind, f.unit == r.unit else {
                failures.append("seed \(seed): \(r.sentence) expected \(r.value) \(r.kind) \(r.unit ?? "-"), got \(figures.map { "\($0.text)=\($0.value) \($0.kind) \($0.unit ?? "-")" })")
                if failures.count >= 10 { break }
                continue
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
