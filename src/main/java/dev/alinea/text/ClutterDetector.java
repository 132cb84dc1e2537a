package dev.alinea.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds page clutter among a document's blocks, as web pages saved as text carry it: advertising
 * and newsletter prompts ("Advertisement", "Get more with myNEWS", "Learn more"), bare video times
 * ("06:02"), short labels standing alone more than once ("TikTok"), and a caption or heading
 * repeated word for word (its later copies). Such blocks are excluded from alignment and export
 * until the reviewer includes them again.
 */
public final class ClutterDetector {

    private static final Set<String> BOILERPLATE = Set.of("advertisement", "advertisements", "sponsored", "sponsored content",
            "get more with mynews", "a personalised news feed of stories that matter to you", "learn more", "read more", "read next",
            "subscribe", "sign up", "share", "share this article", "post", "comments", "related", "related articles", "click here",
            "watch", "trending", "most popular", "recommended", "back to top", "iklan", "baca juga", "广告", "相关阅读", "点击查看");
    private static final Pattern VIDEO_TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
    private static final int MAX_LABEL_WORDS = 2;
    private static final int MIN_REPEATED_LENGTH = 20;

    private ClutterDetector() {
    }

    /** The indexes of the clutter blocks, in order; empty for a clean document. */
    public static Set<Integer> clutterBlocks(java.util.List<String> blocks) {
        Set<Integer> clutter = new TreeSet<>();
        Map<String, Integer> labelCounts = new HashMap<>();
        for (String block : blocks) {
            if (isLabel(block)) {
                labelCounts.merge(block, 1, Integer::sum);
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int b = 0; b < blocks.size(); b++) {
            String block = blocks.get(b);
            String normal = block.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
            boolean repeated = block.length() >= MIN_REPEATED_LENGTH && !seen.add(block);
            if (BOILERPLATE.contains(normal) || VIDEO_TIME.matcher(block.strip()).matches() || repeated
                    || labelCounts.getOrDefault(block, 0) > 1) {
                clutter.add(b);
            }
        }
        return clutter;
    }

    /** A word or two without sentence punctuation: a label, not a sentence. */
    private static boolean isLabel(String block) {
        String stripped = block.strip();
        return !stripped.isEmpty() && stripped.split("\\s+").length <= MAX_LABEL_WORDS && !stripped.matches(".*[.!?。！？:：].*");
    }
}
