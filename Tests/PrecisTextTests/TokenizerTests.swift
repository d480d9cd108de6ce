import Foundation
import Testing
@testable import PrecisText
import PrecisTestSupport

@Suite struct TokenizerTests {
    @Test func japaneseBigramsWithStopwords() throws {
        let tokenizer = Tokenizer(language: .ja, stopwords: ["した"])
        // Bigrams run over the whole CJK run, kana included; stopword bigrams are dropped.
        #expect(tokenizer.terms(in: "国防費を増額した") == ["国防", "防費", "費を", "を増", "増額", "額し"])
        // Alphanumeric runs stay whole and lower-cased; a lone kanji is a unigram, a lone kana is dropped.
        #expect(tokenizer.terms(in: "GDP比2.3%の国") == ["gdp", "比", "2.3", "の国"])
        #expect(tokenizer.terms(in: "GDP比2.3%、の") == ["gdp", "比", "2.3"])
    }

    /// Folding span by span (what `terms` does) gives exactly the bytes of folding the whole text.
    @Test func foldingBySpansIsFoldingTheWholeText() throws {
        var texts = [
            "Ｔｈｅ ＧＤＰ rose ２．３％ – “quoted” text", "ΟΔΟΣ ΣΟΦΟΣ and Straße ﬁne ĲSSEL", "e\u{301}te\u{301} cafe\u{301} x \u{301}y",
            "ｶﾞｲﾄﾞ ｶ\u{FF9E}ﾞ ガイド", "\u{00A8} \u{00A8}a ① ② Ⅻ ㍻ ㈱", "İstanbul ǅemal Ǆ", "tab\tnew\nline\r\nend ＡＢ",
            "   leading and trailing   ", "", "plain ascii only", "ＡＢＣ", "\u{3000}全角\u{3000}空白 ｽﾍﾟｰｽ",
        ]
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.path + "/Evaluation/fixtures")
        for name in fixtures.sorted() where name.hasSuffix(".json") {
            let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("Evaluation/fixtures/\(name)"))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for part in try #require(object["documents"] as? [[String: Any]]) { texts.append(try #require(part["text"] as? String)) }
        }
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array("aZ ’“–ﬁΣς\u{301}ｶﾞＡ１国\t\n.,")
        for _ in 0..<300 {
            texts.append(String((0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for text in texts {
            #expect(Tokenizer.foldBySpans(Array(text.utf8)) == Array(Tokenizer.fold(text).utf8), "\(text.prefix(60))")
        }
    }

    @Test func fullWidthIsFolded() {
        let tokenizer = Tokenizer(language: .ja, stopwords: [])
        #expect(tokenizer.terms(in: "ＧＤＰ比２．３％") == tokenizer.terms(in: "GDP比2.3%"))
        #expect(tokenizer.terms(in: "ｶﾀｶﾅ") == tokenizer.terms(in: "カタカナ"))
    }

    @Test func englishStemsAndDropsStopwords() throws {
        let tokenizer = try Tokenizer.bundled(for: .en)
        #expect(tokenizer.terms(in: "The troops were running across 28,500 bridges") == ["troop", "run", "across", "28,500", "bridg"])
        #expect(tokenizer.version == "precis-en-1")
    }

    @Test func bundledListsLoad() throws {
        #expect(try Stopwords.bundled(for: .en).contains("the"))
        #expect(try Stopwords.bundled(for: .ja).contains("した"))
    }
}
