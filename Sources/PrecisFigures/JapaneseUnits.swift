/// Units, counters, currencies and calendar words that follow a number in Japanese text,
/// matched longest-first (人民元 before 人, カ月 before 月).
enum JapaneseUnits {
    static let lexicon = ByteLexicon<UnitMeaning>(entries, caseInsensitive: false, wordBounded: true)

    private static let entries: [(String, UnitMeaning)] = {
        var e: [(String, UnitMeaning)] = []
        func add(_ words: [String], _ m: UnitMeaning) { for w in words { e.append((w, m)) } }
        // Money.
        add(["円", "日本円"], .currency("JPY"))
        add(["ドル", "米ドル", "USドル", "米国ドル"], .currency("USD"))
        add(["豪ドル", "オーストラリアドル"], .currency("AUD"))
        add(["香港ドル"], .currency("HKD"))
        add(["台湾ドル", "新台湾ドル", "台湾元"], .currency("TWD"))
        add(["カナダドル"], .currency("CAD"))
        add(["NZドル", "ニュージーランドドル"], .currency("NZD"))
        add(["シンガポールドル"], .currency("SGD"))
        add(["ウォン"], .currency("KRW"))
        add(["ユーロ"], .currency("EUR"))
        add(["元", "人民元"], .currency("CNY"))
        add(["英ポンド"], .currency("GBP"))
        add(["ポンド"], .pounds)
        add(["ルーブル", "ルーブリ"], .currency("RUB"))
        add(["ルピー"], .currency("INR"))
        add(["フラン", "スイスフラン"], .currency("CHF"))
        add(["バーツ"], .currency("THB"))
        add(["ルピア"], .currency("IDR"))
        add(["リンギ", "リンギット"], .currency("MYR"))
        add(["レアル"], .currency("BRL"))
        add(["ペソ", "フィリピンペソ"], .currency("PHP"))
        add(["メキシコペソ"], .currency("MXN"))
        add(["ドン"], .currency("VND"))
        add(["ランド"], .currency("ZAR"))
        for code in ["USD", "EUR", "JPY", "GBP", "CNY", "KRW", "AUD", "CAD", "CHF", "HKD", "TWD", "INR", "RUB", "SGD"] {
            e.append((code, .currency(code)))
        }
        // Ratios.
        add(["%", "％", "パーセント"], .percent)
        add(["ポイント", "%ポイント", "％ポイント", "パーセントポイント", "pt", "%pt", "％pt", "ｐｔ"], .percentagePoints)
        add(["割"], .wari)
        add(["倍"], .measure("倍"))
        add(["歳", "才"], .duration("歳"))
        // Counters, kept as written.
        for c in [
            "人", "名", "機", "隻", "台", "件", "社", "棟", "回", "頭", "羽", "票", "戸", "個", "本", "校", "店", "軒",
            "店舗", "カ国", "か国", "ヶ国", "ヵ国", "ケ国", "箇国", "カ所", "か所", "ヶ所", "ヵ所", "箇所", "議席", "席",
            "州", "県", "都市", "市", "町", "村", "区", "施設", "団体", "球団", "チーム", "曲", "冊", "部", "枚", "通", "点",
            "匹", "種", "種類", "品目", "項目", "世帯", "基", "両", "便", "局", "発", "杯", "株", "口", "組", "つ",
            "企業", "工場", "病院", "例", "症例", "勝", "敗", "連勝", "連敗", "得点", "門", "艇", "銘柄", "機種", "言語",
            "カ国語", "か国語", "ヶ国語", "人分", "校舎", "行", "支店", "容疑者", "都府県", "道府県", "都道府県", "道県",
            "府県", "市町村", "区町村", "区域", "自治体", "事業者", "銀行", "空港", "路線", "駅", "大学", "病床", "試合",
            "作品", "家族", "選手", "議員", "閣僚", "業者", "部隊", "遺体", "隊員", "職員", "社員", "店舗数", "機関",
            "地域", "家屋", "基地", "団地", "物件", "媒体", "箱", "安打", "球", "周", "者", "打点", "本塁打", "失点", "三振",
            "盗塁", "勝利", "ゴール", "アシスト", "人組", "羽", "匹", "頭数", "ページ", "行程",
        ] { e.append((c, .counter(c))) }
        // Quantities: symbol normalised.
        add(["km", "ｋｍ", "㎞", "キロメートル", "キロメーター"], .measure("km"))
        add(["m毎秒", "メートル毎秒", "m/s", "ｍ/s"], .measure("m/s"))
        add(["km毎時", "キロメートル毎時"], .measure("km/h"))
        add(["キロ"], .measure("キロ"))
        add(["m", "ｍ", "メートル", "メーター"], .measure("m"))
        add(["cm", "ｃｍ", "㎝", "センチ", "センチメートル"], .measure("cm"))
        add(["mm", "ｍｍ", "㎜", "ミリ", "ミリメートル"], .measure("mm"))
        add(["t", "トン"], .measure("t"))
        add(["kg", "ｋｇ", "㎏", "キログラム"], .measure("kg"))
        add(["g", "グラム"], .measure("g"))
        add(["mg", "ミリグラム"], .measure("mg"))
        add(["ha", "ヘクタール"], .measure("ha"))
        add(["㎡", "m2", "m²", "平方メートル"], .measure("m2"))
        add(["km2", "km²", "平方キロ", "平方キロメートル"], .measure("km2"))
        add(["L", "リットル", "ℓ"], .measure("L"))
        add(["mL", "ml", "ミリリットル", "ｍｌ", "cc", "㏄", "ミリℓ"], .measure("mL"))
        add(["ダース"], .dozen)
        add(["馬力"], .measure("hp"))
        add(["ヘルツ", "Hz"], .measure("Hz"))
        add(["エーカー"], .measure("acre"))
        add(["オンス"], .measure("oz"))
        add(["バレル"], .measure("bbl"))
        add(["hPa", "ヘクトパスカル"], .measure("hPa"))
        add(["度"], .degreesOrTimes)
        add(["℃", "°C", "度C"], .measure("°C"))
        add(["℉", "°F", "度F"], .measure("°F"))
        add(["マイル"], .measure("mi"))
        add(["ヤード"], .measure("yd"))
        add(["フィート"], .measure("ft"))
        add(["インチ"], .measure("in"))
        add(["ノット"], .measure("kn"))
        add(["坪"], .measure("坪"))
        add(["W", "ワット"], .measure("W"))
        add(["kW", "キロワット"], .measure("kW"))
        add(["MW", "メガワット"], .measure("MW"))
        add(["GW", "ギガワット"], .measure("GW"))
        add(["kWh", "キロワット時"], .measure("kWh"))
        add(["Bq", "ベクレル"], .measure("Bq"))
        add(["Sv", "シーベルト"], .measure("Sv"))
        add(["mSv", "ミリシーベルト"], .measure("mSv"))
        add(["μSv", "マイクロシーベルト"], .measure("μSv"))
        add(["MB", "メガバイト"], .measure("MB"))
        add(["TB", "テラバイト"], .measure("TB"))
        add(["GB", "ギガバイト"], .measure("GB"))
        add(["bps"], .measure("bps"))
        add(["kbps"], .measure("kbps"))
        add(["Mbps"], .measure("Mbps"))
        add(["Gbps"], .measure("Gbps"))
        add(["MHz", "メガヘルツ"], .measure("MHz"))
        add(["GHz", "ギガヘルツ"], .measure("GHz"))
        add(["ビット", "bit"], .measure("bit"))
        add(["mph"], .measure("mph"))
        add(["km/h", "キロ毎時"], .measure("km/h"))
        // Calendar and clock.
        add(["年"], .year)
        add(["年度"], .fiscalYear)
        add(["年代"], .decade)
        add(["年間"], .duration("年"))
        add(["月"], .month)
        for m in ["カ月", "か月", "ヶ月", "ヵ月", "ケ月", "箇月", "ヶ月", "カ月"] {
            e.append((m, .duration(m)))
            e.append((m + "間", .duration(m)))
        }
        add(["日"], .day)
        add(["日間"], .duration("日"))
        add(["週", "週間"], .duration("週"))
        add(["時"], .hour)
        add(["時間"], .duration("時間"))
        add(["分"], .minute)
        add(["分間"], .duration("分"))
        add(["秒", "秒間"], .second)
        // Ordinals and names.
        add([
            "年目", "年生", "日目", "回目", "人目", "番目", "週目", "期目", "度目", "位", "番", "世", "世代", "次", "期", "代",
            "着", "等", "階", "段", "級", "回戦", "周年", "四半期", "巡目", "打席目", "区間",
        ], .ordinal)
        add(["号", "号機", "号線", "号車", "型", "系", "条", "章", "項", "丁目", "番地", "番線", "系統", "番台"], .identifier)
        return e
    }()

    /// Prefixes that make the following number an ordinal ("第5世代"); part of the span.
    static let ordinalPrefix: [UInt8] = Array("第".utf8)

    /// Scale and rank words before a number that make it an ordinal ("カテゴリー5", "Category 4", "震度6", "レベル3").
    static let rankPrefixes = ByteLexicon<Bool>(
        ["カテゴリー", "カテゴリ", "category ", "レベル", "level ", "ステージ", "stage ", "フェーズ", "phase ", "震度",
         "警戒レベル", "東証", "名証", "grade ", "tier ", "chapter ", "article ", "section ", "volume ", "vol. ",
         "page ", "pages ", "p. ", "pp. ", "room ", "figure ", "fig. ", "table ", "paragraph ", "clause ", "item ",
         "exhibit ", "appendix ", "annex ", "channel ", "episode ", "lane ", "pier ", "terminal ", "ページ", "頁",
         "route ", "flight ", "platform ", "gate ", "version ", "ver. ", "型式"]
            .map { ($0, true) },
        caseInsensitive: true, wordBounded: true
    )

    /// Names before a number that make it part of a name ("FTSE 100", "Boeing 737", "S&P 500").
    static let namePrefixes = ByteLexicon<Bool>(
        ["ftse ", "nikkei ", "s&p ", "russell ", "fortune ", "stoxx ", "boeing ", "airbus ", "windows ", "iphone ",
         "galaxy ", "apollo ", "formula ", "interstate ", "highway ", "pixel ", "dax ", "kospi ", "ipad ", "playstation ",
         "embraer ", "bombardier ", "cessna ", "tupolev ", "ilyushin ", "antonov ", "sukhoi ", "mig-", "windows ",
         "日経平均", "日経", "TOPIX"].map { ($0, true) },
        caseInsensitive: true, wordBounded: true
    )

    /// Words before a number that make it an earthquake magnitude ("magnitude 5.5", "マグニチュード7.0", "M7.3").
    static let magnitudePrefixes = ByteLexicon<Bool>(
        ["magnitude ", "magnitude-", "Magnitude ", "Magnitude-", "MAGNITUDE ", "マグニチュード", "マグニチュードは", "マグニチュードが", "マグニチュード（Ｍ）は",
         "マグニチュード(M)は", "Ｍ", "M", "Mw", "Mj"].map { ($0, true) },
        caseInsensitive: false, wordBounded: true
    )

    /// Japanese era names with the Gregorian year before their first year (令和1年 = 2019).
    static let eras = ByteLexicon<Int>([("明治", 1867), ("大正", 1911), ("昭和", 1925), ("平成", 1988), ("令和", 2018)])

    /// Words made of a kanji numeral and a counter that are ordinary vocabulary, not figures.
    static let kanjiVocabulary = ByteLexicon<Bool>(
        [
            "一時", "一方", "一部", "一度", "一番", "一本化", "一日", "一件落着", "十分", "九州", "一体", "一回り",
            "一世", "一家", "一員", "一行", "一面", "一種", "一点", "一代", "一発", "一口", "一本", "一段", "一次",
            "一等", "一級", "一号", "一人一人", "一人ひとり", "三位一体", "一村", "一例", "一つ", "一戸建", "一町", "一県",
            "一両", "一枚岩", "二人三脚", "一石二鳥", "一期", "一軒家", "一位", "一席", "一隻", "一通り", "一人称",
            "一人勝ち", "八百長", "千代", "一品", "一組", "一人っ子", "一般", "二度と", "三度目の正直", "五分五分", "十人十色",
            "千差万別", "一石", "三日坊主", "七転八倒", "四苦八苦", "九死に一生",
        ].map { ($0, true) }
    )
}
