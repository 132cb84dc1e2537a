package dev.alinea.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.RouterLink;

import dev.alinea.ui.SpringViewTest;

@ViewPackages(classes = {HelpView.class, dev.alinea.ui.MainLayout.class})
class HelpViewTest extends SpringViewTest {

    @Test
    void theHelpPageExplainsColumnsColoursAndKeysWithAPictureOfTheGrid() {
        navigate(HelpView.class);

        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Columns", "Colours and marks", "Keys");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Confidence under 0.5", "Name rendered differently", "Alt+M", "Ctrl+Z", "✓ confirmed");
        assertThat(find(Image.class).single().getAlt()).hasValueSatisfying(alt -> assertThat(alt).startsWith("The alignment grid"));
        assertThat(HelpView.class.getResource("alignment-grid.png")).isNotNull();
    }

    @Test
    void theHeaderLinksToTheHelpPage() {
        navigate(HelpView.class);

        assertThat(find(RouterLink.class).withId("help-link").single().getHref()).isEqualTo("help");
    }
}
