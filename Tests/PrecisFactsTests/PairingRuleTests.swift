import Foundation
import Testing
@testable import PrecisFacts
import PrecisText

/// The pairing rules that decide between a conflict and `notComparable` from the rest of the
/// sources: series of values within one source, parts that add up, firm relative times, count
/// classes and close values. Each test also shows the rule's effect by switching it off.
@Suite struct PairingRuleTests {
    func check(_ texts: [String], dates: [Int?]? = nil, options: FactCheckOptions = FactCheckOptions()) throws -> FactCheckReport {
        let documents = texts.enumerated().map { k, text in
            Document(id: ["a", "b", "c"][k], text: text, date: dates?[k] ?? nil)
        }
        return try FactChecker(options: options).check(documents)
    }

    func texts(_ c: FigureComparison) -> Set<String> { [c.a.figure.text, c.b.figure.text] }

    @Test func aSeriesInOneSourceIsNotContradictedByAnotherSourcesValue() throws {
        let a = "ハリケーンの中心気圧は892ヘクトパスカルだった。その後、ハリケーンの中心気圧は884ヘクトパスカルだった。"
        let b = "ハリケーンの中心気圧は952ヘクトパスカルだった。"
        let report = try check([a, b])
        #expect(report.conflicts.isEmpty, "\(report.conflicts.map(texts))")
        let series = report.notComparable.filter { $0.decidedBy == "time" && texts($0).contains("952ヘクトパスカル") }
        #expect(!series.isEmpty)
        var off = FactCheckOptions()
        off.minimumSeriesCosine = nil
        #expect(try check([a, b], options: off).conflicts.contains { texts($0).contains("952ヘクトパスカル") })
    }

    @Test func aRepeatedSentenceWithOneChangedFigureStillConflictsWithASeries() throws {
        let a = "The minimum wage rose to £5.05 on Saturday. From October it will be £5.35 for adults."
        let b = "The minimum wage rose to £1.05 on Saturday. From October it will be £5.35 for adults."
        let report = try check([a, b])
        #expect(report.conflicts.map(texts) == [["£5.05", "£1.05"]])
    }

    @Test func figuresThatAddUpToAnotherAreItsParts() throws {
        let a = "AP通信はハイチでは13人が死亡したと伝えた。"
        let b = "AP通信によれば、ハイチでは12人が地滑りによって死亡したほか、1人が増水した川で死亡した。"
        let report = try check([a, b])
        #expect(!report.conflicts.contains { texts($0) == ["13人", "12人"] })
        #expect(report.notComparable.contains { texts($0) == ["13人", "12人"] && $0.decidedBy == "aggregation" })
        var off = FactCheckOptions()
        off.partsThatAddUpAreNotContradicted = false
        #expect(try check([a, b], options: off).conflicts.contains { texts($0) == ["13人", "12人"] })
    }

    @Test func aMarkedPartIsNotSummed() throws {
        // 14 + 3 = 17 by chance: 「うち3人」 lies inside the 14, so 14 still contradicts 17.
        let a = "北浜市のけが人は14人で、うち3人が重傷だという。"
        let b = "北浜市の死者は2人、負傷者は17人に上る。"
        #expect(try check([a, b]).conflicts.contains { texts($0) == ["14人", "17人"] })
    }

    @Test func theSecondFigureOfAnEnglishRangeSharesTheSubject() throws {
        let text = "Foreign visitors jumped 52 percent to 1.68 million, helped by new international flights."
        func key(_ options: FactCheckOptions) throws -> String? {
            let f = try FactChecker(options: options).figures(in: Document(id: "d", text: text)).measured
            return try #require(f.first { $0.figure.text == "1.68 million" }).measure.key
        }
        #expect(try key(FactCheckOptions()) == "@inbound-tourists")
        var off = FactCheckOptions()
        off.frames.englishRangeSharesClause = false
        #expect(try key(off) == "@flights")
    }

    @Test func talliesAtDifferentHoursOfOneDayAreNotComparable() throws {
        // Japanese: 正午 and 午後5時 of the 5th; 同日 is the day named before; 午後5時現在 with no
        // day is of the day of publication. 現在 after an hour is "as of", not "now".
        let a = "県によると、5日正午現在、雪下ろし中の転落などで2人が死亡した。"
        let b = "記録的な大雪に見舞われた県内では5日、事故が相次いだ。県のまとめでは、同日午後5時現在、県内で4人が死亡した。"
        let c = "県によりますと、午後5時現在、県内で4人が死亡しました。"
        let report = try check([a, b, c], dates: [2026_02_05, 2026_02_06, 2026_02_05])
        #expect(report.conflicts.isEmpty, "\(report.conflicts.map(texts))")
        let times = report.figures.filter { $0.figure.kind == .count }.map { "\($0.document) \($0.figure.text) \($0.measure.time ?? "-")" }
        #expect(times == ["a 2人 2026-02-05T12", "b 4人 2026-02-05T17", "c 4人 2026-02-05T17"])
        #expect(report.consistent.map(texts) == [["4人"]])
        // A part of a named day dates a figure without 現在: 「5日朝には」.
        let peak = try check(["電力会社によると、5日朝には最大約2万3000戸が停電した。"], dates: [2026_02_05])
        #expect(peak.figures.filter { $0.figure.kind == .count }.map { $0.measure.time } == ["2026-02-05Tmorning"])
        // English: the time-of-day words nearest the figure, for a figure dated to a day (a part of
        // the day alone, "in the morning" in a sentence naming no day, does not date a figure).
        let e = "As of 6 a.m. on Tuesday, 136 people had been injured, the council said."
        let f = "The toll rose to 58 on Tuesday evening, up from 47 in the morning. By then 150 people had been injured in the morning."
        let english = try check([e, f], dates: [2025_10_21, 2025_10_22])
        let stamps = english.figures.map { "\($0.figure.text) \($0.measure.time ?? "-")" }
        #expect(stamps == ["136 people 2025-10-21T06", "58 2025-10-21Tevening", "47 2025-10-21Tmorning", "150 people 2025"])
        var off = FactCheckOptions()
        off.frames.readsEnglishTimeOfDay = false
        #expect(try check([e], dates: [2025_10_21], options: off).figures.map { $0.measure.time } == ["2025-10-21"])
    }

    @Test func anAppositivePossessiveIsNotTheEntity() throws {
        let text = "Exports to the United States, Japan's largest export market, dropped 2.3% to 1.65 trillion yen."
        let entities = { (options: FactCheckOptions) in
            try self.check([text], options: options).figures.map { "\($0.figure.text) \($0.measure.entity ?? "-")" }
        }
        #expect(try entities(FactCheckOptions()) == ["2.3% US", "1.65 trillion yen US"])
        var off = FactCheckOptions()
        off.frames.appositivePossessiveIsNotTheEntity = false
        #expect(try entities(off) == ["2.3% JP", "1.65 trillion yen JP"])
    }

    @Test func aCountryInARelativeClauseIsNotTheEntity() throws {
        let text = "Shipments to Asia, which take more than half of Japan's exports, rose 7.4%."
        let entity = { (options: FactCheckOptions) in
            try self.check([text], options: options).figures.filter { $0.figure.text == "7.4%" }.map { $0.measure.entity }
        }
        #expect(try entity(FactCheckOptions()) == ["ASIA"])
        var off = FactCheckOptions()
        off.frames.relativeClauseEntityIsNotTheEntity = false
        #expect(try entity(off) == ["JP"])
    }

    @Test func aJapaneseDestinationNamesExportsAcrossLanguages() throws {
        let a = "11月の貿易統計によると、米国向けは3.2%減となった。"
        let b = "Exports to the United States fell 2.3% in November, trade data showed."
        let report = try check([a, b], dates: [2025_12_17, 2025_12_17])
        let pair = try #require(report.conflicts.first)
        #expect(texts(pair) == ["3.2%", "2.3%"])
        #expect(pair.a.measure.key == "@exports" && pair.a.measure.entity == "US")
        var off = FactCheckOptions()
        off.frames.destinationNamesTheMeasure = false
        off.transposedDigitsNameOneFact = nil  // (the swapped digits alone would pair them)
        let without = try check([a, b], dates: [2025_12_17, 2025_12_17], options: off)
        #expect(without.figures.first { $0.figure.text == "3.2%" }?.measure.key == "@trade-balance")
        #expect(without.conflicts.isEmpty)
    }

    @Test func theDateOfANamedEventIsComparedAndDatesNoQuantity() throws {
        let a = "The bridge, which opened in 1962, carried about 48,000 vehicles a day."
        let b = "The bridge, which opened in 1966, carried about 48,000 vehicles a day before it closed."
        let report = try check([a, b], dates: [2025_10_14, 2025_10_15])
        #expect(report.conflicts.map(texts) == [["1962", "1966"]])
        #expect(report.conflicts.first?.a.measure.event == "@opened")
        #expect(report.consistent.map(texts) == [["48,000 vehicles"]])
        var off = FactCheckOptions()
        off.frames.readsEventDates = false
        let without = try check([a, b], dates: [2025_10_14, 2025_10_15], options: off)
        #expect(without.conflicts.isEmpty)
        #expect(without.notComparable.map(texts) == [["48,000 vehicles"]])
    }

    @Test func aJapaneseEventCueFollowsItsDate() throws {
        let a = "新工場は2027年12月に稼働する予定で、従業員は約1700人を見込む。"
        let b = "新工場は2028年3月に稼働する予定だ。"
        let report = try check([a, b], dates: [2025_06_01, 2025_06_02])
        #expect(report.figures.filter { $0.figure.kind == .date }.map { $0.measure.event } == ["@began", "@began"])
        #expect(report.figures.first { $0.figure.kind == .count }?.measure.time == "2025")
    }

    @Test func aDatelineDoesNotDateTheFigures() throws {
        let a = "DALUMPIT, Oct 22 (Pacific Newswire) – The typhoon has killed 58 people, officials said on Tuesday."
        let report = try check([a], dates: [2025_10_22])
        #expect(report.figures.filter { $0.figure.kind == .count }.map { $0.measure.time } == ["2025-10-21"])
    }

    @Test func countsGivenOnDifferentDaysAreNotComparable() throws {
        // Published Monday 15 and Tuesday 16 April 2024.
        let a = "Flooding forced about 2,300 residents from their homes, county officials said on Monday."
        let b = "The mayor said 2,600 residents were still out of their homes on Tuesday morning."
        let report = try check([a, b], dates: [2024_04_15, 2024_04_16])
        #expect(report.conflicts.isEmpty, "\(report.conflicts.map(texts))")
        let pair = try #require(report.notComparable.first { texts($0) == ["2,300 residents", "2,600 residents"] })
        #expect(pair.decidedBy == "time")
        #expect(pair.a.measure.time == "2024-04-15" && pair.b.measure.time == "2024-04-16Tmorning")
        // The same day named two ways ("yesterday" in Tuesday's paper) still conflicts.
        let c = "Flooding forced 2,600 residents from their homes yesterday, officials said."
        #expect(try check([a, c], dates: [2024_04_15, 2024_04_16]).conflicts.map(texts) == [["2,300 residents", "2,600 residents"]])
        var off = FactCheckOptions()
        off.frames.readsDays = false
        #expect(try check([a, b], dates: [2024_04_15, 2024_04_16], options: off).conflicts.map(texts) == [["2,300 residents", "2,600 residents"]])
    }

    @Test func theSamePreciseValueIsTheSameFactUnderAnotherName() throws {
        // Members who backed the strike and the ballot's support are one figure under two names.
        func sources(_ x: String, _ y: String) -> [String] {
            ["Dockworkers at the Port of Felbridge voted to strike over pay. The union said \(x) of voting members backed the strike.",
             "Dockworkers at the Port of Felbridge will strike over pay. In the ballot, \(y) supported a walkout, the union turnout figures showed."]
        }
        let report = try check(sources("87%", "87 per cent"))
        #expect(report.consistent.map(texts) == [["87%", "87 per cent"]])
        var off = FactCheckOptions()
        off.identicalValueDigits = nil
        #expect(try check(sources("87%", "87 per cent"), options: off).consistent.isEmpty)
        // One significant digit is not precise enough to pair different words.
        #expect(try check(sources("9%", "9 per cent")).consistent.isEmpty)
    }

    @Test func aValueRevisedOnADayIsSupersededNotDated() throws {
        let a = "北部で起きた地震について、気象庁は8日、地震の規模を速報値のM6.6からM6.8に修正した。"
        let b = "北部で起きた地震について、気象庁によると地震の規模を示すマグニチュードは６．９でした。"
        let report = try check([a, b], dates: [2025_03_09, 2025_03_09])
        #expect(report.conflicts.map(texts) == [["6.8", "６．９"]])
    }

    @Test func aNationalStatisticsOfficeNamesItsCountry() throws {
        let a = "総務省が20日発表した1月の全国消費者物価指数（総合）は前年同月比3.7%上昇した。"
        let b = "米国の1月の消費者物価指数（総合）は前年同月比2.9%上昇した。"
        let f = try FactChecker().figures(in: Document(id: "a", text: a)).measured
        #expect(try #require(f.first { $0.figure.text == "3.7%" }).measure.entity == "JP")
        #expect(try check([a, b]).conflicts.isEmpty)
        var off = FactCheckOptions()
        off.frames.organizationNamesItsCountry = false
        #expect(try check([a, b], options: off).conflicts.map(texts) == [["3.7%", "2.9%"]])
    }

    @Test func aForecastForAWeekdayLooksAhead() throws {
        // Published Tuesday 5 August 2025: the forecast is for Wednesday the 6th, the record was Monday the 4th.
        let text = "Demand hit 28.46 gigawatts on Monday. The utility expects demand to ease to around 26.5 GW on Wednesday."
        let f = try FactChecker().figures(in: Document(id: "d", text: text, date: 2025_08_05)).measured
        #expect(try #require(f.first { $0.figure.text == "28.46 gigawatts" }).measure.time == "2025-08-04")
        let forecast = try #require(f.first { $0.figure.text == "26.5 GW" })
        #expect(forecast.measure.modality == .forecast)
        #expect(forecast.measure.time == "2025-08-06")
    }

    @Test func aYearInTheSentenceOutranksTheDayOfTheReport() throws {
        let f = try FactChecker().figures(in: Document(id: "d", text: "The prefecture welcomed 32.4 million visitors in 2024, the government said on Wednesday.",
                                                          date: 2025_02_12)).measured
        #expect(try #require(f.first { $0.figure.text == "32.4 million visitors" }).measure.time == "2024")
    }

    @Test func aRelativeTimeAtTheFigureIsFirm() throws {
        let f = try FactChecker().figures(in: Document(id: "d", text: "That is up 7 points from last year's 41 percent.", date: 2024_06_01)).measured
        let last = try #require(f.first { $0.figure.text == "41 percent" })
        #expect(last.measure.time == "2023")
        #expect(last.measure.timeIsAtFigure)
        var published = Measure()
        published.time = "2024"
        published.timeFromDocument = true
        #expect(FactChecker.statedEarlier(last.measure, published, byAtLeast: 2))
        var loose = last.measure
        loose.timeIsAtFigure = false
        #expect(!FactChecker.statedEarlier(loose, published, byAtLeast: 2))
    }

    @Test func anEnglishCountedNounIsItsOwnClass() throws {
        let lexicon = try FactLexicon.bundled()
        let f = try FactChecker().figures(in: Document(id: "d", text: "Health workers have given 6,800 doses at 42 clinics. Some 1,200 workers joined.")).measured
        let classes = Dictionary(f.map { ($0.figure.text, FactChecker.countClass($0, lexicon)) }, uniquingKeysWith: { a, _ in a })
        #expect(classes["6,800 doses"] == "doses")
        #expect(classes["1,200 workers"] == "people")
    }

    @Test func closeSpecificValuesPairInOneLanguage() throws {
        let a = "湯ノ花温泉の2024年度の延べ宿泊者数は126万4000人だった。国・地域別では台湾が最多の5万1,000人だった。"
        let b = "湯ノ花温泉の2024年度の延べ宿泊者数は126万4000人となった。台湾からの宿泊者は5万7,000人で最多だった。"
        let report = try check([a, b])
        #expect(report.conflicts.map(texts) == [["5万1,000人", "5万7,000人"]])
        #expect(report.consistent.map(texts) == [["126万4000人"]])
        var off = FactCheckOptions()
        off.closeValueEvidence = 0
        #expect(try check([a, b], options: off).conflicts.isEmpty)
        #expect(try check([a, b], options: off).consistent.map(texts) == [["126万4000人"]])
    }

    @Test func twoSourcesSetAgainstEachOtherInOneSentenceAreCompared() throws {
        let en = "Police estimated the crowd at 300, while the union put it at 1,500."
        #expect(try check([en]).conflicts.map(texts) == [["300", "1,500"]])
        let ja = "白峰村の避難者について、村は9日夜の時点で2150人としているが、県の集計では1870人だった。"
        #expect(try check([ja]).conflicts.map(texts) == [["2150人", "1870人"]])
        var off = FactCheckOptions()
        off.contrastedSourcesInOneSentence = false
        #expect(try check([en], options: off).conflicts.isEmpty)
    }

    @Test func subgroupsAndStepsOfOneSentenceAreNotCompared() throws {
        // 「30代以下では」 names a group, not a source; "from … to" is a change.
        let groups = "年代別にみると、新政会は60代以上の45%の票を集めた一方、30代以下では19%にとどまった。"
        let change = "Turnout rose from 41% to 48%, while the city said 52% had registered."
        #expect(try check([groups]).conflicts.isEmpty)
        #expect(try check([change]).conflicts.isEmpty)
    }

    @Test func aJapaneseMeasureAfterAFigureNamesTheNextFigure() throws {
        let f = try FactChecker().figures(in: Document(id: "d", text: "政府の補助は最大4670億円で、投資額の約4割を国が負担する。")).measured
        let subsidy = try #require(f.first { $0.figure.text == "4670億円" })
        #expect(subsidy.measure.key == nil, "\(subsidy.measure)")
        let relative = try FactChecker().figures(in: Document(id: "d", text: "国内総生産(GDP)比2.6%だった国防費を3.8%へ引き上げる。")).measured
        #expect(relative.first { $0.figure.text == "2.6%" }?.measure.key == "@defence-spending")
    }

    @Test func countsOfADevelopingStoryAtDifferentHoursAreNotCompared() throws {
        let a = "県のまとめでは、9日午前6時現在、白峰村で3人が死亡した。"
        let b = "県は9日午後4時現在、白峰村で5人が死亡したと発表した。"
        let c = "県によりますと、９日朝の時点で白峰村で死亡が確認されたのは４人でした。"
        let dates = [20250309, 20250309, 20250309]
        let report = try check([a, b, c], dates: dates)
        #expect(report.conflicts.map(texts) == [["3人", "４人"]])
        #expect(report.notComparable.contains { texts($0) == ["3人", "5人"] && $0.decidedBy == "time" })
        let times = try [a, b, c].map { try FactChecker().figures(in: Document(id: "d", text: $0, date: 20250309)).measured.first { $0.figure.kind == .count }?.measure.time }
        #expect(times == ["2025-03-09T06", "2025-03-09T16", "2025-03-09Tmorning"])
        var off = FactCheckOptions()
        off.frames.readsTimeOfDay = false
        #expect(try check([a, b], dates: [20250309, 20250309], options: off).conflicts.map(texts) == [["3人", "5人"]])
    }

    @Test func metricMultiplesOfOneUnitAreComparedExactly() throws {
        let a = "西湊電力の最大電力需要は2846万キロワットに達し、過去最高を更新した。"
        let b = "Nishiminato Electric Power said demand peaked at 28.46 gigawatts, a record."
        #expect(try check([a, b]).consistent.map(texts) == [["2846万キロワット", "28.46 gigawatts"]])
        let report = try check(["The new tunnel under the bay is 3.2 km long.", "The new tunnel under the bay is 3,500 m long."])
        let conflict = try #require(report.conflicts.first)
        #expect(texts(conflict) == ["3.2 km", "3,500 m"])
        #expect(conflict.absoluteDifference == Decimal(string: "0.3"))  // in the first figure's unit
        // Equal numbers in different units are not the same value.
        #expect(try check(["The queue of lorries was 5 km long.", "The queue of lorries was 5 m long."]).consistent.isEmpty)
    }

    func aggregation(of figure: String, in text: String, options: FactCheckOptions = FactCheckOptions()) throws -> Aggregation? {
        let report = try check([text], dates: [2025_03_01], options: options)
        return try #require(report.figures.first { $0.figure.text == figure }).measure.aggregation
    }

    @Test func aUnitPriceIsNotAPerPersonAmount() throws {
        var off = FactCheckOptions()
        off.frames.unitRatesAreNotPerCapita = false
        let ja = "コメ5キロあたりの平均価格は4268円だった。"
        #expect(try aggregation(of: "4268円", in: ja) == nil)
        #expect(try aggregation(of: "4268円", in: ja, options: off) == .perCapita)
        let en = "Brent crude rose to $80 per barrel on Monday."
        #expect(try aggregation(of: "$80", in: en) == nil)
        #expect(try aggregation(of: "$80", in: en, options: off) == .perCapita)
        // A per-person cue stays one.
        #expect(try aggregation(of: "$1,200", in: "Households received $1,200 per person.") == .perCapita)
    }

    @Test func anEnglishDailyCueMayStandAFewWordsAfterTheFigure() throws {
        let text = "Britain and the EU do £45m of trade a day, the minister said."
        #expect(try aggregation(of: "£45m", in: text) == .daily)
        var off = FactCheckOptions()
        off.frames.dailyCueGap = off.frames.afterCueGap
        #expect(try aggregation(of: "£45m", in: text, options: off) == nil)
    }

    @Test func aFigureListedAfterALargerOneMeetsAMarkedPart() throws {
        let a = "The earthquake damaged 640 homes and destroyed 58 homes, officials said."
        let b = "Officials said the earthquake damaged 652 homes, including 61 homes destroyed."
        let report = try check([a, b], dates: [2025_03_01, 2025_03_01])
        #expect(report.figures.first { $0.figure.text == "58 homes" }?.measure.followsLargerFigure == true)
        #expect(report.figures.first { $0.figure.text == "640 homes" }?.measure.followsLargerFigure == false)
        #expect(Set(report.conflicts.map(texts)) == [["640 homes", "652 homes"], ["58 homes", "61 homes"]])
        var off = FactCheckOptions()
        off.frames.listedPartsMeetMarkedParts = false
        let without = try check([a, b], dates: [2025_03_01, 2025_03_01], options: off)
        #expect(without.conflicts.map(texts) == [["640 homes", "652 homes"]])
    }

    @Test func aBoundAgreesWithAValueOnItsOpenSideAndSaysSo() throws {
        let a = "More than 214,000 people were sheltering in evacuation centres, the agency said."
        let b = "The agency said 239,000 people were sheltering in evacuation centres."
        let report = try check([a, b], dates: [2025_10_21, 2025_10_21])
        let pair = try #require(report.consistent.first)
        #expect(texts(pair) == ["214,000 people", "239,000 people"])
        #expect(pair.reason == "within the stated bound (moreThan)")
        let same = try check([b, b.replacingOccurrences(of: "The agency said ", with: "Officials said ")], dates: [2025_10_21, 2025_10_21])
        #expect(same.consistent.map(\.reason) == ["equal within the stated precision"])
    }

    @Test func transposedDigitsPairTwoReports() throws {
        let a = "The United Nations launched a $38 million flash appeal to pay for food, clean water and shelter."
        let b = "Japan said it would send a medical team, while the United Nations has appealed for $83 million."
        let report = try check([a, b], dates: [2025_10_22, 2025_10_22])
        #expect(report.conflicts.map(texts) == [["$38 million", "$83 million"]])
        var off = FactCheckOptions()
        off.transposedDigitsEvidence = 0
        #expect(try check([a, b], dates: [2025_10_22, 2025_10_22], options: off).conflicts.isEmpty)
        #expect(FactChecker.areTransposed(Decimal(string: "18.2")!, Decimal(string: "12.8")!, magnitudes: (18.2, 12.8), minimumDigits: 2))
        #expect(!FactChecker.areTransposed(Decimal(string: "1.8")!, Decimal(string: "81")!, magnitudes: (1.8, 81), minimumDigits: 2))
        #expect(!FactChecker.areTransposed(Decimal(string: "4.5")!, Decimal(string: "4.5")!, magnitudes: (4.5, 4.5), minimumDigits: 2))
        #expect(!FactChecker.areTransposed(Decimal(7), Decimal(70), magnitudes: (7, 70), minimumDigits: 2))
    }

    @Test func datesWithNoStatedPartInCommonAreNotCompared() throws {
        #expect(FactChecker.statedDateParts(20070514) == ["year", "month", "day"])
        #expect(FactChecker.statedDateParts(16) == ["day"])
        #expect(FactChecker.statedDateParts(700) == ["month"])
        let a = "同社はたばこの値上げを16日から実施すると発表した。"
        let b = "同社はたばこの値上げを7月から実施すると発表した。"
        #expect(try check([a, b], dates: [2006_05_10, 2006_05_10]).conflicts.isEmpty)
        var off = FactCheckOptions()
        off.datesMustShareAStatedPart = false
        #expect(try check([a, b], dates: [2006_05_10, 2006_05_10], options: off).conflicts.map(texts) == [["16日", "7月"]])
    }

    @Test func aFractionIsMeasuredAsTheShareItDenotes() throws {
        let a = "Two in three voters in the city backed the new tram plan, the council said."
        let b = "60% of voters in the city backed the new tram plan, the council said."
        let report = try check([a, b], dates: [2025_03_02, 2025_03_02])
        let conflict = try #require(report.conflicts.first)
        #expect(report.conflicts.map(texts) == [["Two in three", "60%"]])
        #expect(conflict.absoluteDifference == Decimal(string: "6.666667"))  // in percent, not 66.67 − 60 of "thirds"
        #expect(FactChecker.comparableValue(conflict.a.figure) == Decimal(string: "66.666667"))
        #expect(FactChecker.comparableValue(conflict.b.figure) == 60)
    }

    @Test func anUndatedFigureIsNotComparedWithALaterDaysReport() throws {
        let a = "Eleven people had been treated for injuries after the flood in Marlow Falls, county officials said."
        let b = "Fourteen people had been treated for injuries after the flood in Marlow Falls, the county said on Tuesday."
        // a appeared on Monday 15 April, b on Tuesday 16 April: a cannot report Tuesday's count.
        let report = try check([a, b], dates: [2024_04_15, 2024_04_16])
        #expect(report.conflicts.isEmpty, "\(report.conflicts.map(texts))")
        let pair = try #require(report.notComparable.first)
        #expect(texts(pair) == ["Eleven people", "Fourteen people"])
        #expect(pair.decidedBy == "time")
        #expect(pair.reason == "different time: 2024-04-16 is after the other source's publication (2024-04-15)")
        // Published on the same day, the two counts contradict each other.
        #expect(try check([a, b], dates: [2024_04_16, 2024_04_16]).conflicts.map(texts) == [["Eleven people", "Fourteen people"]])
        var off = FactCheckOptions()
        off.untimedFiguresPrecedeLaterTimes = false
        #expect(try check([a, b], dates: [2024_04_15, 2024_04_16], options: off).conflicts.map(texts) == [["Eleven people", "Fourteen people"]])
    }

    @Test func aTimeAfterItsOwnSourcesPublicationIsAnOutlookNotALaterReport() throws {
        let a = "Hokusei expects domestic sales of the vaccine to reach ¥50 billion a year."
        let b = "Hokusei expects domestic sales of the vaccine to reach ¥50 billion a year in 2026."
        let report = try check([a, b], dates: [2025_05_21, 2025_05_21])
        #expect(report.notComparable.filter { $0.reason.contains("publication") }.isEmpty)
        var undated = Measure(time: "2025"), dated = Measure(time: "2026")
        undated.timeFromDocument = true
        undated.published = 2025_05_21
        dated.published = 2025_05_21
        #expect(FactChecker.statedAfterPublication(undated, dated) == nil)
        dated.time = "2025-05-21"
        undated.published = 2025_05_20
        #expect(FactChecker.statedAfterPublication(undated, dated).map { [$0.0, $0.1] } == ["2025-05-21", "2025-05-20"])
    }

    @Test func saidIsNoAttributionWithinOneSource() throws {
        // One company's own statements: a part against its whole, not two sources at odds.
        let own = "Haruna said data on 1.68 million members of its loyalty scheme may have leaked. "
            + "The records, out of 4.2 million members of its loyalty scheme, include names, the company told reporters."
        #expect(try check([own]).conflicts.isEmpty)
        // Two named sources within one report are compared.
        let two = "According to the police, 300 people joined the rally in the square. "
            + "According to the organisers, 1,500 people joined the rally in the square."
        #expect(try check([two]).conflicts.map(texts) == [["300 people", "1,500 people"]])
    }

    @Test func theSameDigitsAPowerOfTenApartAreAConversionSlip() {
        func scaled(_ x: String, _ y: String) -> Bool {
            let a = Decimal(string: x)!, b = Decimal(string: y)!
            return FactChecker.areScaled(a, b, magnitudes: (NSDecimalNumber(decimal: a).doubleValue, NSDecimalNumber(decimal: b).doubleValue))
        }
        #expect(scaled("3800000000", "380000000"))  // 38億円 against "380 million yen"
        #expect(scaled("1400", "14"))
        #expect(!scaled("38", "39"))
        #expect(!scaled("12", "1200000"))  // 10^5 apart: another quantity
        #expect(!scaled("5", "50"))  // one significant digit says too little
    }

    @Test func targetsMeetForecastsButNotFacts() {
        #expect(Modality.target.isComparable(with: .forecast, outlooksMeet: true))
        #expect(!Modality.target.isComparable(with: .forecast, outlooksMeet: false))
        #expect(!Modality.demand.isComparable(with: .target, outlooksMeet: true))
        #expect(!Modality.forecast.isComparable(with: .reported, outlooksMeet: true))
        #expect(Modality.reported.isComparable(with: .estimate, outlooksMeet: true))
    }

    @Test func aBoundDoesNotExplainTransposedDigits() throws {
        let a = "More than 214,000 people were in evacuation centres in Banoy on Tuesday morning, the council said."
        let b = "On Tuesday morning 241,000 people were in evacuation centres in Banoy, the council said."
        let report = try check([a, b], dates: [2025_10_21, 2025_10_21])
        #expect(report.conflicts.map(texts) == [["214,000 people", "241,000 people"]])
        #expect(report.conflicts.first?.reason == "the same digits in another order (a bound does not explain them)")
        var off = FactCheckOptions()
        off.transposedDigitsDefeatBounds = false
        #expect(try check([a, b], dates: [2025_10_21, 2025_10_21], options: off).consistent.map(texts) == [["214,000 people", "241,000 people"]])
    }

    @Test func transposedDigitsAcrossSourcesNameOneFact() throws {
        // The measure words differ (全長 against no measure word at all), the digits are swapped.
        let a = "KZ-1は全長28.6メートルの2段式ロケットだ。"
        let b = "At 26.8 metres, the KZ-1 is one of the smallest orbital rockets in Asia."
        let report = try check([a, b], dates: [2026_09_16, 2026_09_17])
        #expect(report.conflicts.map(texts) == [["28.6メートル", "26.8 metres"]])
        var off = FactCheckOptions()
        off.transposedDigitsNameOneFact = nil
        #expect(try check([a, b], dates: [2026_09_16, 2026_09_17], options: off).conflicts.isEmpty)
    }

    @Test func oneNamedSourceTwiceIsNotTwoSources() throws {
        #expect(FactChecker.sourceNames(in: "じゃかるた新聞、日本経済新聞によるとガソリン価格は上がった。") == ["じゃかるた新聞", "日本経済新聞"])
        #expect(FactChecker.sourceNames(in: "また、ロイターによると、値上げ幅は50%程度であった。") == ["ロイター"])
        #expect(FactChecker.sourceNames(in: "The crowd was 300 strong, according to the police.") == ["police"])
        let text = "じゃかるた新聞によると、ガソリンの公定価格は87.5%値上げされた。じゃかるた新聞によれば、ガソリンの公定価格は50.5%値上げされた。"
        #expect(try check([text]).conflicts.isEmpty)
        var off = FactCheckOptions()
        off.oneNamedSourceIsNotTwo = false
        #expect(try check([text], options: off).conflicts.map(texts) == [["87.5%", "50.5%"]])
    }

    @Test func transposedDigitsNeedNoSimilarContext() throws {
        // The measure (population) is in a's previous sentence; the swapped digits pair the two.
        let a = "桜川町が3日発表した1月1日時点の人口は1万8245人だった。前年同期より412人減り、減少は25年連続。"
        let b = "桜川町の人口は1月1日時点で18,245人となり、1年間で421人減った。"
        let report = try check([a, b], dates: [2025_02_03, 2025_02_04])
        #expect(report.conflicts.map(texts) == [["412人", "421人"]])
        var off = FactCheckOptions()
        off.transposedDigitsNameOneFact = nil
        #expect(try check([a, b], dates: [2025_02_03, 2025_02_04], options: off).conflicts.isEmpty)
    }

    @Test func milesAndKnotsAreConvertedByTheirDefinitions() throws {
        #expect(UnitScale(unit: "mi")?.factor == Decimal(string: "1609.344"))
        #expect(UnitScale(unit: "kn").map { [$0.base: $0.factor] } == ["m/h": 1852])
        #expect(UnitScale(unit: "km/h").map { [$0.base: $0.factor] } == ["m/h": 1000])
        #expect(UnitScale(unit: "ft") == nil)  // sizes of things ("a twenty-foot container") stay apart
        // A conversion written in the text keeps its rounding: 48,000 ha is 118,610.5 acres.
        let a = "The Kestrel Lake fire has burned 48,000 hectares of forest, the wildfire service said."
        let b = "The Kestrel Lake fire has burned 119,000 acres of forest, the wildfire service said."
        #expect(try check([a, b], dates: [2025_07_21, 2025_07_21]).consistent.map(texts) == [["48,000 hectares", "119,000 acres"]])
    }

    @Test func theSameNumberInAnotherUnitIsAUnitSlip() throws {
        let a = "The ferry, carrying 412 passengers, overturned about 14 km off Cape Tarrow."
        let b = "The Sea Lantern rolled over in waves of up to 5 metres about 14 miles off Cape Tarrow late on Saturday."
        let report = try check([a, b], dates: [2025_06_15, 2025_06_17])
        #expect(report.conflicts.map(texts) == [["14 km", "14 miles"]])
        #expect(report.conflicts.first?.absoluteDifference == Decimal(string: "8.530816"))  // km: 22.530816 − 14
        var off = FactCheckOptions()
        off.unitSlipIsScaled = false
        #expect(try check([a, b], dates: [2025_06_15, 2025_06_17], options: off).conflicts.isEmpty)
    }

    @Test func swappedDigitsNameTheirCounterpartInASeriesAndAPart() throws {
        // a states two passenger growth rates (a series) and marks the second a part (このうち);
        // b's 12.8% has 18.2%'s digits swapped: that is its counterpart.
        let a = "旅客数は前の年度より6.8%多い4210万人で、このうち国際線は18.2%増えて1090万人でした。"
        let b = "International passengers jumped 12.8% to 10.9 million, while domestic traffic edged up to 31.2 million."
        let report = try check([a, b], dates: [2025_05_08, 2025_05_09])
        #expect(report.conflicts.contains { texts($0) == ["18.2%", "12.8%"] })
        var off = FactCheckOptions()
        off.transposedDigitsNameOneFact = nil
        off.transposedDigitsEvidence = 0
        #expect(try !check([a, b], dates: [2025_05_08, 2025_05_09], options: off).conflicts.contains { texts($0) == ["18.2%", "12.8%"] })
    }

    @Test func aSwappedCounterpartOutranksABoundThatAdmitsTheValue() throws {
        let a = "青浜県によると、2024年の観光客数は過去最多の1200万人だった。このうち外国人観光客は52%増の186万人で、初めて150万人を突破した。"
        let b = "Aohama prefecture had a record 12 million tourists in 2024. "
            + "Foreign visitors jumped 52 percent to 1.68 million, helped by the weak yen and new international flights."
        let report = try check([a, b], dates: [2025_02_12, 2025_02_12])
        #expect(report.conflicts.map(texts) == [["186万人", "1.68 million"]])
        var off = FactCheckOptions()
        off.boundsAreNotSpecific = false
        off.transposedDigitsEvidence = 0
        off.transposedDigitsNameOneFact = nil
        #expect(try check([a, b], dates: [2025_02_12, 2025_02_12], options: off).conflicts.isEmpty)
    }
}
