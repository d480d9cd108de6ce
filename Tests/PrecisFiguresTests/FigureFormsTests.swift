import Foundation
import PrecisFigures
import Testing

/// The forms of "Figures: exact values, every common form": signs, scales, units, ranges,
/// fractions, words, and the numbers that must not become figures.
@Suite struct FigureFormsTests {
    static let signs: [FigureCase] = [
        FigureCase("前年比-3.5%だった", "-3.5%", "-3.5", .percent, "%"),
        FigureCase("前年比－3.5%だった", "－3.5%", "-3.5", .percent, "%"),
        FigureCase("前年同月比−0.2%", "−0.2%", "-0.2", .percent, "%"),
        FigureCase("営業利益は△5億円", "△5億円", "-500000000", .money, "JPY"),
        FigureCase("気温は零下5度まで", "零下5度", "-5", .quantity, "°C"),
        FigureCase("零下15度まで冷えた", "零下15度", "-15", .quantity, "度"),
        FigureCase("The index was minus 2 percent.", "minus 2 percent", "-2", .percent, "%"),
        FigureCase("Growth was negative 0.3% last year.", "negative 0.3%", "-0.3", .percent, "%"),
        FigureCase("It rose 2.1% in 2019 and -0.5% in 2020.", "-0.5%", "-0.5", .percent, "%"),
        FigureCase("Changes: 1.2%, -0.4% and 3%.", "-0.4%", "-0.4", .percent, "%"),
        FigureCase("The margin was .4% higher.", ".4%", "0.4", .percent, "%", resolution: "0.05"),
        FigureCase("Shares fell to $.75 each.", "$.75", "0.75", .money, "USD"),
    ]

    @Test("Minus signs and leading-dot decimals are never dropped", arguments: signs)
    func sign(_ c: FigureCase) { c.verify() }

    @Test("A hyphen between numbers or after a name is not a minus sign")
    func hyphensAreNotSigns() {
        for (text, span) in [("The F-35 fleet", "F-35"), ("scores of 2-3 were", "2"), ("in 1950-53年", "1950-53年")] {
            let figures = FigureTestSupport.extract(text).figures
            #expect(figures.allSatisfy { $0.value >= 0 }, "\(text): \(figures)")
            #expect(figures.contains { $0.text.hasPrefix(span) }, "\(text): \(figures)")
        }
    }

    static let scales: [FigureCase] = [
        FigureCase("Sales were 1.2M units.", "1.2M units", "1200000", .count, "units"),
        FigureCase("They hired 100K workers.", "100K workers", "100000", .count, "workers"),
        FigureCase("It carried 3m passengers.", "3m passengers", "3000000", .count, "passengers"),
        FigureCase("It sold 2m MP3 players.", "2m", "2000000", .count),
        FigureCase("The 100m race began.", "100m", "100", .quantity, "m"),
        FigureCase("It cost 2mil dollars.", "2mil dollars", "2000000", .money, "USD"),
        FigureCase("It cost 75 USD million.", "75 USD million", "75000000", .money, "USD"),
        FigureCase("It raised $3.5bn.", "$3.5bn", "3500000000", .money, "USD"),
        FigureCase("It raised $3.5 bn.", "$3.5 bn", "3500000000", .money, "USD"),
        FigureCase("It raised $3.5B.", "$3.5B", "3500000000", .money, "USD"),
        FigureCase("It raised US$3.5 billion.", "US$3.5 billion", "3500000000", .money, "USD"),
        FigureCase("It costs 5 lakh rupees.", "5 lakh rupees", "500000", .money, "INR"),
        FigureCase("It costs 3 crore rupees.", "3 crore rupees", "30000000", .money, "INR"),
        FigureCase("She bought 3 dozen roses.", "3 dozen roses", "36", .count, "roses"),
        FigureCase("She bought a dozen eggs.", "a dozen eggs", "12", .count, "eggs"),
        FigureCase("鉛筆を2ダース買った。", "2ダース", "24", .count),
        FigureCase("総額は四十五億四千零四万円だった。", "四十五億四千零四万円", "4540040000", .money, "JPY"),
        FigureCase("総額は四十五億四千〇四万円だった。", "四十五億四千〇四万円", "4540040000", .money, "JPY"),
        FigureCase("It has five and a half million people.", "five and a half million people", "5500000", .count, "people"),
    ]

    @Test("Scale suffixes and compounds give the full value", arguments: scales)
    func scale(_ c: FigureCase) { c.verify() }

    static let units: [FigureCase] = [
        FigureCase("ハマユウは時速35キロで航行していた", "35キロ", "35", .quantity, "km/h"),
        FigureCase("最大瞬間風速は秒速40メートルに達した", "40メートル", "40", .quantity, "m/s"),
        FigureCase("震源から35キロ離れた町", "35キロ", "35", .quantity, "キロ"),
        FigureCase("He weighs 200 pounds.", "200 pounds", "200", .quantity, "lb"),
        FigureCase("He was fined 200 pounds.", "200 pounds", "200", .money, "GBP"),
        FigureCase("It cost 5 million pounds.", "5 million pounds", "5000000", .money, "GBP"),
        FigureCase("The fine was 200 pounds sterling.", "200 pounds sterling", "200", .money, "GBP"),
        FigureCase("It weighs 12 lbs.", "12 lbs", "12", .quantity, "lb"),
        FigureCase("体重は200ポンドだった。", "200ポンド", "200", .quantity, "lb"),
        FigureCase("500ミリリットルの水", "500ミリリットル", "500", .quantity, "mL"),
        FigureCase("気温は摂氏30度だった。", "30度", "30", .quantity, "°C"),
        FigureCase("華氏90度を記録", "90度", "90", .quantity, "°F"),
        FigureCase("最高気温は35度に達した。", "35度", "35", .quantity, "°C"),
        FigureCase("Temperatures rose by 1.45C.", "1.45C", "1.45", .quantity, "°C"),
        FigureCase("It cost 20€ today.", "20€", "20", .money, "EUR"),
        FigureCase("It cost £ 90 today.", "£ 90", "90", .money, "GBP"),
        FigureCase("It cost 90 £ today.", "90 £", "90", .money, "GBP"),
        FigureCase("It cost C $5 today.", "C $5", "5", .money, "CAD"),
        FigureCase("It cost nzd$ 7 today.", "nzd$ 7", "7", .money, "NZD"),
        FigureCase("It cost HK $8 today.", "HK $8", "8", .money, "HKD"),
        FigureCase("The fee was Rs. 20 only.", "Rs. 20", "20", .money, "INR"),
        FigureCase("A 300 horsepower engine", "300 horsepower", "300", .quantity, "hp"),
        FigureCase("He ran 100 yards.", "100 yards", "100", .quantity, "yd"),
        FigureCase("The grid runs at 50 Hz.", "50 Hz", "50", .quantity, "Hz"),
        FigureCase("It sailed at 12 knots.", "12 knots", "12", .quantity, "kn"),
        FigureCase("They pumped 9000 bpd.", "9000 bpd", "9000", .quantity, "bbl/d"),
        FigureCase("The plant makes 50 MW.", "50 MW", "50", .quantity, "MW"),
        FigureCase("The slope is 40° steep.", "40°", "40", .quantity, "degrees"),
        FigureCase("It spans 3 hectares.", "3 hectares", "3", .quantity, "ha"),
        FigureCase("マグニチュード6.2の地震", "6.2", "6.2", .quantity, "magnitude"),
        FigureCase("A magnitude 6.2 quake hit.", "6.2", "6.2", .quantity, "magnitude"),
        FigureCase("An M6.2 quake hit.", "6.2", "6.2", .quantity, "magnitude"),
        FigureCase("A 5.8-magnitude quake hit.", "5.8-magnitude", "5.8", .quantity, "magnitude"),
        FigureCase("A 5.8 magnitude quake hit.", "5.8 magnitude", "5.8", .quantity, "magnitude"),
    ]

    @Test("Units and currencies decide what a figure is", arguments: units)
    func unit(_ c: FigureCase) { c.verify() }

    static let ranges: [FigureCase] = [
        FigureCase("参加者は10から20人だった。", "10から20人", "10", .count, "人", upper: "20"),
        FigureCase("参加者は10ないし20人だった。", "10ないし20人", "10", .count, "人", upper: "20"),
        FigureCase("価格は5万円～6万円だった。", "5万円～6万円", "50000", .money, "JPY", upper: "60000"),
        FigureCase("気温は20～25度だった。", "20～25度", "20", .quantity, "°C", upper: "25"),
        FigureCase("値は3と5の間だった。", "3と5", "3", .count, upper: "5"),
        FigureCase("20歳以上30歳未満の人", "20歳以上30歳", "20", .duration, "歳", upper: "30"),
        FigureCase("100人より多い", "100人", "100", .count, "人", bound: .moreThan),
        FigureCase("初めて150万人を突破した", "150万人", "1500000", .count, "人", bound: .moreThan),
        FigureCase("地震の規模を示すマグニチュードは６．９でした。", "６．９", "6.9", .quantity, "magnitude"),
        FigureCase("slated for culling, 2.4 times the number a year earlier", "2.4 times", "2.4", .quantity, "倍"),
        FigureCase("the inspectors visited 3 times last year", "3 times", "3", .count, "times"),
        FigureCase("prices could be as low as 5%", "5%", "5", .percent, "%", bound: .atLeast),
        FigureCase("the reserve margin fell as low as 2.3 percent", "2.3 percent", "2.3", .percent, "%"),
        FigureCase("Between 10 and 20 people came.", "10 and 20 people", "10", .count, "people", upper: "20"),
        FigureCase("Up to 50 people came.", "50 people", "50", .count, "people", bound: .atMost),
        FigureCase("As many as 60 people came.", "60 people", "60", .count, "people", bound: .atMost),
    ]

    @Test("Ranges and comparisons", arguments: ranges)
    func range(_ c: FigureCase) { c.verify() }

    @Test("From A to B is a change: two figures, not a range")
    func fromToIsAChange() {
        let figures = FigureTestSupport.comparable("Prices rose from 10 dollars to 20 dollars.")
        #expect(figures.map(\.text) == ["10 dollars", "20 dollars"])
        #expect(figures.allSatisfy { $0.upper == nil })
        let ja = FigureTestSupport.comparable("人口は10万人から12万人に増加した。")
        #expect(ja.map(\.text) == ["10万人", "12万人"])
    }

    static let fractions: [FigureCase] = [
        FigureCase("3分の1が賛成した。", "3分の1", "1", .fraction, denominator: "3"),
        FigureCase("三分の一が賛成した。", "三分の一", "1", .fraction, denominator: "3"),
        FigureCase("5分の4の議席", "5分の4", "4", .fraction, denominator: "5"),
        FigureCase("半分が反対した。", "半分", "1", .fraction, denominator: "2"),
        FigureCase("半数が棄権した。", "半数", "1", .fraction, denominator: "2"),
        FigureCase("与党が過半数を占めた。", "過半数", "1", .fraction, bound: .moreThan, denominator: "2"),
        FigureCase("2割5分の打率", "2割5分", "25", .percent, "%"),
        FigureCase("1/2の確率", "1/2", "1", .fraction, denominator: "2"),
        FigureCase("Half of them left.", "Half", "1", .fraction, denominator: "2"),
        FigureCase("About a third of the seats", "a third", "1", .fraction, approximate: true, denominator: "3"),
        FigureCase("Two-thirds voted yes.", "Two-thirds", "2", .fraction, denominator: "3"),
        FigureCase("three quarters of adults", "three quarters", "3", .fraction, denominator: "4"),
        FigureCase("One in five abstained.", "One in five", "1", .fraction, denominator: "5"),
        FigureCase("1 in 10 adults smoke.", "1 in 10", "1", .fraction, denominator: "10"),
    ]

    @Test("Fractions are exact numerator and denominator", arguments: fractions)
    func fraction(_ c: FigureCase) { c.verify() }

    static let words: [FigureCase] = [
        FigureCase("He counted twenty-one.", "twenty-one", "21", .count),
        FigureCase("The vote was three hundred and six.", "three hundred and six", "306", .count),
        FigureCase("It was one million two hundred thousand.", "one million two hundred thousand", "1200000", .count),
        FigureCase("She came first.", "first", "1", .ordinal),
        FigureCase("He came twenty-third.", "twenty-third", "23", .ordinal),
        FigureCase("三百人が集まった。", "三百人", "300", .count, "人"),
        FigureCase("二十の国が参加", "二十", "20", .count),
    ]

    static let ages: [FigureCase] = [
        FigureCase("She protested at the age of fifteen, outside.", "fifteen", "15", .duration, "years"),
        FigureCase("Men aged 40 came.", "40", "40", .duration, "years"),
        FigureCase("Emily Spanton, 39, met them.", "39", "39", .duration, "years"),
        FigureCase("Officers Quirin and Redouane, 40 and 49, were there.", "49", "49", .duration, "years"),
        FigureCase("Voters between the ages of 17 and 29 came.", "17 and 29", "17", .duration, "years", upper: "29"),
        FigureCase("It hosted a quarter million video clips.", "a quarter million video clips", "250000", .count, "clips"),
        FigureCase("Three quarters of a million people came.", "Three quarters of a million people", "750000", .count, "people"),
    ]

    @Test("Ages and fractions of a scale word", arguments: ages)
    func age(_ c: FigureCase) { c.verify() }

    @Test("Numbers in words and kanji, with and without a noun", arguments: words)
    func word(_ c: FigureCase) { c.verify() }

    @Test("No comparable figure in names, codes, phone numbers, times, pages, URLs")
    func negatives() {
        let texts = [
            "Call 03-1234-5678 today.", "The iPhone 15 sold well.", "Model X200 is new.", "We met at 7:30 p.m. there.",
            "See page 12 for details.", "Read section 4 first.", "See https://example.com/report2020.pdf now.",
            "第3四半期に発表した。", "The F-35 and the G7 met.", ">>5 そうだね",
        ]
        for t in texts {
            let comparable = FigureTestSupport.comparable(t)
            #expect(comparable.isEmpty, "\(t): \(comparable.map(\.text))")
        }
    }
}

