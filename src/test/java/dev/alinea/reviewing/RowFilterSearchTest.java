package dev.alinea.reviewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import dev.alinea.problem.UserErrorException;

/**
 * Issue 16, finding 2: a regular expression any reader types in the grid search cannot keep a
 * request (and the project's lock) busy: it is matched in linear time (RE2/J), and what that
 * engine cannot do is refused with a clear message.
 */
class RowFilterSearchTest {

    private static Predicate<String> search(String expression) {
        Predicate<String> matcher = new RowFilter(false, null, expression, true, null).textMatcher();
        assertThat(matcher).isNotNull();
        return matcher;
    }

    @Test
    void aCatastrophicallyBacktrackingExpressionAnswersAtOnce() {
        String cell = "x".repeat(20_000);

        boolean found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> search("((.+)+)+#").test(cell));

        assertThat(found).isFalse();
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> search("((a+)+)+b").test("a".repeat(50_000) + "c"))).isFalse();
    }

    @Test
    void searchesStayCaseInsensitiveRegularExpressions() {
        assertThat(search("andrew\\s+ng").test("Dr. Andrew  Ng said")).isTrue();
        assertThat(search("^吴恩达").test("吴恩达说")).isTrue();
        assertThat(search("\\d{4}").test("in 2016")).isTrue();
        assertThat(search("ÉCOLE").test("une école")).isTrue();
    }

    @Test
    void whatTheLinearEngineCannotMatchIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> RowFilter.checkPattern("(a)\\1")).isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("The search cannot use this regular expression (")
                .hasMessageEndingWith("): back-references and look-arounds are not supported.");
        assertThatThrownBy(() -> RowFilter.checkPattern("(?<=a)b")).isInstanceOf(UserErrorException.class)
                .hasMessageEndingWith("back-references and look-arounds are not supported.");
        assertThatThrownBy(() -> RowFilter.checkPattern("(unclosed")).isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("Not a regular expression: Unclosed group");
        assertThatThrownBy(() -> RowFilter.checkPattern("a".repeat(1001))).isInstanceOf(UserErrorException.class)
                .hasMessage("A search expression can be at most 1000 characters long.");
    }
}
