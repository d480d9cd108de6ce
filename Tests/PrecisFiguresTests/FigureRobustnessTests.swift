import Foundation
import PrecisFigures
import Testing
import PrecisTestSupport

/// Absurd inputs, exactness, offsets, serialisation and a fuzz test over random strings.
@Suite struct FigureRobustnessTests {
    @Test("A 500-digit number is rejected with a reason, not rounded")
    func hugeNumber() {
        let digits = String((0..<500).map { i in Character(String((i * 7 + 3) % 9 + 1)) })
        let r = FigureTestSupport.extract("値は\(digits)円")
        #expect(r.figures.isEmpty)
        #expect(r.rejected.count == 1)
        #expect(r.rejected.first?.text == digits)
        #expect(r.rejected.first?.reason.contains("Decimal") == true)
    }

    @Test("1 followed by 45 zeros fits Decimal exactly (as an exponent)")
    func manyZeros() throws {
        let text = "1" + String(repeating: "0", count: 45)
        let f = try #require(FigureTestSupport.extract(text).figures.first)
        #expect(f.value == Decimal(sign: .plus, exponent: 45, significand: 1))
    }

    @Test("九千九百九十九兆九千九百九十九億 is exact")
    func largestKanji() throws {
        let f = try #require(FigureTestSupport.extract("九千九百九十九兆九千九百九十九億").figures.first)
        #expect(f.value == FigureTestSupport.dec("9999999900000000"))
        #expect(f.kind == .count)
    }

    @Test("38 significant digits are exact; 40 are rejected")
    func decimalCapacity() throws {
        let exact = "12345678901234567890123456789012345678"
        let f = try #require(FigureTestSupport.extract(exact).figures.first)
        #expect(f.value == FigureTestSupport.dec(exact))
        #expect(f.value.description == exact)
        let tooMany = "1234567890123456789012345678901234567891"
        let r = FigureTestSupport.extract(tooMany)
        #expect(r.figures.isEmpty && r.rejected.count == 1)
    }

    @Test("Exponent notation: exact when representable, rejected otherwise", arguments: [
        ("1e5", "100000"), ("1.5×10^8", "150000000"), ("10^3", "1000"),
    ])
    func exponents(_ input: String, _ value: String) throws {
        let f = try #require(FigureTestSupport.extract(input).figures.first)
        #expect(f.text == input)
        #expect(f.value == FigureTestSupport.dec(value))
    }

    @Test("1e999 and 10^999 are rejected", arguments: ["1e999", "10^999", "2.5e-300"])
    func hugeExponents(_ input: String) {
        let r = FigureTestSupport.extract(input)
        #expect(r.figures.isEmpty)
        #expect(r.rejected.map(\.text) == [input])
    }

    @Test("Decimal values are exact (no binary floating point)")
    func exactDecimals() throws {
        let f = try #require(FigureTestSupport.extract("0.1%と0.2%").figures.first)
        #expect(f.value == FigureTestSupport.dec("0.1"))
        let g = try #require(FigureTestSupport.extract("8.2765元").figures.first)
        #expect(g.value.description == "8.2765")
        #expect(g.resolution == FigureTestSupport.dec("0.00005"))
    }

    @Test("baseOffset shifts every span")
    func baseOffset() {
        let text = "約61兆ウォンと2.3%"
        let plain = FigureExtractor().extract(from: text)
        let shifted = FigureTestSupport.extract(text, baseOffset: 1000)
        #expect(plain.figures.count == 2)
        #expect(shifted.figures.map(\.start) == plain.figures.map { $0.start + 1000 })
        #expect(shifted.figures.map(\.end) == plain.figures.map { $0.end + 1000 })
        #expect(plain.figures.first?.start == 3)  // 約 is 3 bytes and outside the span
    }

    @Test("Negative values")
    func negatives() {
        #expect(FigureTestSupport.comparable("成長率は−0.5%").first?.value == FigureTestSupport.dec("-0.5"))
        #expect(FigureTestSupport.comparable("前年比▲2.1%").first?.value == FigureTestSupport.dec("-2.1"))
        #expect(FigureTestSupport.comparable("マイナス5度").first?.text == "マイナス5度")
    }

    @Test("Extraction is Codable and round-trips")
    func codable() throws {
        let r = FigureTestSupport.extract("約61兆ウォン、2〜3%、第5世代、1e999")
        let data = try JSONEncoder().encode(r)
        let back = try JSONDecoder().decode(FigureExtraction.self, from: data)
        #expect(back == r)
    }

    @Test("Empty, whitespace and digit-free texts")
    func trivial() {
        for text in ["", " ", "\n\n", "韓国は朝鮮戦争すら終わっていない", "no numbers here at all", "👍🏽🇯🇵"] {
            let r = FigureTestSupport.extract(text)
            #expect(r.figures.isEmpty && r.rejected.isEmpty, "\(text)")
        }
    }

    @Test("Concurrent use from many tasks gives identical results")
    func concurrent() async {
        let extractor = FigureExtractor()
        let text = "2万8500人、約61兆ウォン、US$7.4 billion、1950-53年"
        let expected = extractor.extract(from: text)
        let results = await withTaskGroup(of: FigureExtraction.self) { group in
            for _ in 0..<16 { group.addTask { extractor.extract(from: text) } }
            var all: [FigureExtraction] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.allSatisfy { $0 == expected })
    }


    static let fuzzPieces: [String] = [
        "0", "1", "2", "5", "9", "00", "12", "1950", "２", "９", "〇", "一", "二", "三", "五", "九", "十", "百", "千", "万", "億",
        "兆", "数", "余", "第", "約", "以上", "超", "未満", "前後", ",", "，", "、", ".", "．", "'", "’", "-", "–", "〜", "～", "~",
        "/", "／", ":", "：", "・", "(", ")", "（", "）", "%", "％", "円", "ドル", "ウォン", "人", "年", "月", "日", "時", "分",
        "割", "カ月", "ポイント", "km", "m", "t", "$", "US$", "£", "€", "¥", "e", "E", "^", "×", "x", " ", "\n", ">>", "＞＞",
        "http://", "www.", "@", "a", "F", "G", "the", "about", "more than", "million", "billion", "bn", "per cent",
        "percent", "to", "and", "between", "two", "hundred", "a dozen", "half of", "May", "January", "p.m.", "st", "th",
        "s", "令和", "元", "午後", "−", "▲", "+", "±", "UTC", "🇯🇵", "\u{301}", "から", "に",
    ]

    @Test("Fuzz: random mixes of digits, numerals and punctuation never break spans")
    func fuzz() {
        var rng = SeededGenerator(seed: 0x5EED_F16)
        let extractor = FigureExtractor()
        for _ in 0..<3000 {
            let n = Int.random(in: 1...40, using: &rng)
            var s = ""
            for _ in 0..<n { s += Self.fuzzPieces.randomElement(using: &rng)! }
            let base = Int.random(in: 0...10, using: &rng)
            let r = extractor.extract(from: s, baseOffset: base)
            FigureTestSupport.checkSpans(r, in: s, baseOffset: base)
            for f in r.figures {
                #expect(f.resolution > 0, "\(s): \(f)")
                if let u = f.upper { #expect(u > f.value, "\(s): \(f)") }
            }
        }
    }

    @Test("Fuzz: long random digit runs with separators")
    func fuzzDigits() {
        var rng = SeededGenerator(seed: 42)
        let extractor = FigureExtractor()
        let alphabet = Array("0123456789,.'、 万億兆e^")
        for _ in 0..<500 {
            let n = Int.random(in: 1...200, using: &rng)
            let s = String((0..<n).map { _ in alphabet.randomElement(using: &rng)! })
            FigureTestSupport.checkSpans(extractor.extract(from: s), in: s)
        }
    }
}
