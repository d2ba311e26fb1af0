package io.certexam.questionimport.text;

import io.certexam.questionimport.ImportDocument;
import io.certexam.questionimport.ImportedQuestion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What must not be taken for structure, and the tight spots of run-together text. */
class MarkerEdgeCasesTest {

    private static ImportDocument read(String text) {
        return TextQuestionReader.read(text, null);
    }

    @Test
    void keyLettersRunStraightIntoOptionA() {
        ImportedQuestion q = read("1.[单选题 - 2分]:顾客没收到货的原因?AA.延迟发货 B.天气").questions().get(0);

        assertThat(q.stem()).isEqualTo("顾客没收到货的原因?");
        assertThat(q.answer().optionIds()).containsExactly("A");
        assertThat(q.options()).hasSize(2);
    }

    @Test
    void questionNumbersGoPastNineHundredNinetyNine() {
        StringBuilder paper = new StringBuilder("一、单项选择题(每题1分,共3题)\n");
        for (int n = 999; n <= 1001; n++) {
            paper.append(n).append(".第").append(n).append("题,收银台先做什么?( B )\nA.点钞 B.问候\n");
        }

        ImportDocument doc = read(paper.toString());

        assertThat(doc.questions()).extracting(ImportedQuestion::stem)
                .containsExactly("第999题,收银台先做什么?（）", "第1000题,收银台先做什么?（）", "第1001题,收银台先做什么?（）");
        assertThat(doc.messages()).isEmpty();
    }

    @Test
    void wordsThatLookLikeMarkersInsideAStemStayText() {
        ImportedQuestion q = read("1.在第2、3季度,以下哪个答案是正确的?A.促销B.清仓\n答案:A").questions().get(0);

        assertThat(q.stem()).isEqualTo("在第2、3季度,以下哪个答案是正确的?");
        assertThat(q.answer().optionIds()).containsExactly("A");
    }

    @Test
    void enumerationsInsideAReferenceAnswerStayInIt() {
        ImportDocument doc = read("""
                一、简答题
                1.简述交接班要点。
                参考答案：(1)清点现金；(2)核对单据。
                一、钱款相符；二、单据齐全。
                2.简述闭店流程。
                答：关灯锁门。""");

        assertThat(doc.questions()).hasSize(2);
        assertThat(doc.questions().get(0).answer().referenceAnswer())
                .isEqualTo("(1)清点现金；(2)核对单据。\n一、钱款相符；二、单据齐全。");
        assertThat(doc.questions().get(1).answer().referenceAnswer()).isEqualTo("关灯锁门。");
    }

    @Test
    void aWrappedOptionLineIsJoinedWhenMoreOptionsFollowAndStrayTextAfterTheLastOptionIsDropped() {
        ImportDocument doc = read("""
                1.顾客退货需要什么?( A )
                A.购物小票或
                电子付款记录
                B.什么都不需要
                本页由某某网站整理
                2.下一题?
                A.甲
                B.乙
                答案:B""");

        assertThat(doc.questions()).hasSize(2);
        assertThat(doc.questions().get(0).options()).extracting(o -> o.text())
                .containsExactly("购物小票或电子付款记录", "什么都不需要");
        assertThat(doc.questions().get(0).explanation()).isNull();
        assertThat(doc.messages()).isEmpty();
    }

    @Test
    void aHeadingListOfOtherPapersIsNeverAQuestion() {
        ImportDocument doc = read("""
                最新文档
                - 2025年客服岗位试题及答案
                - 1.单选题汇编
                - 门店服务考核试卷
                """);

        assertThat(doc.questions()).isEmpty();
    }

    @Test
    void trueFalseKeysInEveryForm() {
        ImportDocument doc = read("""
                三、判断题
                1.顾客永远是对的。（正确）
                2.退款可以不告知到账时间。（错）
                3.投诉要先倾听。 对
                4.小票丢了就不能退货。
                A.对
                B.错
                答案为B
                5.会员可以转借他人使用 ×""");

        assertThat(doc.questions()).extracting(q -> q.answer().value()).containsExactly(true, false, true, false, false);
        assertThat(doc.questions()).extracting(ImportedQuestion::stem).containsExactly(
                "顾客永远是对的。", "退款可以不告知到账时间。", "投诉要先倾听。", "小票丢了就不能退货。", "会员可以转借他人使用");
        assertThat(doc.questions()).allSatisfy(q -> assertThat(q.options()).isEmpty());
        assertThat(doc.messages()).isEmpty();
    }

    @Test
    void bracketedAnswerAndExplanationMarkers() {
        ImportedQuestion q = read("1.【多选题】顾客退货要核对什么？A．小票 B．商品 C．天气【答案】AB【解析】小票和商品决定能否退。")
                .questions().get(0);

        assertThat(q.type()).isEqualTo("MULTIPLE_CHOICE");
        assertThat(q.stem()).isEqualTo("顾客退货要核对什么？");
        assertThat(q.answer().optionIds()).containsExactly("A", "B");
        assertThat(q.explanation()).isEqualTo("小票和商品决定能否退。");
    }

    @Test
    void subQuestionsOfACaseWithoutAnswersAreOpenQuestionsAndOwnPointsWin() {
        ImportDocument doc = read("""
                四、案例分析题(每题10分,共1题)
                1.顾客在服务台抱怨积分没到账。
                (1)分析顾客不满的原因。(4分)
                (2)提出处理方案。(6分)""");

        ImportedQuestion scenario = doc.questions().get(0);
        assertThat(scenario.type()).isEqualTo("SCENARIO");
        assertThat(scenario.points()).isEqualByComparingTo("10");
        assertThat(scenario.children()).extracting(ImportedQuestion::openResponseKind, q -> q.points().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SHORT_ANSWER", "4"),
                        org.assertj.core.groups.Tuple.tuple("SHORT_ANSWER", "6"));
        assertThat(doc.messages()).extracting(m -> m.line()).containsExactly(3, 4); // no reference answers
    }

    @Test
    void shareSplitsPointsExactly() {
        assertThat(QuestionAssembler.share(new java.math.BigDecimal("5"), 3))
                .extracting(java.math.BigDecimal::toPlainString).containsExactly("1.67", "1.67", "1.66");
        assertThat(QuestionAssembler.share(new java.math.BigDecimal("5"), 4))
                .extracting(java.math.BigDecimal::toPlainString).containsExactly("1.25", "1.25", "1.25", "1.25");
    }
}
