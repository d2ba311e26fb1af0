package io.certexam.questionimport;

import io.certexam.questionimport.ImportMessage.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One fixture per text convention, in our own words; each asserts exactly the questions it must yield. */
class TextFixturesTest {

    @Test
    void numberedQuestionsWithOptionsOnTheirOwnLines() {
        String source = "source:numbered-multiline.txt";
        ImportDocument doc = Fixtures.text("numbered-multiline.txt");

        assertThat(doc.questions()).containsExactly(
                Q.single(4, "顾客拿着没有小票的商品要求退货，店员首先应该怎么做？")
                        .options("A=直接拒绝办理", "B=请顾客出示付款记录或会员消费记录", "C=让顾客找店长", "D=告诉顾客去别的门店办理")
                        .key("B").points("2").explanation("没有小票时，付款记录或会员记录同样可以证明购买。")
                        .tags("module:选择题", source).build(),
                // "2、" numbering, a stem wrapped over two lines, "答案：" with a full-width colon
                Q.single(11, "会员积分兑换的礼品出现破损，顾客来电投诉，客服应优先采取哪项措施？")
                        .options("A=解释礼品由第三方提供", "B=登记信息并安排补发或换货", "C=建议顾客下次再兑换")
                        .key("B").points("2").tags("module:选择题", source).build(),
                // "3．" numbering, "（多选）" in the stem
                Q.multiple(17, "下列哪些属于门店收银员交班时必须核对的内容？")
                        .options("A=现金余额", "B=当班退款单据", "C=顾客的联系电话", "D=储值卡充值记录")
                        .key("ABD").points("2").explanation("交班核对的是钱和单据，不涉及顾客个人信息。")
                        .tags("module:选择题", source).build());
        assertThat(doc.messages()).isEmpty();
    }

    @Test
    void everythingRunTogetherOnOneLine() {
        String source = "source:run-together.txt";
        ImportDocument doc = Fixtures.text("run-together.txt");

        assertThat(doc.questions()).containsExactly(
                Q.single(1, "顾客在网店下单后想修改收货地址，订单尚未发货时客服应该?")
                        .options("A=让顾客取消订单重新下单", "B=在后台修改地址并与顾客确认", "C=告知无法修改", "D=让顾客联系快递员")
                        .key("B").explanation("未发货订单可直接在后台改地址，改完要与顾客核对").tags(source).build(),
                Q.single(1, "生鲜商品签收后发现变质，顾客最晚应在多久内反馈?")
                        .options("A=签收后24小时内", "B=签收后7天内", "C=签收后30天内")
                        .key("A").explanation("生鲜类售后时限通常较短，以页面公示为准。").tags(source).build(),
                Q.single(1, "以下哪项最能体现“首问负责”?")
                        .options("A=把问题转给其他同事", "B=接到问题的人跟进到底", "C=只回答自己熟悉的问题", "D=请顾客自行查询")
                        .key("B").tags(source).build());
        assertThat(doc.messages()).isEmpty();
    }

    @Test
    void traditionalCharactersWithTheAnswerInsideTheExplanationAndPinyinDebris() {
        String source = "source:traditional-answer-in-explanation.txt";
        ImportDocument doc = Fixtures.text("traditional-answer-in-explanation.txt");

        assertThat(doc.questions()).containsExactly(
                Q.single(3, "顧客進店後,店員最合適的第一句話是?")
                        .options("A=您好,歡迎光臨,有需要隨時叫我", "B=直接介紹今天的服務項目", "C=今天全場打折", "D=請先看看價格牌")
                        .key("A").explanation("先問候再讓顧客自在選購,不要一開口就推銷。")
                        .tags("module:服務規範模塊", "topic:接待禮儀", source).build(),
                Q.multiple(3, "辦理會員卡時,哪些信息必須經顧客同意才能登記?")
                        .options("A=手機號碼", "B=生日", "C=購買偏好", "D=門店編號")
                        .key("ABC").explanation("個人信息登記需徵得顧客同意,門店編號屬於內部信息。")
                        .tags("module:服務規範模塊", "topic:會員服務", source).build(),
                // a case answered in free text (解題思路) is an open CASE_ANALYSIS question
                Q.open(3, "CASE_ANALYSIS", "顧客拿著已穿過一次的外套要求退貨,理由是顏色不喜歡,店員如何處理?")
                        .reference("先了解顧客不滿意的原因並表示理解;說明已穿著商品不符合無理由退貨條件,再提供換色或換款方案;"
                                + "若顧客仍不滿意,請店長協助溝通。")
                        .tags("module:情景模擬模塊", "topic:售後場景", source).build());
        // the study tips of section 三 are numbered prose, not questions; the page chrome is ignored
        assertThat(doc.messages()).isEmpty();
    }

    @Test
    void markersWithTheKeyRightAfterTheStemInsideAWebPage() {
        String source = "source:marker-letter-after-stem.txt";
        ImportDocument doc = Fixtures.text("marker-letter-after-stem.txt");

        assertThat(doc.questions()).containsExactly(
                Q.single(11, "顾客询问的商品暂时缺货,下面哪种回复最恰当?")
                        .options("A=没货了", "B=这款暂时缺货,我帮您登记到货提醒,也可以看看相近的款式", "C=您去别家看看吧",
                                "D=不清楚什么时候有")
                        .key("B").points("2").tags(source).build(),
                // "（ ）C A.…": the letter after the blank is the key; the blank stays
                Q.single(11, "顾客使用优惠券结账失败,收银员首先应（）")
                        .options("A=让顾客放弃使用", "B=请顾客重新下载软件", "C=核对优惠券的使用条件和有效期", "D=直接给顾客打折")
                        .key("C").points("2").tags(source).build(),
                Q.multiple(11, "顾客投诉商品质量时,客服需要记录哪些信息?")
                        .options("A=订单号或小票号", "B=顾客的家庭住址", "C=问题描述和照片", "D=顾客期望的处理方式")
                        .key("ACD").points("3").tags("module:多选题", source).build(),
                // "A.正确 B.错误" options become a boolean key
                Q.trueFalse(11, "顾客情绪激动时,客服应先安抚情绪再解决问题。", true).tags("module:判断题", source).build(),
                Q.trueFalse(11, "为了节省时间,可以不告诉顾客退款的到账时间。", false).tags("module:判断题", source).build(),
                // the scenario's 4 points are shared by its two sub-questions
                Q.scenario(11, "小林是一家母婴用品店的客服,一位顾客在群里抱怨买到的奶瓶有划痕。")
                        .child(Q.single(11, "小林第一步应该怎么做?")
                                .options("A=私聊顾客了解情况并致歉", "B=在群里解释是运输造成的", "C=不予理会").key("A").points("2"))
                        .child(Q.single(11, "顾客要求换货,小林应该怎么安排?")
                                .options("A=让顾客自己寄回", "B=让顾客先付运费", "C=安排上门取件并优先发出新品", "D=建议顾客退款")
                                .key("C").points("2"))
                        .points("4").tags("module:情景题", source).build());
        assertThat(doc.messages()).isEmpty();
    }

    @Test
    void keysInBracketsAndParenthesisedNumbers() {
        String source = "source:bracket-key-paren-numbers.txt";
        String module = "module:售前客服考核内容";
        ImportDocument doc = Fixtures.text("bracket-key-paren-numbers.txt");

        assertThat(doc.questions()).containsExactly(
                Q.single(2, "顾客咨询尺码时,客服最应该先了解顾客的（）")
                        .options("A=职业", "B=身高和体重", "C=年龄", "D=购物预算").key("B").tags(module, source).build(),
                Q.single(2, "处理顾客议价时,最稳妥的做法是（）")
                        .options("A=说明价格政策并介绍赠品", "B=直接降价", "C=拒绝回复").key("A").tags(module, source).build(),
                Q.single(2, "顾客下单后询问发货时间,客服回答的依据是（）")
                        .options("A=自己的感觉", "B=快递员的说法", "C=店铺公示的发货时效", "D=其他顾客的评价")
                        .key("C").tags(module, source).build(),
                Q.single(2, "Which reply fits best when a customer asks for a discount? ( )")
                        .options("A=Explain the price policy and offer a small gift", "B=Ignore the message")
                        .key("A").language("en").tags(module, source).build(),
                Q.multiple(2, "顾客咨询商品时,客服可以主动介绍哪些内容（）")
                        .options("A=材质", "B=搭配建议", "C=其他顾客的地址", "D=保养方法").key("ABD").tags(module, source).build(),
                Q.multiple(2, "以下哪些情况需要转交售后处理（）")
                        .options("A=顾客收到破损商品", "B=顾客询问尺码", "C=顾客申请退款").key("AC").tags(module, source).build());
        assertThat(doc.messages()).isEmpty();
    }

    @Test
    void sectionHeadersGivePointsAndPromiseCounts() {
        String source = "source:section-scoring.txt";
        ImportDocument doc = Fixtures.text("section-scoring.txt");

        assertThat(doc.questions()).containsExactly(
                Q.single(4, "顾客退货时,店员应当核对的单据是（）").options("A=购物小票", "B=会员卡", "C=身份证")
                        .key("A").points("2").tags("module:单项选择题", source).build(),
                Q.single(8, "店内广播寻找走失儿童时,应当说明（）")
                        .options("A=孩子的姓名和家庭住址", "B=家长的手机号码", "C=孩子的衣着特征")
                        .key("C").points("2").tags("module:单项选择题", source).build(),
                Q.trueFalse(13, "顾客投诉时,先认真倾听再回应。", true).tags("module:判断题", source).build(),
                Q.trueFalse(14, "顾客的手机号可以随意告诉其他顾客。", false).tags("module:判断题", source).build(),
                Q.trueFalse(15, "会员生日当月可以享受专属优惠,客服应主动提醒。", true).tags("module:判断题", source).build(),
                Q.trueFalse(17, "商品一旦售出,任何情况下都不能退换。", false).tags("module:判断题", source).build(),
                Q.multiple(20, "以下哪些做法有助于缩短顾客排队时间")
                        .options("A=增开收银台", "B=引导顾客使用自助收银", "C=暂停所有会员服务", "D=提前准备零钱")
                        .key("ABD").points("3").tags("module:多项选择题", source).build(),
                Q.scenario(27, "周六下午,一位顾客在服务台大声抱怨会员积分没有到账,后面排队的顾客开始不耐烦。")
                        .child(Q.open(28, "SHORT_ANSWER", "服务台员工应如何安抚这位顾客？")
                                .reference("先请顾客到旁边的休息区,表示理解并承诺马上查询。").points("5"))
                        .child(Q.open(30, "SHORT_ANSWER", "如何避免后面的顾客久等？")
                                .reference("呼叫同事增开服务窗口,并向排队顾客致歉说明。").points("5"))
                        .points("10").tags("module:案例分析题", source).build());
        assertThat(doc.messages()).extracting(ImportMessage::line, ImportMessage::level, ImportMessage::text)
                .containsExactly(tuple(3, Level.WARNING, "section 「单项选择题」 promises 3 questions but holds 2"));
    }

    @Test
    void openResponsesWithTheirReferenceAnswers() {
        String source = "source:open-response.txt";
        ImportDocument doc = Fixtures.text("open-response.txt");

        assertThat(doc.questions()).containsExactly(
                Q.open(3, "TERM_DEFINITION", "首问负责制")
                        .reference("第一位接到顾客问题的员工负责跟进，直到问题解决或交接给明确的负责人。")
                        .points("4").tags("module:名词解释", source).build(),
                Q.open(5, "TERM_DEFINITION", "服务补救").reference("服务出现失误后，企业为挽回顾客满意而采取的及时弥补行动。")
                        .points("4").tags("module:名词解释", source).build(),
                Q.open(8, "SHORT_ANSWER", "简述处理顾客投诉的基本步骤。")
                        .reference("倾听并记录问题;表达歉意和理解;提出解决方案并征得同意;执行方案并回访。")
                        .points("6").tags("module:简答题", source).build(),
                // the numbered points of a reference answer stay in it
                Q.open(10, "SHORT_ANSWER", "门店如何减少顾客排队等候的时间?")
                        .reference("1.高峰时段增开收银台；\n2.引导顾客使用自助收银。").points("6").tags("module:简答题", source).build(),
                Q.open(14, "SHORT_ANSWER", "简述交接班时需要注意的事项。").points("6").tags("module:简答题", source).build(),
                Q.open(16, "ESSAY", "论述会员体系对门店复购率的影响。")
                        .reference("会员体系通过积分、等级权益和专属活动提高顾客的转换成本,让顾客更愿意回到同一家门店消费;"
                                + "同时会员数据帮助门店做精准推荐。")
                        .points("15").tags("module:论述题", source).build(),
                Q.open(19, "CASE_ANALYSIS", "一位顾客在网上买的电饭煲用了三天就坏了,来门店要求当场换新,但门店没有同款库存。请分析店员应如何处理。")
                        .reference("先致歉并检测确认故障;说明门店暂无同款,提供调货、换其他款式或办理退款三种方案,让顾客选择")
                        .points("15").tags("module:案例分析题", source).build());
        assertThat(doc.messages()).extracting(ImportMessage::line, ImportMessage::level)
                .containsExactly(tuple(14, Level.WARNING), tuple(19, Level.WARNING));
        assertThat(doc.messages().get(0).text()).contains("no reference answer");
        assertThat(doc.messages().get(1).text()).contains("may be cut off");
    }

    @Test
    void aHandoutHoldsNoQuestionsAndSaysSo() {
        ImportDocument doc = Fixtures.text("handout.txt");

        assertThat(doc.questions()).isEmpty();
        assertThat(doc.messages()).extracting(ImportMessage::line, ImportMessage::level)
                .containsExactly(tuple(0, Level.WARNING));
        assertThat(doc.messages().get(0).text()).startsWith("no questions found");
    }

    @Test
    void problemsAreReportedOnTheirLinesAndDuplicatesSkipped() {
        String source = "source:problems.txt";
        ImportDocument doc = Fixtures.text("problems.txt");

        assertThat(doc.questions()).containsExactly(
                Q.single(2, "顾客要求开具发票时,收银员应当").options("A=拒绝开具", "B=按顾客提供的抬头开具", "C=让顾客改天再来")
                        .key("B").tags("module:单项选择题", source).build(),
                Q.single(7, "储值卡丢失后,顾客应当怎么做?")
                        .options("A=自认倒霉", "B=携带身份证件到门店挂失", "C=打电话给快递员", "D=在网上发帖")
                        .key("E").tags("module:单项选择题", source).build(),
                Q.single(18, "以下哪项是正确的闭店检查").options("A=关闭电源", "B=锁好仓库", "C=带走收银款")
                        .key("AB").tags("module:单项选择题", source).build(),
                Q.single(21, "顾客把雨伞忘在店里,店员应当").options("A=交到服务台登记保管", "B=自己带回家")
                        .noKey().tags("module:单项选择题", source).build());
        assertThat(doc.messages()).extracting(ImportMessage::line, ImportMessage::level)
                .containsExactly(tuple(7, Level.ERROR), tuple(13, Level.INFO), tuple(18, Level.ERROR),
                        tuple(21, Level.ERROR), tuple(25, Level.WARNING));
        assertThat(doc.messages()).extracting(ImportMessage::text).satisfiesExactly(
                t -> assertThat(t).contains("answer E is not among the options A, B, C, D"),
                // the traditional, full-width copy of question 1 is the same question
                t -> assertThat(t).startsWith(ImportMessage.DUPLICATE_PREFIX).endsWith("the one on line 2"),
                t -> assertThat(t).contains("exactly one key, found AB"),
                t -> assertThat(t).contains("no answer key found"),
                t -> assertThat(t).contains("fill-in-the-blank questions are not supported"));
        assertThat(doc.duplicatesSkipped()).isEqualTo(1);
    }
}
