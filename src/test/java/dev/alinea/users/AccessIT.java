package dev.alinea.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.alinea.Seeds;
import dev.alinea.SharedServerContext;
import dev.alinea.export.ExportService;
import dev.alinea.export.TmxExportOptions;
import dev.alinea.names.DivergenceService;
import dev.alinea.names.NameListService;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.ProjectService;
import dev.alinea.project.ProjectSummary;
import dev.alinea.project.SourceFile;
import dev.alinea.review.DivergenceDecision;
import dev.alinea.review.Verdict;
import dev.alinea.reviewing.ReviewService;
import dev.alinea.reviewing.ReviewService.RowRef;
import dev.alinea.reviewing.RowFilter;

/** Server mode: each role is enforced in the services, whatever a screen shows. */
class AccessIT extends SharedServerContext {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    ProjectService projects;

    @Autowired
    ReviewService reviews;

    @Autowired
    ExportService exports;

    @Autowired
    NameListService names;

    @Autowired
    UserService users;

    @Autowired
    DivergenceService divergences;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    private long assigned;
    private long other;

    @BeforeEach
    void usersAndProjects() {
        as("ada", UserRole.ADMIN, () -> {
            assigned = projects.createProject("Assigned", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                    new SourceFile(Seeds.INDONESIAN, "id", Seeds.bytes(Seeds.INDONESIAN))), 0);
            other = projects.createProject("Other", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH))), 0);
            for (String[] user : new String[][] {{"rex", "REVIEWER"}, {"ria", "REVIEWER"}, {"rea", "READER"}, {"ada", "ADMIN"}}) {
                String name = user[0] + assigned;
                long id = users.addUser(name, UserRole.valueOf(user[1]), PASSWORD);
                if (!user[0].equals("ria")) {
                    users.assign(assigned, id, true);
                }
            }
            return null;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private <T> T as(String name, UserRole role, Supplier<T> call) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String rex() {
        return "rex" + assigned;
    }

    private ReviewService.EditResult confirmFirstRow(long project) {
        return reviews.edit(project, List.of(RowRef.of(reviews.row(project, 0).orElseThrow())), (a, r) -> a.confirm(r));
    }

    @Test
    void aReviewerEditsAssignedProjectsOnlyAndTheHistoryNamesThem() {
        as(rex(), UserRole.REVIEWER, () -> confirmFirstRow(assigned));

        assertThat(as(rex(), UserRole.REVIEWER, () -> reviews.history(assigned)).getFirst().author()).isEqualTo(rex());
        assertThat(as(rex(), UserRole.REVIEWER, () -> projects.projects())).extracting(ProjectSummary::id).containsExactly(assigned);
        assertThatThrownBy(() -> as(rex(), UserRole.REVIEWER, () -> reviews.rows(other, RowFilter.ALL, 0, 5)))
                .isInstanceOf(AccessDeniedException.class).hasMessage(rex() + " may not open project " + other + ": it is not assigned to them.");
        assertThatThrownBy(() -> as("ria" + assigned, UserRole.REVIEWER, () -> confirmFirstRow(assigned)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReaderViewsAndExportsButChangesNothing() {
        String reader = "rea" + assigned;
        assertThat(as(reader, UserRole.READER, () -> reviews.rows(assigned, RowFilter.ALL, 0, 5))).hasSize(5);
        var out = new ByteArrayOutputStream();
        assertThat(as(reader, UserRole.READER, () -> exports.exportTmx(assigned, TmxExportOptions.DEFAULT, out))).isPositive();

        assertThatThrownBy(() -> as(reader, UserRole.READER, () -> confirmFirstRow(assigned))).isInstanceOf(AccessDeniedException.class)
                .hasMessage(reader + " may not change project " + assigned + ": a reader may view and export only.");
        assertThatThrownBy(() -> as(reader, UserRole.READER, () -> reviews.undo(assigned, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(reader, UserRole.READER, () -> {
            names.reject(assigned, names.entries(assigned).getFirst());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReaderSeesTheDivergencesButMayNotDecideOnThem() {
        String reader = "rea" + assigned;
        DivergenceService.RowDivergences found = as(reader, UserRole.READER, () -> divergences.byRow(assigned));
        assertThat(found.counted()).isNotEmpty();
        java.util.Map<String, DivergenceDecision> dismissal = java.util.Map.of(found.key(found.counted().getFirst()),
                new DivergenceDecision(Verdict.DISMISSED, "not a divergence"));

        assertThatThrownBy(() -> as(reader, UserRole.READER, () -> reviews.decide(assigned, dismissal, "Dismissed a divergence")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(reader + " may not change project " + assigned + ": a reader may view and export only.");
        assertThat(as(reader, UserRole.READER, () -> reviews.decisions(assigned))).isEmpty();
        assertThat(as(rex(), UserRole.REVIEWER, () -> reviews.decide(assigned, dismissal, "Dismissed a divergence")).description())
                .isEqualTo("Dismissed a divergence");
        assertThat(as(reader, UserRole.READER, () -> divergences.byRow(assigned)).counted()).hasSize(found.counted().size() - 1);
    }

    @Test
    void onlyAnAdministratorManagesUsersAndProjects() {
        assertThatThrownBy(() -> as(rex(), UserRole.REVIEWER, () -> users.addUser("mallory", UserRole.ADMIN, PASSWORD)))
                .isInstanceOf(AccessDeniedException.class).hasMessage(rex() + " may not add users: only an administrator may.");
        assertThatThrownBy(() -> as(rex(), UserRole.REVIEWER, () -> projects.importTmx("x.tmx", new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("ada" + assigned, UserRole.ADMIN, () -> projects.projects())).extracting(ProjectSummary::id).contains(assigned, other);
        assertThat(as("ada" + assigned, UserRole.ADMIN, () -> confirmFirstRow(other)).description()).isEqualTo("Confirmed row 1");
    }

    @Test
    void withoutSigningInNothingIsShownOrChanged() {
        assertThat(projects.projects()).isEmpty();
        assertThat(projects.project(assigned)).isEmpty();
        assertThatThrownBy(() -> reviews.rows(assigned, RowFilter.ALL, 0, 5)).isInstanceOf(AccessDeniedException.class).hasMessage("Sign in first.");
        assertThatThrownBy(() -> confirmFirstRow(assigned)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void passwordsAreStoredAsAdaptiveHashesOnly() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(rex()).query(String.class).single();

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(rex()).getPassword())).isTrue();
        assertThat(users.loadUserByUsername(rex()).getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_REVIEWER");
        assertThatThrownBy(() -> as("ada" + assigned, UserRole.ADMIN, () -> users.addUser("shorty", UserRole.READER, "short")))
                .isInstanceOf(UserErrorException.class).hasMessage("A password needs at least 12 characters (spaces not counted).");
    }
}
