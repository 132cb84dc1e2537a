package dev.alinea.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;

class ClutterDetectorTest {

    @Test
    void findsTheClutterOfTheSavedWebPage() {
        List<String> blocks = new TikaTextExtractor().extract("second-article.en.cluttered.txt", Seeds.stream("second-article.en.cluttered.txt")).blocks();

        Set<Integer> clutter = ClutterDetector.clutterBlocks(blocks);

        List<String> excluded = clutter.stream().map(blocks::get).toList();
        assertThat(excluded).contains("Advertisement", "TikTok", "Get more with myNEWS", "A personalised news feed of stories that matter to you",
                "Learn more", "06:02", "Global expansion of TikTok and other Chinese tech companies is likely, only not in the West");
        assertThat(excluded).filteredOn(b -> b.startsWith("Global expansion")).hasSize(1);
        assertThat(excluded).noneMatch(b -> b.startsWith("Brain behind TikTok’s AI engine") || b.startsWith("Li Lei, the director"));
    }

    @Test
    void aCleanStoryHasNoClutter() {
        List<String> blocks = new TikaTextExtractor().extract(Seeds.ENGLISH, Seeds.stream(Seeds.ENGLISH)).blocks();

        assertThat(ClutterDetector.clutterBlocks(blocks)).isEmpty();
    }
}
