import Foundation
import PrecisFigures
import Testing

/// Japanese numerals, units, counters and currencies.
@Suite struct JapaneseFigureTests {
    static let numerals: [FigureCase] = [
        FigureCase("現在2万8500人規模の在韓米軍", "2万8500人", "28500", .count, "人", resolution: "0.5"),
        FigureCase("予算は3.5億円", "3.5億円", "350000000", .money, "JPY", resolution: "5000000"),
        FigureCase("３．５億円を計上", "３．５億円", "350000000", .money, "JPY"),
        FigureCase("１，２３４人が参加", "１，２３４人", "1234", .count, "人"),
        FigureCase("1,000億円以上", "1,000億円", "100000000000", .money, "JPY", bound: .atLeast),
        FigureCase("約1,100億円に及ぶ", "1,100億円", "110000000000", .money, "JPY", approximate: true),
        FigureCase("1兆2000億円の赤字", "1兆2000億円", "1200000000000", .money, "JPY", resolution: "50000000"),
        FigureCase("3500億ドルを投資", "3500億ドル", "350000000000", .money, "USD"),
        FigureCase("分担金を100億ドルに", "100億ドル", "10000000000", .money, "USD"),
        FigureCase("国防費は約61兆ウォンで", "61兆ウォン", "61000000000000", .money, "KRW", approximate: true,
                   resolution: "500000000000"),
        FigureCase("三千五百億円の予算", "三千五百億円", "350000000000", .money, "JPY"),
        FigureCase("二〇二六年に開催", "二〇二六年", "2026", .year),
        FigureCase("三人が死亡", "三人", "3", .count, "人"),
        FigureCase("三十分かかる", "三十分", "30", .duration, "分"),
        FigureCase("五月十四日に発表", "五月十四日", "514", .date),
        FigureCase("1千万円", "1千万円", "10000000", .money, "JPY"),
        FigureCase("7億257万2,410USD", "7億257万2,410USD", "702572410", .money, "USD"),
        FigureCase("１２万人", "１２万人", "120000", .count, "人"),
        FigureCase("12、500人", "12、500人", "12500", .count, "人"),
    ]

    @Test("Digits, full-width digits, grouping and 万/億/兆", arguments: numerals)
    func numeral(_ c: FigureCase) { c.verify() }

    static let uncertain: [FigureCase] = [
        // 数 is one unknown digit 1–9 with unknown lower digits; the figure is approximate.
        FigureCase("十数人が負傷", "十数人", "11", .count, "人", upper: "19", approximate: true),
        FigureCase("数百人が集まった", "数百人", "100", .count, "人", upper: "999", approximate: true),
        FigureCase("数十万人が避難", "数十万人", "100000", .count, "人", upper: "999999", approximate: true),
        FigureCase("十数万棟が損壊", "十数万棟", "110000", .count, "棟", upper: "199999", approximate: true),
        FigureCase("20余人が参加", "20余人", "20", .count, "人", approximate: true),
    ]

    @Test("数 and 余 inside numerals", arguments: uncertain)
    func uncertainDigits(_ c: FigureCase) { c.verify() }

    static let units: [FigureCase] = [
        FigureCase("GDP比2.6%だった", "2.6%", "2.6", .percent, "%", resolution: "0.05"),
        FigureCase("2.3％水準", "2.3％", "2.3", .percent, "%"),
        FigureCase("支持率は30パーセント", "30パーセント", "30", .percent, "%"),
        FigureCase("9ポイント差", "9ポイント", "9", .percentagePoints, "pt"),
        FigureCase("3％ポイント上昇", "3％ポイント", "3", .percentagePoints, "pt"),
        FigureCase("3割が反対", "3割", "30", .percent, "%", resolution: "5"),
        FigureCase("3割5分", "3割5分", "35", .percent, "%"),
        FigureCase("5豪ドル", "5豪ドル", "5", .money, "AUD"),
        FigureCase("100香港ドル", "100香港ドル", "100", .money, "HKD"),
        FigureCase("50台湾ドル", "50台湾ドル", "50", .money, "TWD"),
        FigureCase("10カナダドル", "10カナダドル", "10", .money, "CAD"),
        FigureCase("55億ユーロで売却", "55億ユーロ", "5500000000", .money, "EUR"),
        FigureCase("1ドル=8.2765元", "8.2765元", "8.2765", .money, "CNY", resolution: "0.00005"),
        FigureCase("100億人民元", "100億人民元", "10000000000", .money, "CNY"),
        FigureCase("200ポンド", "200ポンド", "200", .money, "GBP"),
        FigureCase("300ルーブル", "300ルーブル", "300", .money, "RUB"),
        FigureCase("145機のドローン", "145機", "145", .count, "機"),
        FigureCase("3隻の艦船", "3隻", "3", .count, "隻"),
        FigureCase("5台の車", "5台", "5", .count, "台"),
        FigureCase("123件の流出", "123件", "123", .count, "件"),
        FigureCase("20名の死者", "20名", "20", .count, "名"),
        FigureCase("3社が参加", "3社", "3", .count, "社"),
        FigureCase("2棟が全焼", "2棟", "2", .count, "棟"),
        FigureCase("3回目", "3回目", "3", .ordinal),
        FigureCase("5回開催", "5回", "5", .count, "回"),
        FigureCase("牛10頭", "10頭", "10", .count, "頭"),
        FigureCase("3,800羽が死んだ", "3,800羽", "3800", .count, "羽"),
        FigureCase("17票差", "17票", "17", .count, "票"),
        FigureCase("20戸が浸水", "20戸", "20", .count, "戸"),
        FigureCase("100個", "100個", "100", .count, "個"),
        FigureCase("3本の映画", "3本", "3", .count, "本"),
        FigureCase("12校", "12校", "12", .count, "校"),
        FigureCase("5店", "5店", "5", .count, "店"),
        FigureCase("8軒", "8軒", "8", .count, "軒"),
        FigureCase("3カ国が同意", "3カ国", "3", .count, "カ国"),
        FigureCase("5か国", "5か国", "5", .count, "か国"),
        FigureCase("7ヶ国", "7ヶ国", "7", .count, "ヶ国"),
        FigureCase("38州", "38州", "38", .count, "州"),
        FigureCase("82支店", "82支店", "82", .count, "支店"),
        FigureCase("全長140km", "140km", "140", .quantity, "km"),
        FigureCase("10キロメートル", "10キロメートル", "10", .quantity, "km"),
        FigureCase("5トン", "5トン", "5", .quantity, "t"),
        FigureCase("20kg", "20kg", "20", .quantity, "kg"),
        FigureCase("332ミリ", "332ミリ", "332", .quantity, "mm"),
        FigureCase("250mm", "250mm", "250", .quantity, "mm"),
        FigureCase("30センチ", "30センチ", "30", .quantity, "cm"),
        FigureCase("100ha", "100ha", "100", .quantity, "ha"),
        FigureCase("892hPa", "892hPa", "892", .quantity, "hPa"),
        FigureCase("56m毎秒", "56m毎秒", "56", .quantity, "m/s"),
        FigureCase("35度の猛暑", "35度", "35", .quantity, "度"),
        FigureCase("2度にわたり", "2度", "2", .count, "度"),
        FigureCase("2倍に増加", "2倍", "2", .quantity, "倍"),
        FigureCase("66歳", "66歳", "66", .duration, "歳"),
        FigureCase("10億ペソ", "10億ペソ", "1000000000", .money, "PHP"),
    ]

    @Test("Percent, points, currencies, counters and units", arguments: units)
    func unit(_ c: FigureCase) { c.verify() }

    @Test("Seed sentence: GDP shares and defence spending")
    func seedDefenceSentence() throws {
        let text = "国内総生産(GDP)比2.6%だった国防費を3.8%へ引き上げることを要求したという。現在、韓国の国防費は約61兆ウォンでGDP比2.3%水準だ。"
        let figures = FigureTestSupport.comparable(text)
        #expect(figures.map(\.text) == ["2.6%", "3.8%", "61兆ウォン", "2.3%"])
        let won = try #require(figures.first { $0.unit == "KRW" })
        #expect(won.value == FigureTestSupport.dec("61000000000000"))
        #expect(won.approximate)
        #expect(figures.filter { $0.kind == .percent }.map(\.value) == [2.6, 3.8, 2.3].map { Decimal(string: "\($0)")! })
    }

    @Test("Seed sentence: troops, fifth-generation fighters and the Korean War")
    func seedTroopsSentence() throws {
        let text = "現在2万8500人規模の在韓米軍について、第5世代戦闘機(F-35)の配備など。1950-53年の朝鮮戦争以来"
        let all = FigureTestSupport.extract(text).figures
        let comparable = all.filter(\.isComparable)
        #expect(comparable.map(\.text) == ["2万8500人", "1950-53年"])
        let war = try #require(comparable.last)
        #expect(war.kind == .year && war.value == 1950 && war.upper == 1953)
        #expect(all.contains { $0.text == "第5世代" && $0.kind == .ordinal })
        #expect(all.contains { $0.text == "F-35" && $0.kind == .identifier })
    }

    @Test("Kanji words that are not numbers")
    func kanjiVocabulary() {
        for text in ["一時的に停止", "一方で", "統一された", "九州地方", "十分な量", "千葉県", "一部の地域", "唯一の", "一般に", "万一の場合",
                     "一つの戦区"] {
            #expect(FigureTestSupport.comparable(text).isEmpty, "\(text)")
        }
        // The same characters with a real counter or a clock are numbers.
        #expect(FigureTestSupport.comparable("一時間待った").map(\.text) == ["一時間"])
        #expect(FigureTestSupport.comparable("一人が死亡").map(\.text) == ["一人"])
        #expect(FigureTestSupport.extract("午後一時に").figures.map(\.kind) == [.time])
    }

    @Test("Rate denominators are not figures")
    func rateDenominators() {
        let figures = FigureTestSupport.comparable("国民1人あたり約648万円になる")
        #expect(figures.map(\.text) == ["648万円"])
        #expect(figures.first?.approximate == true)
    }
}

/// English digits, words, multipliers, currencies and counted nouns.
@Suite struct EnglishFigureTests {
    static let cases: [FigureCase] = [
        FigureCase("a total of 1,234.5 tonnes", "1,234.5 tonnes", "1234.5", .quantity, "t", resolution: "0.05"),
        FigureCase("worth 3.5 billion", "3.5 billion", "3500000000", .count, resolution: "50000000"),
        FigureCase("a 350bn deal", "350bn", "350000000000", .count),
        FigureCase("raised $1.2m in", "$1.2m", "1200000", .money, "USD"),
        FigureCase("a £3bn loss", "£3bn", "3000000000", .money, "GBP"),
        FigureCase("€5 million in aid", "€5 million", "5000000", .money, "EUR"),
        FigureCase("for US$7.4 billion", "US$7.4 billion", "7400000000", .money, "USD", resolution: "50000000"),
        FigureCase("for 55 billion euros", "55 billion euros", "55000000000", .money, "EUR"),
        FigureCase("costs 100 yen", "100 yen", "100", .money, "JPY"),
        FigureCase("fined 5,000 won", "5,000 won", "5000", .money, "KRW"),
        FigureCase("GDP was USD 1.337 trillion", "USD 1.337 trillion", "1337000000000", .money, "USD"),
        FigureCase("ISK 13,673 million", "ISK 13,673 million", "13673000000", .money, "ISK"),
        FigureCase("91.1p per litre", "91.1p", "0.911", .money, "GBP"),
        FigureCase("at 50 cents", "50 cents", "0.5", .money, "USD"),
        FigureCase("A$30 million", "A$30 million", "30000000", .money, "AUD"),
        FigureCase("cost $11 billion", "$11 billion", "11000000000", .money, "USD"),
        FigureCase("28,500 troops remain", "28,500 troops", "28500", .count, "troops", resolution: "0.5"),
        FigureCase("28,500 US troops remain", "28,500 US troops", "28500", .count, "troops"),
        FigureCase("grew 2.3 per cent", "2.3 per cent", "2.3", .percent, "%"),
        FigureCase("grew 2.3 percent", "2.3 percent", "2.3", .percent, "%"),
        FigureCase("grew 2.3% in", "2.3%", "2.3", .percent, "%", resolution: "0.05"),
        FigureCase("fell 0.5 percentage points", "0.5 percentage points", "0.5", .percentagePoints, "pt"),
        FigureCase("cut by 25 basis points", "25 basis points", "0.25", .percentagePoints, "pt"),
        FigureCase("two hundred people", "two hundred people", "200", .count, "people", resolution: "50"),
        FigureCase("a dozen eggs", "a dozen eggs", "12", .count, "eggs"),
        FigureCase("half of the voters", "half", "1", .fraction, denominator: "2"),
        FigureCase("half a million people", "half a million people", "500000", .count, "people"),
        FigureCase("fifteen percent lighter", "fifteen percent", "15", .percent, "%"),
        FigureCase("three million people", "three million people", "3000000", .count, "people"),
        FigureCase("twenty-five years", "twenty-five years", "25", .duration, "years"),
        FigureCase("two hundred and fifty thousand dollars", "two hundred and fifty thousand dollars", "250000",
                   .money, "USD"),
        FigureCase("Kaczynski won 53,7%", "53,7%", "53.7", .percent, "%"),
        FigureCase("around 400'000 inhabitants", "400'000 inhabitants", "400000", .count, "inhabitants",
                   approximate: true),
        FigureCase("about 4 000 staff", "4 000 staff", "4000", .count, "staff", approximate: true),
        FigureCase("5 km away", "5 km", "5", .quantity, "km"),
        FigureCase("75 mph winds", "75 mph", "75", .quantity, "mph"),
        FigureCase("(120 km/h)", "120 km/h", "120", .quantity, "km/h"),
        FigureCase("273 acres", "273 acres", "273", .quantity, "acre"),
        FigureCase("three years in prison", "three years", "3", .duration, "years"),
        FigureCase("a 5-year plan", "5-year", "5", .duration, "years"),
        FigureCase("the 56-year-old", "56-year-old", "56", .duration, "years"),
        FigureCase("a 315-seat Senate", "315-seat", "315", .count, "seat"),
        FigureCase("110 light-years away", "110 light-years", "110", .quantity, "ly"),
        FigureCase("33 Earth days", "33 Earth days", "33", .duration, "days"),
        FigureCase("magnitude 5.5 quake", "5.5", "5.5", .quantity, "magnitude"),
        FigureCase("hundreds of people", "hundreds", "100", .count, "people", approximate: true, bound: .atLeast),
        FigureCase("billions of dollars", "billions", "1000000000", .money, "USD", approximate: true, bound: .atLeast),
    ]

    @Test("Digits, words, multipliers, currencies, units and nouns", arguments: cases)
    func english(_ c: FigureCase) { c.verify() }

    @Test("Number words need a unit, noun or scale to count")
    func bareNumberWords() {
        for text in ["no one knows", "one of the men", "the two of them", "twelve"] {
            #expect(FigureTestSupport.comparable(text).isEmpty, "\(text)")
        }
    }

    @Test("Unformatted four-digit numbers before a noun are years")
    func yearsBeforeNouns() {
        #expect(FigureTestSupport.comparable("in 2006 prices").map(\.kind) == [.year])
        #expect(FigureTestSupport.comparable("the 2008 election").map(\.kind) == [.year])
        #expect(FigureTestSupport.comparable("1700 people").map(\.kind) == [.count])
        #expect(FigureTestSupport.comparable("in 2026").first?.value == 2026)
    }
}

/// Ranges: both ends merged into one figure with `upper`.
@Suite struct RangeFigureTests {
    static let cases: [FigureCase] = [
        FigureCase("1950-53年の朝鮮戦争", "1950-53年", "1950", .year, upper: "1953"),
        FigureCase("2〜3%の上昇", "2〜3%", "2", .percent, "%", upper: "3"),
        FigureCase("2～3％の上昇", "2～3％", "2", .percent, "%", upper: "3"),
        FigureCase("10-20人が参加", "10-20人", "10", .count, "人", upper: "20"),
        FigureCase("2万〜3万人が", "2万〜3万人", "20000", .count, "人", upper: "30000"),
        FigureCase("2〜3万人が", "2〜3万人", "20000", .count, "人", upper: "30000"),
        FigureCase("50%から80%の範囲", "50%から80%", "50", .percent, "%", upper: "80"),
        FigureCase("40人から50人", "40人から50人", "40", .count, "人", upper: "50"),
        FigureCase("2008年度から2018年度まで", "2008年度から2018年度", "2008", .year, "年度", upper: "2018"),
        FigureCase("the 1950–53 war", "1950–53", "1950", .year, upper: "1953"),
        FigureCase("between 2 and 3 percent", "2 and 3 percent", "2", .percent, "%", upper: "3"),
        FigureCase("rose 2-3% last year", "2-3%", "2", .percent, "%", upper: "3"),
        FigureCase("10 to 20 people", "10 to 20 people", "10", .count, "people", upper: "20"),
        FigureCase("$2-3 billion", "$2-3 billion", "2000000000", .money, "USD", upper: "3000000000"),
        FigureCase("two to three billion tons", "two to three billion tons", "2000000000", .quantity, "t",
                   upper: "3000000000"),
        FigureCase("between 2008 and 2014", "2008 and 2014", "2008", .year, upper: "2014"),
        FigureCase("the 2010-2035 period", "2010-2035", "2010", .year, upper: "2035"),
        FigureCase("the 2019/20 season", "2019/20", "2019", .year, upper: "2020"),
        FigureCase("the 1990s", "1990s", "1990", .year, upper: "1999"),
        FigureCase("1990年代", "1990年代", "1990", .year, upper: "1999"),
    ]

    @Test("Japanese and English ranges", arguments: cases)
    func range(_ c: FigureCase) { c.verify() }

    @Test("Changes, scores and votes are not ranges")
    func notRanges() {
        // "AからBに引き下げ" is a change from A to B.
        #expect(FigureTestSupport.comparable("5%から3%に引き下げ").map(\.text) == ["5%", "3%"])
        // Votes and scores.
        #expect(FigureTestSupport.comparable("defeated 48 to 49").allSatisfy { $0.upper == nil })
        #expect(FigureTestSupport.comparable("won 158-156").map(\.value) == [158, 156])
        #expect(FigureTestSupport.comparable("2-3で敗れた").allSatisfy { $0.upper == nil })
        #expect(FigureTestSupport.comparable("from 5% to 7%").map(\.text) == ["5%", "7%"])
    }
}

/// Approximation and bounds, before and after the span; qualifiers are outside the span.
@Suite struct QualifierFigureTests {
    static let cases: [FigureCase] = [
        FigureCase("約61兆の", "61兆", "61000000000000", .count, approximate: true),
        FigureCase("3万人以上が", "3万人", "30000", .count, "人", bound: .atLeast),
        FigureCase("100人超が", "100人", "100", .count, "人", bound: .moreThan),
        FigureCase("5%未満", "5%", "5", .percent, "%", bound: .lessThan),
        FigureCase("20人余りが", "20人", "20", .count, "人", approximate: true),
        FigureCase("30%前後", "30%", "30", .percent, "%", approximate: true),
        FigureCase("100人程度", "100人", "100", .count, "人", approximate: true),
        FigureCase("1万人強", "1万人", "10000", .count, "人", approximate: true),
        FigureCase("2割弱", "2割", "20", .percent, "%", approximate: true),
        FigureCase("100人以下", "100人", "100", .count, "人", bound: .atMost),
        FigureCase("およそ50人", "50人", "50", .count, "人", approximate: true),
        FigureCase("少なくとも10人", "10人", "10", .count, "人", bound: .atLeast),
        FigureCase("最大3万人", "3万人", "30000", .count, "人", bound: .atMost),
        FigureCase("1m近くも浸水", "1m", "1", .quantity, "m", approximate: true, bound: .atMost),
        FigureCase("10%台で推移", "10%", "10", .percent, "%", approximate: true, bound: .atLeast),
        FigureCase("more than 100 people", "100 people", "100", .count, "people", bound: .moreThan),
        FigureCase("over 50 years", "50 years", "50", .duration, "years", bound: .moreThan),
        FigureCase("at least 6,000 asylum seekers", "6,000 asylum seekers", "6000", .count, "seekers", bound: .atLeast),
        FigureCase("at least 6,000 of them", "6,000", "6000", .count, bound: .atLeast),
        FigureCase("up to 30%", "30%", "30", .percent, "%", bound: .atMost),
        FigureCase("under 5 km", "5 km", "5", .quantity, "km", bound: .lessThan),
        FigureCase("fewer than 10 cases", "10 cases", "10", .count, "cases", bound: .lessThan),
        FigureCase("less than 1%", "1%", "1", .percent, "%", bound: .lessThan),
        FigureCase("about 400,000", "400,000", "400000", .count, approximate: true),
        FigureCase("around 5 km", "5 km", "5", .quantity, "km", approximate: true),
        FigureCase("roughly 3 million", "3 million", "3000000", .count, approximate: true),
        FigureCase("approximately 20 kg", "20 kg", "20", .quantity, "kg", approximate: true),
        FigureCase("some 400,000 residents", "400,000 residents", "400000", .count, "residents", approximate: true),
        // "nearly"/"almost" X: close to X but not above it.
        FigureCase("nearly 7,000", "7,000", "7000", .count, approximate: true, bound: .atMost),
        FigureCase("almost 7,000 refugees", "7,000 refugees", "7000", .count, "refugees", approximate: true,
                   bound: .atMost),
        FigureCase("100 people or more", "100 people", "100", .count, "people", bound: .atLeast),
        FigureCase("the 50-plus members", "50", "50", .count, bound: .atLeast),
        FigureCase("about $5 billion", "$5 billion", "5000000000", .money, "USD", approximate: true),
    ]

    @Test("Qualifier words", arguments: cases)
    func qualifier(_ c: FigureCase) { c.verify() }

    @Test("Qualifiers never enter the span")
    func spansExcludeQualifiers() {
        for f in FigureTestSupport.extract("約3万人以上、more than 100 people、about 5%").figures {
            #expect(!f.text.contains("約") && !f.text.contains("以上") && !f.text.contains("more") && !f.text.contains("about"))
        }
    }
}
