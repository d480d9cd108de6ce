import Foundation
import PrecisFigures
import Testing

/// Years, dates (yyyymmdd with 0 for unknown parts), durations and clock times.
@Suite struct CalendarFigureTests {
    static let cases: [FigureCase] = [
        FigureCase("2026年に創設", "2026年", "2026", .year),
        FigureCase("令和5年版", "令和5年", "2023", .year),
        FigureCase("令和元年5月1日", "令和元年5月1日", "20190501", .date),
        FigureCase("平成19年度予算", "平成19年度", "2007", .year, "年度"),
        FigureCase("2014年以降は", "2014年", "2014", .year),
        FigureCase("5月14日に発表", "5月14日", "514", .date),
        FigureCase("2007年5月14日", "2007年5月14日", "20070514", .date),
        FigureCase("2026年1月のウクライナ", "2026年1月", "20260100", .date),
        FigureCase("今年3月末", "3月", "300", .date),
        FigureCase("米国務省が24日に明らかに", "24日", "24", .date),
        FigureCase("2018年11月～2019年1月", "2018年11月～2019年1月", "20181100", .date, upper: "20190100"),
        FigureCase("2019年3月～5月", "2019年3月～5月", "20190300", .date, upper: "20190500"),
        FigureCase("21日から22日にかけて", "21日から22日", "21", .date, upper: "22"),
        FigureCase("5月14〜16日", "5月14〜16日", "514", .date, upper: "516"),
        FigureCase("2007-08年3月期", "2007-08年3月", "20070300", .date, upper: "20080300"),
        FigureCase("3年間の任期", "3年間", "3", .duration, "年"),
        FigureCase("9年間に渡った合弁", "9年間", "9", .duration, "年"),
        FigureCase("24時間営業", "24時間", "24", .duration, "時間"),
        FigureCase("1時間半先立つ", "1時間半", "1.5", .duration, "時間"),
        FigureCase("70年以上にわたり", "70年", "70", .duration, "年", bound: .atLeast),
        FigureCase("3年前に", "3年", "3", .duration, "年"),
        FigureCase("3日後に", "3日", "3", .duration, "日"),
        FigureCase("1ヶ月以上", "1ヶ月", "1", .duration, "ヶ月", bound: .atLeast),
        FigureCase("3カ月間", "3カ月間", "3", .duration, "カ月"),
        FigureCase("3分で読める", "3分", "3", .duration, "分"),
        FigureCase("in 2026 the", "2026", "2026", .year),
        FigureCase("on May 14, 2007.", "May 14, 2007", "20070514", .date),
        FigureCase("on 14 May 2007.", "14 May 2007", "20070514", .date),
        FigureCase("until June 13.", "June 13", "613", .date),
        FigureCase("in March", "March", "300", .date),
        FigureCase("since May 2007", "May 2007", "20070500", .date),
        FigureCase("on 2007-05-14", "2007-05-14", "20070514", .date),
        FigureCase("on 2025/07/27 there", "2025/07/27", "20250727", .date),
        FigureCase("for three years", "three years", "3", .duration, "years"),
        FigureCase("for 10 days", "10 days", "10", .duration, "days"),
    ]

    @Test("Years, dates and durations", arguments: cases)
    func calendar(_ c: FigureCase) { c.verify() }

    static let clock: [(String, String, Decimal)] = [
        ("午後7時に", "午後7時", 190000),
        ("18日午前2時28分", "午前2時28分", 22800),
        ("10時半から", "10時半", 103000),
        ("at 7 p.m. local", "7 p.m.", 190000),
        ("at 2:28 a.m.", "2:28 a.m.", 22800),
        ("10:58:14(1/1)", "10:58:14", 105814),
        ("(1500 UTC)", "1500", 150000),
    ]

    @Test("Times of day are hhmmss and not comparable", arguments: clock)
    func times(_ input: String, _ span: String, _ value: Decimal) throws {
        let f = try #require(FigureTestSupport.figure(span, in: input))
        #expect(f.kind == .time)
        #expect(f.value == value)
        #expect(!f.isComparable)
    }

    @Test("Impossible months are rejected, not emitted")
    func impossibleMonth() {
        let r = FigureTestSupport.extract("13月に")
        #expect(r.figures.isEmpty)
        #expect(r.rejected.map(\.text) == ["13月"])
    }
}

/// Numbers that are not quantities: ordinals, names, markers, times, links.
@Suite struct NonQuantityFigureTests {
    static let cases: [(String, String, FigureKind)] = [
        ("第5世代戦闘機", "第5世代", .ordinal),
        ("第2次世界大戦", "第2次", .ordinal),
        ("the 5th time", "5th", .ordinal),
        ("the 21st century", "21st", .ordinal),
        ("No. 5 seed", "No. 5", .ordinal),
        ("a Category 5 hurricane", "Category 5", .ordinal),
        ("カテゴリー5のハリケーン", "カテゴリー5", .ordinal),
        ("東証1部上場", "東証1部", .ordinal),
        ("戦闘機(F-35)の配備", "F-35", .identifier),
        ("G7 summit", "G7", .identifier),
        ("COVID-19 cases", "COVID-19", .identifier),
        ("flight MH17 crashed", "MH17", .identifier),
        ("the A380 jet", "A380", .identifier),
        ("5Gの基地局", "5G", .identifier),
        ("PM2.5の濃度", "PM2.5", .identifier),
        ("Society 5.0の実現", "5.0", .identifier),
        ("the FTSE 100 fell", "100", .identifier),
        ("6・25(韓国戦争)当時", "6・25", .identifier),
        ("JST, UTC +8", "UTC +8", .identifier),
        ("台風5号", "5号", .identifier),
        ("version 1.2.3 released", "1.2.3", .identifier),
        ("03-1234-5678に電話", "03-1234-5678", .identifier),
        (">>5\n韓国は", ">>5", .marker),
        ("ガンガ>>17\nいや", ">>17", .marker),
        ("＞＞５ 同意", "＞＞５", .marker),
        ("名無し2025/07/27(Sun) 10:58:14(1/1)", "1/1", .marker),
        ("米国(2)\n米国が", "2", .marker),
        ("1. Introduction\n2. Method", "1", .marker),
        ("- 5\n名無し", "5", .marker),
        ("本文\n29\nツイート", "29", .marker),
        ("※1 注記", "1", .marker),
        ("名無し2025/07/27(Sun) 10:58:14", "2025/07/27(Sun)", .time),
        ("午後7時", "午後7時", .time),
    ]

    @Test("Ordinals, identifiers, markers and timestamps are not comparable", arguments: cases)
    func nonQuantity(_ input: String, _ span: String, _ kind: FigureKind) throws {
        let f = try #require(FigureTestSupport.figure(span, in: input))
        #expect(f.kind == kind)
        #expect(!f.isComparable)
        #expect(f.bound == nil && !f.approximate)
    }

    @Test("Ages in parentheses after a name or title are durations in 歳")
    func parenthesisedAges() throws {
        let a = try #require(FigureTestSupport.figure("30", in: "山田太郎さん(30)が"))
        #expect(a.kind == .duration && a.unit == "歳")
        let b = try #require(FigureTestSupport.figure("50", in: "同社元役員・小野裕史(50)の4容疑者"))
        #expect(b.kind == .duration && b.unit == "歳")
    }

    @Test("Digits in URLs and e-mail addresses are skipped entirely")
    func links() {
        let text = """
            https://www.chosunonline.com/site/data/html_dir/2025/07/26/2025072680029.html韓国は
            https://s.japanese.joins.com/Jarticle/337082長年 www.example.com/2024/5 mail user123@example2.com now
            """
        let r = FigureTestSupport.extract(text)
        #expect(r.figures.isEmpty, "\(r.figures.map(\.text))")
        #expect(r.rejected.isEmpty)
        // Text right after a URL is still scanned.
        #expect(FigureTestSupport.comparable("http://a.jp/1 では3人").map(\.text) == ["3人"])
    }

    @Test("Forum thread: markers, timestamp and URLs produce no comparable figure")
    func forumThread() {
        let text = """
            https://www.chosunonline.com/site/data/html_dir/2025/07/26/2025072680029.html韓国は莫大な米軍駐留経費を支払っている。
            - 5
            名無し2025/07/27(Sun) 10:58:14(1/1)
            このレスは削除されています
            >>5
            韓国は大統領がクーポン配るためにガンガン国防予算を削りまくってるけど?>>4 그건 너의 생각일뿐이다.
            >>9
            在韓米軍司令官は陸の空母と言っているんだよ在韓米軍の役割変化「安全保障請求書」差し出した米国(2)
            """
        let r = FigureTestSupport.extract(text)
        #expect(r.figures.filter(\.isComparable).isEmpty, "\(r.figures.filter(\.isComparable).map(\.text))")
        #expect(r.figures.filter { $0.kind == .marker }.count >= 5)
    }
}
