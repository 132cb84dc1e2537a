package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MentionFinderTest {

    @Test
    void indonesianNumbersAreReadWithItsSeparatorsAndDigitsOnAWordAreNoPartOfAName() {
        List<Mention> mentions = new MentionFinder("id").find("Pemerintah akan menghabiskan Rp5 triliun untuk 1.200 sekolah, naik 2,5 persen.");

        assertThat(mentions).filteredOn(Mention::isNumber).extracting(Mention::text).contains("1.200", "2,5");
        assertThat(keys(mentions)).contains("#1200", "#2.5");
        assertThat(mentions).filteredOn(m -> !m.isNumber()).extracting(Mention::text).containsExactly("Rp");
    }

    @Test
    void aScaleWordOrAMyriadAfterDigitsMultipliesThem() {
        assertThat(keys(new MentionFinder("en").find("revenue of 234.2 billion yuan, 1.5 million users"))).containsExactly("#234200000000", "#1500000");
        assertThat(keys(new MentionFinder("id").find("pendapatan 234,2 miliar yuan, 3 juta pengguna"))).containsExactly("#234200000000", "#3000000");
        assertThat(keys(new MentionFinder("zh").find("营收2342亿元，用户1.2万"))).containsExactly("#234200000000", "#12000");
        // a word that is no scale, or a rough one, leaves the digits alone
        assertThat(keys(new MentionFinder("en").find("5 thousands of years, 5 apples"))).startsWith("#5");
    }

    @Test
    void aTimeOfDayAndADecadeReadTheSameInEveryLanguage() {
        assertThat(keys(new MentionFinder("en").find("He left at 7:30 a.m. and came back at 9:00."))).containsExactly("#7:30", "#9");
        assertThat(keys(new MentionFinder("id").find("Ia berangkat pukul 07.30 dan kembali pukul 09.00."))).containsExactly("#7:30", "#9");
        assertThat(keys(new MentionFinder("zh").find("他早上7点半出发，9点回来，10点15分吃饭。"))).containsExactly("#7:30", "#9", "#10:15");
        assertThat(keys(new MentionFinder("en").find("since the 1990s, in her 30s"))).containsExactly("#1990..1999", "#30..39");
        assertThat(keys(new MentionFinder("id").find("sejak tahun 1990-an"))).containsExactly("#1990..1999");
        assertThat(keys(new MentionFinder("zh").find("从上世纪90年代起"))).containsExactly("#90..99");
        // a chain of colons is a count, not a time
        assertThat(keys(new MentionFinder("en").find("That's 1108:21:37."))).containsExactly("#1108", "#21", "#37");
        // in English a full stop before two digits is a decimal point, not a time
        assertThat(keys(new MentionFinder("en").find("It rose 7.30 percent."))).containsExactly("#7.3");
    }

    @Test
    void anElidedArticleIsNoPartOfANameAndAGuillemetOpensASentence() {
        MentionFinder french = new MentionFinder("fr");

        assertThat(french.find("Elle a trouvé un emploi à l'Université du Québec.")).extracting(Mention::text).containsExactly("Université du Québec");
        assertThat(french.find("« Nous avons trouvé ici un nouveau foyer », dit-elle.")).isEmpty();
        assertThat(french.find("Elle a dit : « Nous partons. »")).isEmpty();
    }

    @Test
    void inALanguageThatCapitalisesItsNounsOnlyARunOfCapitalisedWordsIsAName() {
        MentionFinder german = new MentionFinder("de");

        assertThat(german.find("Am Morgen war die Stadt ruhig, und die Bäcker öffneten ihre Türen.")).isEmpty();
        assertThat(german.find("Gestern hat Marie Curie den Preis erhalten.")).extracting(Mention::text).containsExactly("Marie Curie");
        // the noun before a name is capitalised too: the run also offers the name on its own
        assertThat(german.find("Ihr Mann Pierre starb 1906.")).filteredOn(m -> !m.isNumber()).singleElement()
                .satisfies(name -> assertThat(name.keys()).contains("=pierre"));
        assertThat(new MentionFinder("fr").find("Son mari Pierre travaillait avec elle.")).extracting(Mention::text).containsExactly("Pierre");
    }

    @Test
    void findsMultiWordNamesWithParticlesAndHyphens() {
        List<Mention> mentions = new MentionFinder("en").find("Li Lei joined the University of California, Santa Barbara with Dr. Fei-Fei Li.");

        assertThat(mentions).extracting(Mention::text).containsExactly("Li Lei", "University of California", "Santa Barbara", "Fei-Fei Li");
    }

    @Test
    void aPossessiveEndsANameAndASentenceOpenerIsNone() {
        List<Mention> mentions = new MentionFinder("en").find("Recently, ByteDance’s AI Lab changed. Before Ma Weiying left, NLP grew.");

        assertThat(mentions).extracting(Mention::text).containsExactly("ByteDance", "AI Lab", "Ma Weiying", "NLP");
        assertThat(mentions.getLast().kind()).isEqualTo(MentionKind.ACRONYM);
    }

    @Test
    void readsNumbersByValueInEveryLanguage() {
        assertThat(keys(new MentionFinder("en").find("more than 2,000 papers, 40% of them in 2016"))).containsExactly("#2000..4000", "#40%", "#2016");
        assertThat(keys(new MentionFinder("en").find("2,000 papers, over 40% of them in 2016"))).containsExactly("#2000", "#40%", "#2016");
        assertThat(keys(new MentionFinder("id").find("lebih dari 40 makalah pada 2016"))).containsExactly("#40..80", "#2016");
        assertThat(keys(new MentionFinder("id").find("hampir 40 makalah"))).containsExactly("#20..40");
        assertThat(keys(new MentionFinder("zh").find("他在二〇一六年发表了四十篇论文"))).contains("#2016", "#40");
    }

    @Test
    void findsChineseNamesAndLatinRunsInChineseText() {
        List<Mention> mentions = new MentionFinder("zh").find("李飞飞和吴恩达加入 UCSB 与 AI Lab。");

        assertThat(mentions).extracting(Mention::text).contains("李飞飞", "吴恩达", "UCSB", "AI Lab");
        assertThat(mentions).filteredOn(m -> m.text().equals("吴恩达")).singleElement()
                .satisfies(m -> assertThat(m.keys()).contains("name:wuenda"));
    }

    private static List<String> keys(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.kind() == MentionKind.NUMBER).map(m -> m.keys().iterator().next()).toList();
    }
}
