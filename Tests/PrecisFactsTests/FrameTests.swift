import Foundation
@testable import PrecisFacts
import PrecisTestSupport
import PrecisText
import Testing

/// Measure frames and the slots that keep look-alikes apart, one slot per test.
@Suite struct FrameTests {
    func check(_ a: String, _ b: String, dateA: Int? = nil, dateB: Int? = nil) throws -> FactCheckReport {
        try FactChecker().check([Document(id: "a", text: a, date: dateA), Document(id: "b", text: b, date: dateB)])
    }

    func frames(_ text: String, date: Int? = nil) throws -> [SourcedFigure] {
        try FactChecker().figures(in: Document(id: "d", text: text, date: date)).measured
    }

    @Test func differentMeasuresAreNotPaired() throws {
        let r = try check("豪雨による死者は12人に上った。", "豪雨によるけが人は62人に上った。")
        #expect(r.conflicts.isEmpty && r.consistent.isEmpty && r.notComparable.isEmpty)
        let f = try frames("死者12人、けが人62人が確認された。")
        #expect(f.map(\.measure.key) == ["@deaths", "@injured"])
    }

    @Test func differentEntitiesAreNotConflicts() throws {
        let r = try check("The tariff on US imports is 30% this year.", "The tariff on China imports is 10% this year.")
        #expect(r.conflicts.isEmpty)
    }

    @Test func institutionNamesAndCurrenciesAreNotEntities() throws {
        let f = try frames("The U.S. Geological Survey said the quake killed 42 people in Peru.")
        #expect(f.first { $0.figure.text == "42 people" }?.measure.entity == "PE")
        let yuan = try frames("The yuan was revalued by 2.1% against the US dollar.")
        #expect(yuan.first?.measure.entity == nil)
    }

    @Test func changesAreNotLevels() throws {
        let f = try frames("売上高は前年同期比3%増だった。")
        #expect(f.first?.measure.change == .change)
        let en = try frames("Prices rose 3% in March, and inflation rose to 3.4% from 2.9%.").filter { $0.figure.kind == .percent }
        #expect(en.map(\.measure.change) == [.change, .to, .from])
        let r = try check("The unemployment rate in Ostmark rose 0.5% this year.", "The unemployment rate in Ostmark is 4.5% this year.")
        #expect(r.conflicts.isEmpty && r.consistent.isEmpty)
    }

    @Test func comparisonBasesAreNotTheFiguresTime() throws {
        let f = try frames("2024年の失業率は3.1%で、2018年度以来の低さだった。")
        #expect(f.first { $0.figure.text == "3.1%" }?.measure.time == "2024")
        let since = try frames("Unemployment fell to 3.1% in 2024, the lowest since 1992.")
        #expect(since.first { $0.figure.text == "3.1%" }?.measure.time == "2024")
    }

    @Test func relativeTimesResolveAgainstTheDocumentDate() throws {
        let f = try frames("昨年の賃上げ率は4.9%だった。", date: 20250312)
        #expect(f.first?.measure.time == "2024")
        let month = try frames("北浜市では昨年7月の豪雨でも1人が死亡した。", date: 20250704)
        #expect(month.first { $0.figure.text == "1人" }?.measure.time == "2024-07")
        let r = try check("同社の昨年の賃上げ率は4.9%だった。", "同社の今年の賃上げ率は5.8%だった。", dateA: 20250312, dateB: 20250312)
        #expect(r.conflicts.isEmpty)
        #expect(r.notComparable.first?.decidedBy == "time")
    }

    @Test func partsAndWholesAreNotConflicts() throws {
        let r = try check("死者は12人で、うち子どもは5人だった。", "死者は5人だった。")
        #expect(!r.conflicts.contains { Set([$0.a.figure.text, $0.b.figure.text]) == ["5人"] } )
        #expect(r.conflicts.allSatisfy { !($0.a.figure.text == "5人" && $0.b.figure.text == "5人") })
    }

    @Test func agesOfDifferentPeopleAreNotCompared() throws {
        let r = try check("菊川剛前会長(70歳)が逮捕された。", "山田秀雄前監査役(66歳)が逮捕された。")
        #expect(r.conflicts.isEmpty)
    }

    @Test func ageBandsMeasureNothing() throws {
        let r = try check("15歳未満の子どもの死者は3人だった。", "18歳未満の子どもの死者は3人だった。")
        #expect(r.conflicts.isEmpty)
    }

    @Test func englishAgeBandsMeasureNothing() throws {
        let f = try frames("Among workers aged 18 to 34, the share was 57%. Some 61 percent of 18- to 34-year-olds agreed. People aged 65 and over were 9%. A man aged 66 died.")
        let category = Dictionary(f.map { ($0.figure.text, $0.measure.isCategory) }, uniquingKeysWith: { a, _ in a })
        #expect(f.filter(\.measure.isCategory).map(\.figure.text) == ["18", "34", "18", "34-year", "65"])
        #expect(category["66"] == false && category["57%"] == false)
    }

    @Test func aQualifierBetweenAFigureAndItsParticleKeepsTheNoun() throws {
        let f = try frames("支持者136名が死亡し、450名以上が負傷している。")
        #expect(f.map(\.measure.key) == ["@deaths", "@injured"])
    }

    @Test func aJapaneseTimeAfterAFigureBelongsToTheNextOne() throws {
        let f = try frames("賃上げ率は平均5.28%で、前年同時期の5.10%を0.18ポイント上回った。", date: 20250315)
        #expect(f.map(\.measure.time) == ["2025", "2024", "2024"])
    }

    @Test func theSameSpecificValueInTwoLanguagesIsConsistent() throws {
        let r = try FactChecker().check([Document(id: "ja", text: "定期昇給分とベースアップを合わせた賃上げ率は平均5.28%だった。"),
                                         Document(id: "en", text: "Japanese manufacturing unions have won average pay rises of 5.28 percent this year.")])
        #expect(r.consistent.map { [$0.a.figure.text, $0.b.figure.text] } == [["5.28%", "5.28 percent"]])
    }

    @Test func englishMeasureLabelsAreNotFunctionWords() throws {
        let f = try frames("The institute polled 2,150 employed adults in January. Women were more likely to work remotely than men, at 51% against 45%.")
        let subjects = f.map(\.measure.subject)
        #expect(subjects.first == "adults")
        let functionWords = try Stopwords.bundled(for: .en)
        #expect(subjects.compactMap { $0 }.allSatisfy { !functionWords.contains($0.lowercased()) }, "\(subjects)")
        #expect(f.last?.measure.subject == nil)  // "against 45%": no content word in its clause
    }

    @Test func aMeasureNamedAtTheFigureMustBeShared() throws {
        // fc-en-003 source b: headline inflation (3.6 per cent) and "the benchmark rate, now 4.5 per
        // cent" are two measures; without the rule they are paired as a conflict (here both
        // sentences are attributed, so that one source's two statements are compared at all).
        let source = try fixtureDocument("fc-en-003", index: 1)
        let attributed = source.text.replacingOccurrences(of: "Governor Ilse Marek has said the benchmark rate",
                                                          with: "According to Governor Ilse Marek, the benchmark rate")
        #expect(attributed != source.text)
        let document = Document(id: source.id, text: attributed, date: source.date)
        func pairs(_ options: FactCheckOptions) throws -> [[String]] {
            try FactChecker(options: options).check([document]).conflicts.map { [$0.a.figure.text, $0.b.figure.text] }
        }
        var off = FactCheckOptions()
        off.adjacentKeyMustBeShared = false
        #expect(try pairs(off).contains(["3.6 per cent", "4.5 per cent"]))
        #expect(try !pairs(FactCheckOptions()).contains(["3.6 per cent", "4.5 per cent"]))
    }

    @Test func sizeClassesNameGroups() throws {
        let f = try frames("At smaller unions with fewer than 300 members, wages rose 4.5 percent. The survey covered 300 members.")
        #expect(f.map { [$0.figure.text: $0.measure.isCategory] } == [["300 members": true], ["4.5 percent": false], ["300 members": false]])
    }

    @Test func anAgeBandDoesNotEndTheNextFiguresClause() throws {
        let f = try frames("死者のうち65歳以上の高齢者は41人で、全体の約6割を占めた。")
        let count = try #require(f.first { $0.figure.text == "41人" })
        #expect(count.measure.aggregation == .subtotal)
    }

    @Test func aValueAsDemandedIsReported() throws {
        let f = try frames("年間一時金は5.6か月分で、要求通りの満額回答とした。組合は6%の賃上げを要求していた。")
        #expect(f.map(\.measure.modality) == [.reported, .demand])
    }

    @Test func durationsInEitherLanguageAreCompared() throws {
        let r = try FactChecker().check([Document(id: "ja", text: "年間一時金（ボーナス）は平均5.4カ月分だった。"),
                                         Document(id: "en", text: "Annual bonuses averaged 5.1 months' pay, the federation said.")])
        #expect(r.conflicts.map { [$0.a.figure.text, $0.b.figure.text] } == [["5.4カ月", "5.1 months"]])
        #expect(FactChecker.durationUnit("ヶ月") == "month" && FactChecker.durationUnit("days") == "day" && FactChecker.durationUnit("時間") == "hour")
    }

    @Test func aFigureStatedInBothSourcesIsNotContradictedByTheNextItemOfAList() throws {
        let r = try FactChecker().check([Document(id: "a", text: "値上げ幅は41銘柄で30円、20銘柄で20円だった。"),
                                         Document(id: "b", text: "当初の申請では値上げ幅は41銘柄で30円、20銘柄で20円だった。")])
        #expect(r.conflicts.isEmpty)
        #expect(Set(r.consistent.map { $0.a.figure.text }) == ["30円", "20円", "41銘柄", "20銘柄"])
        // A changed item still conflicts, though its sentence repeats an unchanged value; a value
        // inside a range of the other sentence does not count as stated there.
        let changed = try FactChecker().check([Document(id: "a", text: "Prices ranged from 86.9p to 100.9p for unleaded and 89.9p to 105.9p for diesel."),
                                               Document(id: "b", text: "Prices ranged from 86.9p to 600.9p for unleaded and 89.9p to 105.9p for diesel.")])
        #expect(changed.conflicts.map { [$0.a.figure.text, $0.b.figure.text] } == [["100.9p", "600.9p"]])
    }

    @Test func aDatedPastFigureIsNotTheUndatedFigureOfANewerArticle() throws {
        var two = FactCheckOptions()
        two.minimumYearsBeforePublication = 2
        let r = try FactChecker(options: two).check([
            Document(id: "a", text: "The 2011 flood forced 1,900 residents from their homes in Marlow.", date: 20240415),
            Document(id: "b", text: "Some 2,600 residents of Marlow are out of their homes.", date: 20240415)])
        #expect(r.conflicts.isEmpty)
        #expect(r.notComparable.map(\.decidedBy) == ["time"])
        let year2023 = try FactChecker(options: two).check([
            Document(id: "a", text: "The 2023 flood forced 1,900 residents from their homes in Marlow.", date: 20240415),
            Document(id: "b", text: "Some 2,600 residents of Marlow are out of their homes.", date: 20240415)])
        #expect(year2023.notComparable.isEmpty)
        // A year earlier is too close to separate: "last year" often carries into the next sentence.
        var options = FactCheckOptions()
        options.minimumYearsBeforePublication = 1
        let strict = try FactChecker(options: options).check([
            Document(id: "a", text: "The 2023 flood forced 1,900 residents from their homes in Marlow.", date: 20240415),
            Document(id: "b", text: "Some 2,600 residents of Marlow are out of their homes.", date: 20240415)])
        #expect(strict.notComparable.map(\.decidedBy) == ["time"])
        // On by default at two years, for sources in one language; off (nil), a publication
        // default never separates.
        let byDefault = try check("The 2011 flood forced 1,900 residents from their homes in Marlow.",
                                  "Some 2,600 residents of Marlow are out of their homes.", dateA: 20240415, dateB: 20240415)
        #expect(byDefault.notComparable.map(\.decidedBy) == ["time"])
        var off = FactCheckOptions()
        off.minimumYearsBeforePublication = nil
        let never = try FactChecker(options: off).check([
            Document(id: "a", text: "The 2011 flood forced 1,900 residents from their homes in Marlow.", date: 20240415),
            Document(id: "b", text: "Some 2,600 residents of Marlow are out of their homes.", date: 20240415)])
        #expect(never.notComparable.isEmpty)
    }

    @Test func japaneseAndEnglishSourcesArePaired() throws {
        let ja = "韓国の国防費はGDP比2.6%だった。"
        let en = "South Korea's defence spending was 2.3% of GDP."
        let r = try check(ja, en)
        #expect(r.conflicts.count == 1)
        let money = try check("政府は防衛費に3500億円を計上した。", "The government set aside 350 billion yen for defence spending.")
        #expect(money.consistent.count == 1)
    }

    @Test func explainNamesTheDecidingSlot() throws {
        let r = try check("韓国の国防費はGDP比2.3%だ。", "米国は韓国の国防費をGDP比3.8%へ引き上げるよう要求した。")
        #expect(r.notComparable.first?.decidedBy == "modality")
        let c = try check("韓国の国防費はGDP比2.3%だ。", "韓国の国防費はGDP比2.6%だ。")
        #expect(c.conflicts.first?.decidedBy == "value")
    }

    @Test func theSentencesTimeNearestBeforeTheFigureDatesIt() throws {
        let f = try frames("The market clawed back some ground on Tuesday after Monday's crash, in which the HX60 index fell to 7,239.",
                           date: 2025_10_01)
        #expect(f.map(\.figure.text) == ["7,239"])
        #expect(f.map(\.measure.time) == ["2025-09-29"])
    }

    @Test func soughtAmountsAndExpectationsAreNotReportedValues() throws {
        let sought = try frames("The company had sought about 600 billion yen, or half the investment, people familiar with the talks said.")
        #expect(sought.first.map { [$0.figure.text: $0.measure.modality] } == ["600 billion yen": .demand])
        let japanese = try frames("12月も輸出は4%前後の伸びを保つだろう。")
        #expect(japanese.map(\.figure.text) == ["12月", "4%"])
        #expect(japanese.last?.measure.modality == .forecast)
    }

    @Test func aContrastEndsTheCuesAfterAFigure() throws {
        let f = try frames("The county's damage estimate stands at $38m, though Hart said he expected the final bill to exceed $60m.")
        #expect(f.map(\.figure.text) == ["$38m", "$60m"])
        #expect(f.map(\.measure.modality) == [.reported, .forecast])
    }

    @Test func aJapaneseYearDatesTheFiguresAfterItUpToTheNext() throws {
        var f = try frames("同社の2025年2月期の売上高は約6200億円、営業利益は231億円で、2026年2月期は営業利益245億円を予想していた。")
        f = f.filter { $0.figure.kind == .money }
        #expect(f.map(\.figure.text) == ["6200億円", "231億円", "245億円"])
        #expect(f.map(\.measure.time) == ["2025-02", "2025-02", "2026-02"])
        // A day is the date of the announcement, not a period: 昨年 in the figure's clause dates it.
        let deaths = try frames("県警は6日、昨年1年間の交通事故による死者は68人だったと発表した。", date: 2025_01_06).filter { $0.figure.kind == .count }
        #expect(deaths.map(\.measure.time) == ["2024"])
        var off = FactCheckOptions()
        off.frames.japaneseYearDatesAFollowingFigure = false
        let old = try FactChecker(options: off).figures(in: Document(id: "d", text: "同社の2025年2月期の売上高は約6200億円、営業利益は231億円で、2026年2月期は営業利益245億円を予想していた。")).measured
        #expect(old.filter { $0.figure.kind == .money }.map(\.measure.time) == ["2025-02", nil, "2026-02"])
    }

    @Test func anHourAfterAJapaneseFigureDatesIt() throws {
        let f = try frames("消防局によりますと、フェリーの乗客など23人が午後6時までに病院に運ばれました。", date: 2025_11_20)
            .filter { $0.figure.kind == .count }
        #expect(f.map(\.measure.time) == ["2025-11-20T18"])
        let oil = try frames("重油は、前日夕方には長さ約3キロに広がった。", date: 2025_11_21).filter { $0.figure.kind == .quantity }
        #expect(oil.map(\.measure.time) == ["2025-11-21Tevening"])
        let hour = try frames("午後3時ごろには長さ約2キロの油の帯が確認されました。", date: 2025_11_20).filter { $0.figure.kind == .quantity }
        #expect(hour.map(\.measure.time) == ["2025-11-20T15"])
    }

    @Test func aFigureOfAnotherNumberIsItsPart() throws {
        let f = try frames("Checkout terminals went down at 140 of the chain's 312 stores on Monday.")
        #expect(f.map(\.figure.text) == ["140", "312 stores"])
        #expect(f.map(\.measure.aggregation) == [.subtotal, nil])
        // A year after "of" is no whole: "10% of the 2024 budget".
        #expect(try frames("Schools received 10% of the 2024 budget.").first?.measure.aggregation == nil)
    }

    @Test func plansAreTargets() throws {
        let f = try frames("The satellites were to be placed into orbit at an altitude of 500 km.")
        #expect(f.map(\.measure.modality) == [.target])
        let japanese = try frames("年間の配当は1株当たり60円とする方針です。").filter { $0.figure.kind == .money }
        #expect(japanese.map(\.measure.modality) == [.target])
    }

    @Test func aJapaneseCueBeforeTheMeasureItModifiesMarksTheFigure() throws {
        let f = try frames("ロイターによると、アナリストの予想する値上げ幅は50%程度であった。")
        #expect(f.map(\.figure.text) == ["50%"])
        #expect(f.map(\.measure.modality) == [.forecast])
        var off = FactCheckOptions()
        off.frames.japaneseModalityBeforeBytes = 18
        let old = try FactChecker(options: off).figures(in: Document(id: "d", text: "ロイターによると、アナリストの予想する値上げ幅は50%程度であった。")).measured
        #expect(old.map(\.measure.modality) == [.reported])
    }

    @Test func aJapaneseRaiseIsAChangeAndItsTargetALevel() throws {
        let f = try frames("大卒の初任給は2万5000円引き上げ、28万円とする。大卒初任給は30万円に引き上げる。").filter { $0.figure.kind == .money }
        #expect(f.map(\.figure.text) == ["2万5000円", "28万円", "30万円"])
        #expect(f.map(\.measure.change) == [.change, .level, .to])
    }

    @Test func namedSitesAndAppositivePlacesAreEntities() throws {
        let station = try frames("At the Santa Ines weather station in the north of the province, 412 mm of rain fell in 24 hours.")
        #expect(station.first?.measure.entity == "place:Santa Ines")
        let capital = try frames("In the provincial capital, Dalumpit, 486 mm of rain fell, the weather agency said.")
        #expect(capital.first?.measure.entity == "place:Dalumpit")
    }

    @Test func aLongEnglishSubjectNamesTheFigureAfterIt() throws {
        let text = "The death toll from the capsizing of the ferry Sea Lantern rose to 26 yesterday, with 29 people still missing."
        let f = try frames(text)
        #expect(f.map(\.figure.text) == ["26", "29 people"])
        #expect(f.first?.measure.concepts == ["@deaths"])
        var off = FactCheckOptions()
        off.frames.englishSubjectBeforeTheClause = false
        let old = try FactChecker(options: off).figures(in: Document(id: "d", text: text)).measured
        #expect(old.first?.measure.concepts.contains("@missing") == true)
    }
}
