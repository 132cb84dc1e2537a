package dev.alinea.ui.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import dev.alinea.problem.CapturedLog;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.ProjectService;
import dev.alinea.ui.ErrorNotification;
import dev.alinea.users.UserService;

/**
 * What the users screen tells when adding a user fails: the user's mistake as the service words
 * it; a fault of Alinea's only as a generic message whose id leads to the logged error.
 */
@ViewPackages(classes = UsersViewErrorTest.Blank.class)
class UsersViewErrorTest extends BrowserlessTest {

    /** A page to put the screen on, made with stand-in services. */
    @Route("blank")
    public static class Blank extends Div {
    }

    private final UserService users = mock(UserService.class);
    private CapturedLog logged;

    @BeforeEach
    void openTheScreen() {
        ProjectService projects = mock(ProjectService.class);
        when(projects.projects()).thenReturn(List.of());
        when(users.users()).thenReturn(List.of());
        navigate(Blank.class).add(new UsersView(users, projects));
        logged = CapturedLog.of(ErrorNotification.class);
    }

    @AfterEach
    void releaseTheLog() {
        logged.close();
    }

    @Test
    void showsAUsersMistakeAsTheServiceWordsIt() {
        when(users.addUser(any(), any(), any())).thenThrow(new UserErrorException("There is a user named ada already."));

        addUser("ada");

        assertThat(notifications()).containsExactly("There is a user named ada already.");
        assertThat(logged.events()).isEmpty();
    }

    @Test
    void showsAProgrammingErrorAsAGenericMessageWhoseIdIsInTheLog() {
        when(users.addUser(any(), any(), any())).thenThrow(new IllegalStateException("duplicate key value violates unique constraint \"app_user_pkey\""));

        addUser("ada");

        assertThat(notifications()).singleElement().asString().matches("Something went wrong \\(error [0-9a-f]{8}\\)\\. It has been logged\\.");
        String id = notifications().getFirst().replaceAll(".*error ([0-9a-f]{8}).*", "$1");
        assertThat(logged.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains(id);
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        });
    }

    private void addUser(String name) {
        test(find(TextField.class).withId("new-user-name").single()).setValue(name);
        test(find(PasswordField.class).withId("new-user-password").single()).setValue("a long enough password");
        test(find(Button.class).withId("add-user").single()).click();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
