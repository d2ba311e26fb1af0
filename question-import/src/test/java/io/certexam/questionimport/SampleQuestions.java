package io.certexam.questionimport;

import java.util.List;

/** A bank's worth of every shape a question can take, for the round-trip tests. */
final class SampleQuestions {

    private SampleQuestions() {
    }

    static List<ImportedQuestion> everyShape() {
        return List.of(
                Q.single(1, "顾客没有小票要求退货，店员首先应该怎么做？")
                        .options("A=直接拒绝", "B=查询会员消费记录", "C=让顾客改天再来")
                        .key("B").points("2").explanation("会员记录同样可以证明购买。\n第二行解析。")
                        .tags("module:售后服务", "topic:退换货", "source:门店 题库, 2024.txt").difficulty(2).build(),
                Q.multiple(2, "收银员交班时必须核对哪些内容？")
                        .options("A=现金余额", "B=退款单据", "C=顾客电话", "D=储值卡记录")
                        .key("ABD").points("3").scoring("PARTIAL_NO_WRONG").tags("module:收银").difficulty(3).build(),
                Q.trueFalse(3, "顾客的手机号可以告诉其他顾客。", false).points("1").build(),
                Q.open(4, "ESSAY", "论述会员体系对复购率的影响。")
                        .reference("积分和等级权益提高转换成本；会员数据支持精准推荐。")
                        .rubric("说明转换成本", "4").rubric("说明数据的作用", "3.5").points("7.5")
                        .explanation("言之有理即可。").build(),
                Q.scenario(5, "一位顾客在群里抱怨买到的奶瓶有划痕。")
                        .child(Q.single(5, "第一步应该怎么做？").options("A=私聊致歉", "B=群里解释").key("A").points("1.25"))
                        .child(Q.open(5, "SHORT_ANSWER", "如何安排换货？").reference("上门取件，优先发出新品。").points("3.75"))
                        .tags("module:情景题").build(),
                Q.single(6, "Which reply fits best when a customer asks for a discount?")
                        .options("A=Explain the price policy", "B=Ignore the message").key("A").language("en").build(),
                // nothing optional given: stays empty, the bank's defaults apply
                Q.trueFalse(7, "会员生日当月有专属优惠。", true).points(null).language(null).build());
    }
}
