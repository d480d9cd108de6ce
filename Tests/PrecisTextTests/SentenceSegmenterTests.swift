import Foundation
import Testing
@testable import PrecisText
import PrecisTestSupport

/// Checks the segmentation invariants: ranges slice the input exactly, sentences are in order
/// and do not overlap, and only white space lies between them.
func assertLossless(_ text: String, _ sentences: [Sentence], sourceLocation: SourceLocation = #_sourceLocation) {
    let bytes = Array(text.utf8)
    var previousEnd = 0
    for (k, s) in sentences.enumerated() {
        #expect(s.index == k, sourceLocation: sourceLocation)
        #expect(s.start >= previousEnd && s.end > s.start && s.end <= bytes.count, "bad range \(s.start)..<\(s.end)", sourceLocation: sourceLocation)
        guard s.start >= previousEnd, s.end <= bytes.count, s.start < s.end else { return }
        #expect(Array(bytes[s.start..<s.end]) == Array(s.text.utf8), "text differs from its byte range", sourceLocation: sourceLocation)
        let gap = String(decoding: bytes[previousEnd..<s.start], as: UTF8.self)
        #expect(gap.unicodeScalars.allSatisfy { ScalarClass.isWhitespace($0.value) }, "non-space gap \(gap.debugDescription)", sourceLocation: sourceLocation)
        previousEnd = s.end
    }
    let tail = String(decoding: bytes[previousEnd...], as: UTF8.self)
    #expect(tail.unicodeScalars.allSatisfy { ScalarClass.isWhitespace($0.value) }, "lost tail \(tail.debugDescription)", sourceLocation: sourceLocation)
}

private func split(_ text: String) -> [String] {
    let sentences = SentenceSegmenter().sentences(in: text)
    assertLossless(text, sentences)
    return sentences.map(\.text)
}

@Suite struct SentenceSegmenterTests {
    @Test func japaneseTerminals() {
        #expect(split("今日は晴れ。明日は雨！本当？はい。") == ["今日は晴れ。", "明日は雨！", "本当？", "はい。"])
    }

    @Test func noSplitInsideJapaneseQuotes() {
        let text = "彼は「今日は晴れた。明日も晴れる。」と述べた。次の文。"
        #expect(split(text) == ["彼は「今日は晴れた。明日も晴れる。」と述べた。", "次の文。"])
        #expect(split("『本だ。』と（注。）書いた。終わり。") == ["『本だ。』と（注。）書いた。", "終わり。"])
    }

    @Test func closingQuoteStaysWithSentence() {
        #expect(split("He said \"We will win.\" Then he left.") == ["He said \"We will win.\"", "Then he left."])
    }

    @Test func englishAbbreviationsAndDecimals() {
        let text = "Mr. Smith paid $100.00 for 2.3% of Acme Co. in the U.S. on Monday. The deal closed at 5 p.m. yesterday. E.g. this one stays."
        #expect(split(text) == [
            "Mr. Smith paid $100.00 for 2.3% of Acme Co. in the U.S. on Monday.",
            "The deal closed at 5 p.m. yesterday.",
            "E.g. this one stays.",
        ])
        #expect(split("He moved to the U.S. The move was long.") == ["He moved to the U.S.", "The move was long."])
        #expect(split("J. R. Smith spoke, e.g. about taxes. Dr. Who agreed.") == ["J. R. Smith spoke, e.g. about taxes.", "Dr. Who agreed."])
    }

    @Test func urlsAndEmails() {
        let text = "See https://example.com/a.b?c=1. Mail info@example.co.jp now. Done."
        #expect(split(text) == ["See https://example.com/a.b?c=1.", "Mail info@example.co.jp now.", "Done."])
        // A URL glued to the next Japanese text is its own (noise) segment.
        let glued = "前の文だ。\nhttps://www.example.com/2025/07/26/2025072680029.html韓国は支払っている。"
        let sentences = SentenceSegmenter().sentences(in: glued)
        assertLossless(glued, sentences)
        #expect(sentences.map(\.text) == ["前の文だ。", "https://www.example.com/2025/07/26/2025072680029.html", "韓国は支払っている。"])
        #expect(sentences.map(\.isNoise) == [false, true, false])
    }

    @Test func ellipses() {
        #expect(split("Wait... what happened? Nothing... Then it rained.") == ["Wait... what happened?", "Nothing...", "Then it rained."])
        #expect(split("それは…難しい。") == ["それは…難しい。"])
    }

    @Test func listsOnOneLine() {
        for text in ["1. Buy milk 2. Call home", "1.) Buy milk 2.) Call home", "1) Buy milk 2) Call home", "• 1. Buy milk • 2. Call home"] {
            #expect(split(text).count == 2, "\(text): \(split(text))")
        }
        #expect(split("1. Buy milk. 2. Call home.") == ["1. Buy milk.", "2. Call home."])
        #expect(split("a. Buy milk b. Call home c. Pay rent") == ["a. Buy milk", "b. Call home", "c. Pay rent"])
        // Not lists: a number that is not the next item, a version.
        #expect(split("Step 1. Mix the flour and 3) eggs.") == ["Step 1.", "Mix the flour and 3) eggs."])
        #expect(split("Version 2.0 ships with 3 fixes.") == ["Version 2.0 ships with 3 fixes."])
    }

    @Test func ellipsisRules() {
        // A bare ellipsis before "I" reads on; a stop plus an ellipsis ends the sentence.
        #expect(split("We waited . . . I never saw him. . . . Then it rained.") == ["We waited . . . I never saw him. . . .", "Then it rained."])
        #expect(split("I never meant that.... She left.") == ["I never meant that....", "She left."])
        #expect(split("It was cold… I stayed. It was late… Everyone left.") == ["It was cold… I stayed.", "It was late…", "Everyone left."])
    }

    @Test func multiSentenceEnglishQuotationsSplit() {
        #expect(split(#"He said: "We lost the vote. Nobody helped us." Then he left."#)
                == [#"He said: "We lost the vote."#, #"Nobody helped us.""#, "Then he left."])
        // Japanese text in double quotes stays whole.
        #expect(split("彼は“今日は晴れた。明日も晴れる。”と述べた。") == ["彼は“今日は晴れた。明日も晴れる。”と述べた。"])
    }

    @Test func emoticonsAndSeparatorsBelongToTheirPlace() {
        #expect(split("That was great! :P you should go. Bye.") == ["That was great! :P", "you should go.", "Bye."])
        #expect(split("Thanks for reading. ======== The notice follows.") == ["Thanks for reading.", "========", "The notice follows."])
    }

    @Test func japaneseSentencesWithoutAFullStop() {
        #expect(split("感じのいいところでした駅から遠いのが難点です☆また行きたい。") == ["感じのいいところでした", "駅から遠いのが難点です☆", "また行きたい。"])
        #expect(split("ますます増えた。ロビー?2008年に開業した。") == ["ますます増えた。", "ロビー?", "2008年に開業した。"])
        #expect(split("「よく来た。」次の文だ。「遅い。」と言った。") == ["「よく来た。」", "次の文だ。", "「遅い。」と言った。"])
        #expect(split("待った……。次だ。") == ["待った……。", "次だ。"])
    }

    @Test func japaneseHeadingsJoinedByASpace() {
        // A headline, a caption or a sub-heading joined to the body by one space ends there.
        #expect(split("大雨で川が氾濫 気象庁によると、川の水位が上がった。") == ["大雨で川が氾濫", "気象庁によると、川の水位が上がった。"])
        #expect(split("【図表】輸出の推移　その背景には円安がある。") == ["【図表】輸出の推移", "その背景には円安がある。"])
        #expect(split("（2）地方の取組 総務省は支援を始めた。") == ["（2）地方の取組", "総務省は支援を始めた。"])
        // Spaces inside a sentence stay: list markers, names, companies, katakana names,
        // particles, inline references, brackets, and a headline with no body after it.
        for text in ["（1）　人口の減少について述べる。", "議長に西田 幸博氏が任命された。", "日本電気 株式会社が発表した。",
                     "ディスコ キャリタスリサーチの調査だ。", "詳細は 第2章 を参照のこと。", "推移は 図表1-2-3 のとおりである。",
                     "教育サービス （EBS）に配分された。", "欧州が反撃 報復関税を検討"] {
            #expect(split(text) == [text])
        }
        #expect(SentenceSegmenter(splitsJapaneseAtSpaces: false).sentences(in: "大雨で川が氾濫 川が溢れた。").count == 1)
    }

    @Test func stopsGluedToTheNextWord() {
        #expect(split("It opened in 2019.The plan failed. Really?yes.") == ["It opened in 2019.", "The plan failed.", "Really?", "yes."])
        #expect(split("See www.example.com or Newsfeed.Com and index.php?id=3 or Jane.Doe@example.com now.")
                == ["See www.example.com or Newsfeed.Com and index.php?id=3 or Jane.Doe@example.com now."])
    }

    @Test func abbreviationListDecidesPeriods() throws {
        let bundled = try Abbreviations.bundled()
        #expect(bundled.never.isSuperset(of: bundled.titles))
        #expect(split("At 9 p.m. Dr. Ito arrived. He left at 6 p.m. The hall closed.") == ["At 9 p.m. Dr. Ito arrived.", "He left at 6 p.m.", "The hall closed."])
        // Without the list only the character rules decide: "Dr." ends a sentence before a capital.
        let bare = SentenceSegmenter(abbreviations: Abbreviations.none).sentences(in: "Dr. Ito arrived.").map(\.text)
        #expect(bare == ["Dr.", "Ito arrived."])
    }

    @Test func malformedAbbreviationFilesNameTheLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-abbreviations-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("# comment\ntitle\tdr\nrank\tgen\n".utf8).write(to: url)
        #expect(throws: ModelLoadError.malformed(path: url.path, line: 3, reason: "unknown category 'rank'")) { try Abbreviations.load(contentsOf: url) }
        try Data("title dr\n".utf8).write(to: url)
        #expect(throws: ModelLoadError.malformed(path: url.path, line: 1, reason: "expected category<TAB>word")) { try Abbreviations.load(contentsOf: url) }
        try Data("opener\tThe\nweak\tInc\n".utf8).write(to: url)
        let list = try Abbreviations.load(contentsOf: url)
        #expect(list.sentenceOpeners == ["The"] && list.weak == ["inc"])
    }

    @Test func linesWithoutFinalPunctuation() {
        let text = "見出しの行\n\n本文の最初の文。二番目の文。\n・箇条書き一\n・箇条書き二\nキャプション"
        #expect(split(text) == ["見出しの行", "本文の最初の文。", "二番目の文。", "・箇条書き一", "・箇条書き二", "キャプション"])
    }

    @Test func wrappedLinesContinue() {
        #expect(split("The minister said the plan\nwould cut costs. Next one.") == ["The minister said the plan\nwould cut costs.", "Next one."])
        #expect(split("政府は、\n新たな方針を決めた。") == ["政府は、\n新たな方針を決めた。"])
        // A line break before a comma leaves no fragment.
        #expect(split("The minister said the plan\n, which was costly, would be cut.") == ["The minister said the plan\n, which was costly, would be cut."])
        #expect(split("It ended.\n, and then") == ["It ended.", ", and then"])
        // A blank line always ends a sentence.
        #expect(split("Headline here\n\nthe body starts lower-case.") == ["Headline here", "the body starts lower-case."])
    }

    @Test func forumNoise() {
        let text = "名無し2025/07/27(Sun) 10:58:14(1/1)\n>>5\n韓国は予算を削ってるよね?>>4 그건 너의 생각일뿐이다.\n- 5"
        let sentences = SentenceSegmenter().sentences(in: text)
        assertLossless(text, sentences)
        #expect(sentences.map(\.text) == ["名無し2025/07/27(Sun) 10:58:14(1/1)", ">>5", "韓国は予算を削ってるよね?", ">>4", "그건 너의 생각일뿐이다.", "- 5"])
        #expect(sentences.map(\.isNoise) == [true, true, false, true, false, true])
    }

    @Test func overlongSentencesAreCut() {
        let text = String(repeating: "長い文章、", count: 400) + "終わり。"
        let sentences = SentenceSegmenter(maximumSentenceLength: 300).sentences(in: text)
        assertLossless(text, sentences)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.text.unicodeScalars.count <= 300 })
    }

    @Test func fullWidthAndDecimalPeriod() {
        #expect(split("ＧＤＰ比２．３％だ。次。") == ["ＧＤＰ比２．３％だ。", "次。"])
    }

    @Test func oldMacLineBreaksAndNEL() {
        #expect(split("Headline\rBody text here.") == ["Headline", "Body text here."])
        #expect(split("一行目\u{85}二行目") == ["一行目", "二行目"])
    }

    /// Long runs of terminal marks that do not end a sentence are passed over in linear time
    /// (this input took minutes when every position rescanned the run).
    @Test func longPunctuationRunsStayLinear() {
        for mark in ["!", "?", ".", "…", ". ", "=", "☆", "a.", "1. ", " •", "x.Y", "?a"] {
            let text = "Hello world " + String(repeating: mark, count: 100_000) + "x more."
            let sentences = SentenceSegmenter().sentences(in: text)
            assertLossless(text, sentences)
            #expect(!sentences.isEmpty)
        }
    }

    @Test func emptyAndWhitespace() {
        #expect(SentenceSegmenter().sentences(in: "").isEmpty)
        #expect(SentenceSegmenter().sentences(in: " \n\u{3000}\n").isEmpty)
    }

    /// Random mixtures of fragments that stress every rule; invariants must hold for all.
    @Test func losslessOnRandomInput() {
        let fragments = ["。", "！", "?", ".", "...", "…", "「", "」", "(", ")", "\"", " ", "\n", "\n\n", "\r\n", "\u{3000}",
                         "Mr.", "U.S.", "2.3%", "$100.00", ">>5", "https://a.b/c", "www.x.jp", "e.g.", "韓国", "です", "the",
                         "Word", "😀", "👍🏽", "e\u{301}", "\t", "、", ",", "１２３", "ｶﾀｶﾅ", "a@b.com", "『", "』",
                         "1.", "2)", "a.", "b.", "•", "====", ":)", "ました", "☆", "♪", ". . .", "I", "p.m.", "v.", "。」", "Dr.", "?x"]
        var generator = SeededGenerator(seed: 20261122)
        for round in 0..<2_000 {
            let count = Int.random(in: 0...40, using: &generator)
            let text = (0..<count).map { _ in fragments.randomElement(using: &generator)! }.joined()
            let sentences = SentenceSegmenter(maximumSentenceLength: 16 + round % 50).sentences(in: text)
            assertLossless(text, sentences)
        }
    }
}

