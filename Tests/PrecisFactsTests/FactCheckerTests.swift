import Foundation
import Testing
@testable import PrecisFacts
import PrecisText
import PrecisTestSupport

@Suite struct FactCheckerTests {
    @Test func forumSeedReportsTheGDPShareConflict() throws {
        let document = try fixtureDocument("seed-002")
        let report = try FactChecker().check([document])
        let conflict = report.conflicts.first { Set([$0.a.figure.text, $0.b.figure.text]) == ["2.6%", "2.3%"] }
        #expect(conflict != nil, "conflicts: \(report.conflicts.map { ($0.a.figure.text, $0.b.figure.text) })")
        if let conflict {
            #expect(conflict.absoluteDifference == Decimal(string: "0.3"))
            #expect(conflict.a.measure.base == "GDP" && conflict.b.measure.base == "GDP")
            let bytes = Array(document.text.utf8)
            for side in [conflict.a, conflict.b] {
                #expect(String(decoding: bytes[side.start..<side.end], as: UTF8.self) == side.figure.text)
                #expect(String(decoding: bytes[side.sentenceStart..<side.sentenceEnd], as: UTF8.self) == side.sentenceText)
                #expect(document.sentences[side.sentence].text == side.sentenceText)
            }
        }
        // 3.8% is a demanded target: never a conflict.
        #expect(!report.conflicts.contains { $0.a.figure.text == "3.8%" || $0.b.figure.text == "3.8%" })
        let demanded = report.figures.first { $0.figure.text == "3.8%" }
        #expect(demanded?.measure.modality == .demand)
        #expect(report.notComparable.contains { Set([$0.a.figure.text, $0.b.figure.text]).contains("3.8%") })
    }

    @Test func seedsTogetherHaveNoFalseConflictsAcrossDocuments() throws {
        let a = try fixtureDocument("seeds-000-002", index: 0)
        let b = try fixtureDocument("seeds-000-002", index: 1)
        let report = try FactChecker().check([a, b])
        let across = report.conflicts.filter { $0.a.document != $0.b.document }
        #expect(across.isEmpty, "\(across.map { ($0.a.figure.text, $0.b.figure.text, $0.measure) })")
        let troops = report.figures.first { $0.figure.text == "2万8500人" }
        #expect(troops?.figure.kind == .count && troops?.figure.value == 28_500)
    }

    /// Checks two one-sentence sources; a failing check fails the test (never an empty report).
    private func pair(_ x: String, _ y: String) throws -> FactCheckReport {
        try FactChecker().check([Document(id: "a", text: x), Document(id: "b", text: y)])
    }

    @Test func duplicateIDsAndMissingModelsAreErrors() throws {
        let d = Document(id: "same", text: "韓国の国防費はGDP比2.3%だ。")
        #expect(throws: FactCheckError.duplicateDocumentID("same")) { try FactChecker().check([d, d]) }
    }

    @Test func equalHugeValuesAreConsistent() throws {
        let text = "日本の国債残高は99999999999999999999999999999999999999兆円だ。"
        let report = try FactChecker().check([Document(id: "a", text: text), Document(id: "b", text: text)])
        #expect(report.conflicts.isEmpty)
    }

    @Test func pairsPerFigureAreCapped() throws {
        let lines = (0..<300).map { "Inflation in the region rose to \(10 + $0 % 7).\($0 % 10)% this year." }
        let report = try FactChecker().check([Document(id: "a", text: lines[..<150].joined(separator: "\n")),
                                              Document(id: "b", text: lines[150...].joined(separator: "\n"))])
        #expect(report.conflicts.count + report.consistent.count > 0)
        let pairs = report.conflicts.count + report.consistent.count + report.notComparable.count
        #expect(pairs <= 300 * FactCheckOptions().maximumPairsPerFigure / 2 + 1)
    }

    @Test func verdictsAtTheEdgesOfStatedPrecision() throws {
        let template = { (v: String) in "韓国の国防費はGDP比\(v)の水準だ。" }
        #expect(try pair(template("2.3%"), template("2.35%")).consistent.count == 1)
        #expect(try pair(template("2.3%"), template("2.4%")).conflicts.count == 1)
        #expect(try pair(template("2.3%"), template("2.34%")).consistent.count == 1)
        let money = { (v: String) in "現在、韓国の国防費は\(v)ウォンだ。" }
        // 約61兆 allows the rounding it states (60.5兆–61.5兆): 61.4兆 is inside; 61.8兆 (which
        // rounds to 62兆) and 63兆 are outside.
        #expect(try pair(money("約61兆"), money("63兆")).conflicts.count == 1)
        #expect(try pair(money("約61兆"), money("61.4兆")).consistent.count == 1)
        #expect(try pair(money("約61兆"), money("61.8兆")).conflicts.count == 1)
        #expect(try pair(money("約84万"), money("約90万")).conflicts.count == 1)
        #expect(try pair(money("61.2兆"), money("63兆")).conflicts.count == 1)
        let english = { (v: String) in "South Korea's defence spending is \(v) of GDP this year." }
        #expect(try pair(english("2.3%"), english("2.6%")).conflicts.count == 1)
        #expect(try pair(english("2.3%"), english("2.3 per cent")).consistent.count == 1)
    }

    @Test func boundsAndModalityAndTime() throws {
        #expect(try pair("ルワンダのキャンプの難民は3万人以上だ。", "ルワンダのキャンプの難民は4万人だ。").consistent.count == 1)
        #expect(try pair("ルワンダのキャンプの難民は5万人未満だ。", "ルワンダのキャンプの難民は6万人だ。").conflicts.count == 1)
        let target = try pair("韓国の国防費はGDP比2.3%だ。", "米国は韓国の国防費をGDP比3.8%へ引き上げるよう要求した。")
        #expect(target.conflicts.isEmpty && target.notComparable.count == 1)
        let years = try pair("韓国の失業率は2024年に3.1%だった。", "韓国の失業率は2025年に3.5%だった。")
        #expect(years.conflicts.isEmpty)
    }

    @Test func differentMeasuresAndEntitiesAreNotPaired() throws {
        #expect(try pair("韓国の国防費はGDP比2.3%だ。", "日本の国防費はGDP比1.6%だ。").conflicts.isEmpty)
        #expect(try pair("在韓米軍の防衛費分担金を100億ドルに引き上げるべきだ。", "韓国による3500億ドル規模の対米投資と引き換えだ。").conflicts.isEmpty)
        #expect(try pair("The company sold 3,000 cars in May.", "The company sold cars for $3,200 each in May.").conflicts.isEmpty)
        // No currency conversion: yen and dollars are never compared.
        #expect(try pair("売却額は55億ユーロだった。", "The sale was worth US$7.4 billion.").conflicts.isEmpty)
    }

    @Test func lexiconParsesAndMatchesWholeWords() throws {
        let lexicon = try FactLexicon.bundled()
        #expect(lexicon.matches(.entity, in: Array("US troops and USB sticks in the U.S.".utf8)).map(\.term) == ["US", "U.S."])
        #expect(lexicon.matches(.modality, in: Array("3.8%へ引き上げることを要求".utf8)).map(\.id) == ["target", "demand"])
        #expect(throws: ModelLoadError.self) { try FactLexicon.parse("entity\tKR\n", path: "x") }
    }

    @Test func intervals() throws {
        func figure(_ v: String, resolution: String, approximate: Bool = false, bound: FigureBound? = nil) -> Figure {
            Figure(text: v, start: 0, end: 1, value: Decimal(string: v)!, kind: .percent, unit: "%", approximate: approximate,
                   bound: bound, resolution: Decimal(string: resolution)!)
        }
        #expect(ValueInterval(figure("2.3", resolution: "0.05")) == ValueInterval(low: Decimal(string: "2.25"), high: Decimal(string: "2.35")))
        #expect(!ValueInterval(figure("2.3", resolution: "0.05")).overlaps(ValueInterval(figure("2.4", resolution: "0.05"))))
        #expect(ValueInterval(figure("100", resolution: "0.5", bound: .atLeast)).high == nil)
        // Approximate: half a unit of the last non-zero digit, capped at 10% of the value.
        #expect(ValueInterval(figure("100", resolution: "0.5", approximate: true)).low == 90)
        #expect(ValueInterval(figure("840000", resolution: "5000", approximate: true)) == ValueInterval(low: 835_000, high: 845_000))
        #expect(ValueInterval(figure("3000", resolution: "0.5", approximate: true)) == ValueInterval(low: 2700, high: 3300))
        #expect(ValueInterval(figure("2.3", resolution: "0.05", approximate: true)) == ValueInterval(low: Decimal(string: "2.25"), high: Decimal(string: "2.35")))
        // The former rule (two stated resolutions) let 約3兆 reach down to 2兆.
        #expect(ValueInterval(figure("3000000000000", resolution: "500000000000", approximate: true), approximateResolutions: 2).low == 2_000_000_000_000)
        #expect(ValueInterval(figure("3000000000000", resolution: "500000000000", approximate: true)).low == 2_500_000_000_000)
    }
}
