package io.certexam.questionimport.text;

/**
 * A same-length "shadow" of a text for recognising markers: full-width forms become ASCII ({@code （３）} →
 * {@code (3)}, {@code 答案：} → {@code 答案:}, {@code 【} → {@code [}) and traditional characters become their
 * simplified form for the characters our markers, headers and boilerplate use ({@code 答案為} → {@code 答案为}).
 *
 * <p>Every character maps to exactly one character, so an offset found in the shadow is the same offset in the
 * original, and what we keep (stems, options) stays in the author's own script. The table is deliberately
 * small and one-to-one: it is for recognition, not for converting text.
 */
public final class Folding {

    private static final String TRADITIONAL_SIMPLIFIED = ""
            + "題题選选單单項项擇择斷断詞词釋释簡简論论參参為为確确錯错誤误對对溫温權权評评載载檔档閱阅讀读"
            + "頁页說说試试總总關关認认領领內内傳传網网資资據据無无節节條条處处號号數数應应問问實实與与術术"
            + "議议練练庫库學学測测驗验錄录覽览繼继續续費费責责熱热線线詢询務务類类計计態态規规則则時时間间"
            + "訂订銷销購购貨货遞递郵邮價价錢钱轉转換换還还讓让這这個个們们來来會会後后於于從从點点機机門门"
            + "開开體体發发現现買买賣卖產产質质員员級级統统隊队戶户場场東东車车長长書书視视覺觉親亲電电話话"
            + "語语談谈請请謝谢種种稱称積积極极準准標标樣样優优區区醫医藥药見见觀观調调檢检證证歸归屬属舉举"
            + "報报擔担護护隱隐聯联繫系係系結结構构設设劃划辦办紀纪變变動动勞劳嚴严損损壞坏補补償偿賠赔營营"
            + "運运廣广獎奖懲惩績绩適适當当該该須须飾饰裝装衛卫顧顾響响頻频額额範范圍围環环週周歲岁齡龄嬰婴"
            + "兒儿課课聽听專专識识別别經经詳详細细顏颜團团層层倉仓儲储鏈链塊块遲迟遺遗貼贴鬆松緊紧麼么嗎吗"
            + "夠够幾几誰谁壓压縮缩圖图紙纸軟软寫写聲声賬账歷历憑凭鮮鲜協协緒绪緩缓風风險险順顺預预溝沟餘余"
            + "紅红綠绿藍蓝狀状況况減减滿满邊边導导將将爭争盡尽愛爱氣气義义樂乐歡欢驟骤簽签收收戰战陣阵絡络"
            + "達达勢势據据雜杂創创獨独龍龙讚赞誠诚懇恳範范態态碼码廳厅鐘钟錶表較较採采彙汇匯汇簡简擊击擬拟"
            + "複复雜杂際际訊讯雙双隨随瀏浏覽览廠厂獲获態态權权責责勵励營营陳陈憶忆慣惯驗验屬属維维護护鑒鉴"
            + "別别輯辑憂忧慮虑戲戏夢梦愛爱誌志誇夸殺杀晉晋傷伤億亿俠侠僅仅倆俩個个們们側侧備备傑杰偽伪傘伞"
            + "幫帮彈弹徑径準准從从隻只衝冲剛刚剝剥劍剑勁劲勸劝匯汇協协卻却厲厉參参叢丛臺台員员團团園园圓圆"
            + "填填寬宽寶宝實实審审寵宠對对屆届岡冈島岛帥帅師师帳帐帶带幣币庫库廢废廚厨態态慶庆懷怀憲宪戀恋"
            + "擁拥擇择撥拨擴扩擾扰攝摄攤摊數数斬斩斷断晝昼暫暂曬晒會会條条極极標标樣样樹树橋桥檔档歐欧氣气"
            + "滅灭漲涨潔洁濟济灣湾災灾為为烏乌燈灯爐炉牆墙獄狱環环現现產产畫画發发盤盘眾众睜睁碼码礎础祿禄"
            + "禮礼禦御稅税穩稳窮穷競竞筆笔範范籃篮糧粮級级紀纪約约純纯紙纸級级納纳紐纽組组細细終终經经綁绑"
            + "綜综緣缘練练縣县總总績绩織织繳缴罰罚罷罢義义習习聞闻職职肅肃脅胁脫脱腦脑膚肤臉脸興兴舊旧艱艰"
            + "莊庄蘇苏處处號号蟲虫術术衝冲裝装補补製制複复覆覆規规視视親亲覺觉觀观訂订計计記记許许設设訪访"
            + "證证評评詞词試试詳详認认誤误說说課课調调談谈請请論论諸诸講讲謝谢證证識识護护讀读變变讓让豐丰"
            + "負负財财責责貨货販贩貧贫購购貴贵費费貼贴貿贸資资賓宾賞赏賢贤賬账質质購购贈赠趕赶趨趋跡迹踐践"
            + "車车軌轨軍军軟软載载輔辅輕轻輪轮輸输轉转辦办農农迴回這这連连進进運运過过達达違违遠远適适遷迁"
            + "選选遺遗還还邊边郵邮鄉乡醫医釋释針针鈔钞銀银銷销鋪铺錢钱錯错鍵键鎮镇鏡镜長长門门閉闭開开閒闲"
            + "間间閱阅關关阻阻陸陆陰阴陽阳隊队際际險险隨随隱隐雖虽雞鸡離离難难雲云電电需需靈灵頂顶項项順顺"
            + "預预領领頻频題题額额顏颜願愿類类顧顾風风飛飞飯饭飲饮餘余館馆馬马驅驱驗验體体髮发鬥斗魚鱼鳥鸟"
            + "麵面黃黄點点齊齐齒齿龍龙絕绝頭头紀纪錯错閃闪";

    private static final char[] TABLE = new char[0x10000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) { // full-width ASCII block
            TABLE[c] = (char) (c - 0xFEE0);
        }
        TABLE['\u3000'] = ' '; // ideographic space
        TABLE['\u00A0'] = ' ';
        TABLE['【'] = '[';
        TABLE['】'] = ']';
        TABLE['〔'] = '[';
        TABLE['〕'] = ']';
        TABLE['∶'] = ':';
        TABLE['﹙'] = '(';
        TABLE['﹚'] = ')';
        TABLE['✔'] = '√';
        TABLE['✓'] = '√';
        TABLE['✗'] = '×';
        TABLE['✘'] = '×';
        TABLE['╳'] = '×';
        String pairs = TRADITIONAL_SIMPLIFIED;
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            TABLE[pairs.charAt(i)] = pairs.charAt(i + 1);
        }
    }

    private Folding() {
    }

    /** The shadow of {@code text}: same length, same offsets. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TABLE[chars[i]];
        }
        return new String(chars);
    }

    static int pairCount() {
        return TRADITIONAL_SIMPLIFIED.length() / 2;
    }

    static boolean pairsAreWellFormed() {
        return TRADITIONAL_SIMPLIFIED.length() % 2 == 0;
    }
}
