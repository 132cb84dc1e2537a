package dev.alinea.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alinea.Seeds;
import dev.alinea.TestDataDirectory;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.ReviewService.RowRef;

/**
 * Issue 16, findings 1 and 14: what an administrator changes about a user counts at once for the
 * sessions that user has already signed in with; accounts can be disabled, unlocked and deleted;
 * the only administrator cannot lock everyone out; names that read alike are one account; weak or
 * over-long passwords are refused with a clear message. On a database of its own, emptied of users
 * before each test.
 */
@SpringBootTest(properties = "alinea.mode=server")
class UserAccountsIT {

    private static final String PASSWORD = "correct horse battery";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "user-accounts-");
    }

    @Autowired
    UserService users;

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectAccess access;

    private long ada;

    @BeforeEach
    void anAdministrator() {
        jdbc.sql("DELETE FROM app_user").update();
        ada = ProjectAccess.asSystem(() -> users.addUser("ada", UserRole.ADMIN, PASSWORD));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A sign-in as the sign-in page makes it: the principal as loaded from the database then. */
    private Authentication signIn(String name) {
        var user = users.loadUserByUsername(name);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private <T> T as(Authentication signIn, Supplier<T> call) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signIn);
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long add(String name, UserRole role) {
        return as(signIn("ada"), () -> users.addUser(name, role, PASSWORD));
    }

    @Test
    void aDemotedAdministratorsSessionCanNoLongerAddUsers() {
        long bea = add("bea", UserRole.ADMIN);
        Authentication beasSession = signIn("bea");

        as(signIn("ada"), () -> {
            users.setRole(bea, UserRole.READER);
            return null;
        });

        assertThat(users.isCurrent(beasSession)).isFalse();
        assertThatThrownBy(() -> as(beasSession, () -> users.addUser("mallory", UserRole.ADMIN, PASSWORD)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("sign in again");
        assertThatThrownBy(() -> as(signIn("bea"), () -> users.addUser("mallory", UserRole.ADMIN, PASSWORD)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("bea may not add users: only an administrator may.");
    }

    @Test
    void aDemotedReviewersSessionCanNoLongerConfirmRows() {
        long project = as(signIn("ada"), () -> projects.createProject("Demotion", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN))), 0));
        long rex = add("rex", UserRole.REVIEWER);
        as(signIn("ada"), () -> {
            users.assign(project, rex, true);
            return null;
        });
        Authentication rexsSession = signIn("rex");
        as(rexsSession, () -> confirmFirstRow(project));

        as(signIn("ada"), () -> {
            users.setRole(rex, UserRole.READER);
            return null;
        });

        assertThatThrownBy(() -> as(rexsSession, () -> confirmFirstRow(project))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(signIn("rex"), () -> confirmFirstRow(project))).isInstanceOf(AccessDeniedException.class)
                .hasMessage("rex may not change project " + project + ": a reader may view and export only.");
    }

    private ReviewService.EditResult confirmFirstRow(long project) {
        return reviews.edit(project, List.of(RowRef.of(reviews.row(project, 0).orElseThrow())), (a, r) -> a.confirm(r));
    }

    @Test
    void aPasswordResetEndsTheSessionsSignedInWithTheOldOne() {
        long bea = add("bea", UserRole.ADMIN);
        Authentication beasSession = signIn("bea");

        as(signIn("ada"), () -> {
            users.setPassword(bea, "another long passphrase");
            return null;
        });

        assertThat(users.isCurrent(beasSession)).isFalse();
        assertThatThrownBy(() -> as(beasSession, () -> users.users())).isInstanceOf(AccessDeniedException.class);
        assertThat(users.isCurrent(signIn("bea"))).isTrue();
    }

    @Test
    void aDisabledUserCannotSignInAndTheirSessionsEnd() {
        long bea = add("bea", UserRole.ADMIN);
        Authentication beasSession = signIn("bea");

        as(signIn("ada"), () -> {
            users.setEnabled(bea, false);
            return null;
        });

        assertThat(users.loadUserByUsername("bea").isEnabled()).isFalse();
        assertThatThrownBy(() -> as(beasSession, () -> users.users())).isInstanceOf(AccessDeniedException.class)
                .hasMessage("The account bea is disabled: ask an administrator.");
        as(signIn("ada"), () -> {
            users.setEnabled(bea, true);
            return null;
        });
        assertThat(users.loadUserByUsername("bea").isEnabled()).isTrue();
    }

    @Test
    void aDeletedUserCannotSignInAndTheirSessionsEnd() {
        long bea = add("bea", UserRole.REVIEWER);
        Authentication beasSession = signIn("bea");

        as(signIn("ada"), () -> {
            users.delete(bea);
            return null;
        });

        assertThatThrownBy(() -> users.loadUserByUsername("bea")).isInstanceOf(UsernameNotFoundException.class);
        assertThat(users.isCurrent(beasSession)).isFalse();
        assertThatThrownBy(() -> as(beasSession, () -> access.caller())).isInstanceOf(AccessDeniedException.class)
                .hasMessage("The account bea no longer exists.");
    }

    @Test
    void theOnlyAdministratorCannotDemoteDisableOrDeleteHerself() {
        Authentication adasSession = signIn("ada");

        assertThatThrownBy(() -> as(adasSession, () -> {
            users.setRole(ada, UserRole.READER);
            return null;
        })).isInstanceOf(UserErrorException.class)
                .hasMessage("Cannot make ada a reader: ada is the only administrator. Make another user an administrator first.");
        assertThatThrownBy(() -> as(adasSession, () -> {
            users.setEnabled(ada, false);
            return null;
        })).isInstanceOf(UserErrorException.class).hasMessageContaining("only administrator");
        assertThatThrownBy(() -> as(adasSession, () -> {
            users.delete(ada);
            return null;
        })).isInstanceOf(UserErrorException.class).hasMessageContaining("only administrator");

        add("bea", UserRole.ADMIN);
        assertThatCode(() -> as(adasSession, () -> {
            users.setRole(ada, UserRole.REVIEWER);
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void namesThatReadAlikeAreOneAccount() {
        assertThatThrownBy(() -> add("Ada", UserRole.READER)).isInstanceOf(UserErrorException.class)
                .hasMessage("There is a user named ada already, which reads the same as Ada.");
        assertThatThrownBy(() -> add("ＡＤＡ", UserRole.READER)).isInstanceOf(UserErrorException.class).hasMessageContaining("named ada already");
        assertThatThrownBy(() -> add("\u0430da", UserRole.READER)).as("Cyrillic а with Latin d and a").isInstanceOf(UserErrorException.class)
                .hasMessageContaining("mixes letters of different scripts");
        assertThatThrownBy(() -> add("\u0430\u0501\u0430", UserRole.READER)).as("all Cyrillic, reading as ada").isInstanceOf(UserErrorException.class)
                .hasMessageContaining("named ada already");

        assertThat(users.loadUserByUsername("ADA").getUsername()).isEqualTo("ada");
        add("李飞飞", UserRole.READER);
        assertThat(users.loadUserByUsername("李飞飞").getUsername()).isEqualTo("李飞飞");
    }

    @Test
    void weakAndOverLongPasswordsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> as(signIn("ada"), () -> users.addUser("bea", UserRole.READER, "          "))).isInstanceOf(UserErrorException.class)
                .hasMessage("A password needs at least 12 characters (spaces not counted).");
        assertThatThrownBy(() -> as(signIn("ada"), () -> users.addUser("bea", UserRole.READER, "password12"))).isInstanceOf(UserErrorException.class)
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> as(signIn("ada"), () -> users.addUser("bea", UserRole.READER, "password1234!"))).isInstanceOf(UserErrorException.class)
                .hasMessage("This password is on the list of passwords attackers try first: choose another.");
        assertThatThrownBy(() -> as(signIn("ada"), () -> users.addUser("bea", UserRole.READER, "qwertyuiop123"))).isInstanceOf(UserErrorException.class)
                .hasMessageContaining("attackers try first");
        assertThatThrownBy(() -> as(signIn("ada"), () -> users.addUser("bea", UserRole.READER, "a".repeat(12)))).isInstanceOf(UserErrorException.class);
        assertThatThrownBy(() -> as(signIn("ada"), () -> users.addUser("bea", UserRole.READER, "long passphrase ".repeat(5))))
                .isInstanceOf(UserErrorException.class).hasMessageStartingWith("A password can be at most 72 bytes long in UTF-8");
        assertThatThrownBy(() -> as(signIn("ada"), () -> users.addUser("bea", UserRole.READER, "翻译".repeat(13))))
                .as("26 Chinese characters are 78 bytes").isInstanceOf(UserErrorException.class).hasMessageContaining("72 bytes");
        assertThatCode(() -> as(signIn("ada"), () -> users.addUser("bea", UserRole.READER, "翻译记忆库对齐工作台的密码"))).doesNotThrowAnyException();
    }
}
