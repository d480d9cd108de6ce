import Testing
import PrecisText

@Suite struct TokenizerTests {
    @Test func japaneseBigramsWithStopwords() throws {
        let tokenizer = Tokenizer(language: .ja, stopwords: ["した"])
        // Bigrams run over the whole CJK run, kana included; stopword bigrams are dropped.
        #expect(tokenizer.terms(in: "国防費を増額した") == ["国防", "防費", "費を", "を増", "増額", "額し"])
        // Alphanumeric runs stay whole and lower-cased; a lone kanji is a unigram, a lone kana is dropped.
        #expect(tokenizer.terms(in: "GDP比2.3%の国") == ["gdp", "比", "2.3", "の国"])
        #expect(tokenizer.terms(in: "GDP比2.3%、の") == ["gdp", "比", "2.3"])
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
