package io.certexam.questionimport.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinDebrisTest {

    @Test
    void readingsAfterCharactersAreStripped() {
        assertThat(PinyinDebris.strip("新零售客戶服務(wù)技能認(rèn)證")).isEqualTo("新零售客戶服務技能認證");
        assertThat(PinyinDebris.strip("以下哪項(xiàng)?")).isEqualTo("以下哪項?");
        assertThat(PinyinDebris.strip("綠(lǜ)色（lǜ）")).isEqualTo("綠色");
        assertThat(PinyinDebris.strip("溝通協(xié)調")).isEqualTo("溝通協調");
    }

    @Test
    void realBracketsStay() {
        for (String text : new String[] {"分析客戶生命周期價值(LTV)", "原创力文档(book118)", "不符點(如顏色、規格)",
                "共情(Empathy)", "客服(kefu)", "精準營銷(A)和分層(B)", "(1)迎宾"}) {
            assertThat(PinyinDebris.strip(text)).isEqualTo(text);
        }
    }
}
