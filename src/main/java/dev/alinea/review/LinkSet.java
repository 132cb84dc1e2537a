package dev.alinea.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The links of a reviewed alignment, in order of their first end, then their second: applies a
 * change's link edits and moves the links behind a segment edit. At most one link joins two given
 * sentences. Not thread-safe.
 */
final class LinkSet {

    private static final Comparator<ReviewLink> ORDER = Comparator.comparingInt(ReviewLink::document).thenComparingInt(ReviewLink::segment)
            .thenComparingInt(ReviewLink::otherDocument).thenComparingInt(ReviewLink::otherSegment);

    private final List<ReviewLink> links;

    LinkSet(List<ReviewLink> links) {
        this.links = new ArrayList<>(links);
        this.links.sort(ORDER);
    }

    List<ReviewLink> all() {
        return java.util.Collections.unmodifiableList(links);
    }

    /** The links with an end at this sentence. */
    List<ReviewLink> at(int document, int segment) {
        return links.stream().filter(link -> link.touches(document, segment)).toList();
    }

    /** The links with an end in {@code [from, to)} of this document. */
    List<ReviewLink> within(int document, int from, int to) {
        return links.stream().filter(link -> inRange(link, document, from, to)).toList();
    }

    /** The link joining the same two sentences as this one, if any. */
    java.util.Optional<ReviewLink> joining(ReviewLink link) {
        return links.stream().filter(link::sameEnds).findFirst();
    }

    /** Takes the links away; each must be here, equal in every field. */
    void remove(List<ReviewLink> removed, String change) {
        for (ReviewLink link : removed) {
            if (!links.remove(link)) {
                throw new IllegalStateException("Change '" + change + "' was made for other links");
            }
        }
    }

    /** Adds links; none may join two sentences another link joins already. */
    void add(List<ReviewLink> added, String change) {
        for (ReviewLink link : added) {
            if (joining(link).isPresent()) {
                throw new IllegalStateException("Change '" + change + "' adds a link that is there already");
            }
            links.add(link);
        }
        links.sort(ORDER);
    }

    /**
     * Moves the links behind a segment edit: sentences {@code [at, at + replaced)} of the document were
     * replaced by {@code delta} more (or fewer). No link may end in the replaced sentences any more.
     */
    void shift(int document, int at, int replaced, int delta, String change) {
        if (!within(document, at, at + replaced).isEmpty()) {
            throw new IllegalStateException("Change '" + change + "' replaces linked sentences without taking their links");
        }
        if (delta != 0) {
            links.replaceAll(link -> link.shifted(document, at + replaced, delta));
            links.sort(ORDER);
        }
    }

    /**
     * @throws IllegalStateException when a link ends past its document's sentences or two links join the same sentences
     */
    void check(List<Integer> documentSizes) {
        ReviewLink previous = null;
        for (ReviewLink link : links) {
            if (link.otherDocument() >= documentSizes.size() || link.segment() >= documentSizes.get(link.document())
                    || link.otherSegment() >= documentSizes.get(link.otherDocument())) {
                throw new IllegalStateException("Link " + link + " ends past its documents' sentences");
            }
            if (previous != null && previous.sameEnds(link)) {
                throw new IllegalStateException("Two links join the same sentences: " + link);
            }
            previous = link;
        }
    }

    private static boolean inRange(ReviewLink link, int document, int from, int to) {
        return link.document() == document && link.segment() >= from && link.segment() < to
                || link.otherDocument() == document && link.otherSegment() >= from && link.otherSegment() < to;
    }
}
