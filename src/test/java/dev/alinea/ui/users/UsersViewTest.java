package dev.alinea.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import dev.alinea.TestDataDirectory;
import dev.alinea.users.UserRole;
import dev.alinea.users.UserService;
import dev.alinea.users.UserService.UserSummary;

/** An administrator adds users on the users screen (here as the local administrator). */
@SpringBootTest
@ViewPackages(classes = UsersView.class)
class UsersViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "users-view-");
    }

    @Autowired
    UserService users;

    @Test
    void addsAUserWhoThenAppearsWithTheirRole() {
        navigate(UsersView.class);

        test(find(TextField.class).withId("new-user-name").single()).setValue("translator.one");
        test(find(PasswordField.class).withId("new-user-password").single()).setValue("a long enough password");
        test(find(Button.class).withId("add-user").single()).click();

        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withClassName("users-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("translator.one");
        assertThat(users.users()).extracting(UserSummary::role).containsExactly(UserRole.REVIEWER);
    }

    @Test
    void aTooShortPasswordIsRefusedWithItsReason() {
        navigate(UsersView.class);

        test(find(TextField.class).withId("new-user-name").single()).setValue("shorty");
        test(find(PasswordField.class).withId("new-user-password").single()).setValue("short");
        test(find(Button.class).withId("add-user").single()).click();

        assertThat(users.users()).extracting(UserSummary::username).doesNotContain("shorty");
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all()).isNotEmpty();
    }
}
