package dev.alinea.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import dev.alinea.ui.SpringViewTest;
import dev.alinea.users.UserRole;
import dev.alinea.users.UserService;
import dev.alinea.users.UserService.UserSummary;

/** An administrator adds users on the users screen (here as the local administrator). */
@ViewPackages(classes = UsersView.class)
class UsersViewTest extends SpringViewTest {

    @Autowired
    UserService users;

    @Test
    void addsAUserWhoThenAppearsWithTheirRole() {
        int before = users.users().size();
        navigate(UsersView.class);

        test(find(TextField.class).withId("new-user-name").single()).setValue("translator.one");
        test(find(PasswordField.class).withId("new-user-password").single()).setValue("a long enough password");
        test(find(Button.class).withId("add-user").single()).click();

        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withClassName("users-grid").single();
        assertThat(test(grid).size()).isEqualTo(before + 1);
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, 0))).contains("translator.one");
        assertThat(users.users()).filteredOn(user -> user.username().equals("translator.one")).extracting(UserSummary::role)
                .containsExactly(UserRole.REVIEWER);
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
