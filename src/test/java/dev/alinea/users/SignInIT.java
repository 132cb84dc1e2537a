package dev.alinea.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.alinea.TestDataDirectory;
import dev.alinea.problem.CapturedLog;

/**
 * Issue 16, findings 1, 8 and 10 over HTTP, as a browser meets them: a session ends when the
 * user's password changes; sign-in is throttled per account and per address, each failure logged
 * without the password; sign-in needs the CSRF token of the sign-in page; pages carry the security
 * headers, the session cookie is SameSite=Lax and never in a URL; pages are not cached, the
 * workbench's versioned scripts are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alinea.mode=server", "server.forward-headers-strategy=native"})
class SignInIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "sign-in-");
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    private long bea;

    @BeforeEach
    void users() {
        jdbc.sql("DELETE FROM app_user").update();
        throttle.forgetAddresses();
        ProjectAccess.asSystem(() -> users.addUser("ada", UserRole.ADMIN, PASSWORD));
        bea = ProjectAccess.asSystem(() -> users.addUser("bea", UserRole.REVIEWER, PASSWORD));
    }

    @AfterEach
    void forget() {
        throttle.forgetAddresses();
    }

    /** A browser of its own: cookies kept, redirects not followed. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postSignIn(HttpClient browser, String name, String password, boolean withToken) throws Exception {
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        if (withToken) {
            Matcher token = CSRF.matcher(get(browser, "/login").body());
            assertThat(token.find()).as("the sign-in page holds a CSRF token").isTrue();
            form += "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as the sign-in page does; true when the browser is then signed in. */
    private boolean signIn(HttpClient browser, String name, String password) throws Exception {
        postSignIn(browser, name, password, true);
        return isSignedIn(browser);
    }

    private boolean isSignedIn(HttpClient browser) throws Exception {
        return get(browser, "/").statusCode() == 200;
    }

    @Test
    void aPasswordResetEndsTheSessionAtItsNextRequest() throws Exception {
        HttpClient beasBrowser = browser();
        assertThat(signIn(beasBrowser, "bea", PASSWORD)).isTrue();

        ProjectAccess.asSystem(() -> {
            users.setPassword(bea, "a new long passphrase");
            return null;
        });

        assertThat(isSignedIn(beasBrowser)).isFalse();
        assertThat(get(beasBrowser, "/").headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(signIn(beasBrowser, "bea", "a new long passphrase")).isTrue();
    }

    @Test
    void aCrossSitePostWithoutTheSignInPagesTokenDoesNotSignIn() throws Exception {
        HttpClient browser = browser();

        postSignIn(browser, "bea", PASSWORD, false);

        assertThat(isSignedIn(browser)).isFalse();
        assertThat(signIn(browser, "bea", PASSWORD)).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        try (CapturedLog log = CapturedLog.of(SignInThrottle.class)) {
            for (int attempt = 0; attempt < SignInThrottle.ACCOUNT_LIMIT; attempt++) {
                assertThat(signIn(browser(), "bea", "wrong guess number " + attempt)).isFalse();
            }

            assertThat(signIn(browser(), "bea", PASSWORD)).as("the right password, on a locked account").isFalse();
            assertThat(log.events()).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(line -> assertThat(line).startsWith("Failed sign-in as \"bea\" from 127.0.0.1"))
                    .anySatisfy(line -> assertThat(line).contains("refused").contains("LockedException"))
                    .noneSatisfy(line -> assertThat(line).contains("wrong guess"));
        }
        assertThat(ProjectAccess.asSystem(() -> users.users())).filteredOn(user -> user.id() == bea).singleElement()
                .satisfies(user -> assertThat(user.lockedUntil()).isNotNull());

        ProjectAccess.asSystem(() -> {
            users.unlock(bea);
            return null;
        });

        assertThat(signIn(browser(), "bea", PASSWORD)).isTrue();
    }

    @Test
    void anAddressThatFailsTwentyTimesMayNotSignInForAWhile() throws Exception {
        for (int attempt = 0; attempt < SignInThrottle.ADDRESS_LIMIT; attempt++) {
            signIn(browser(), "nobody" + attempt, "wrong guess");
        }

        assertThat(signIn(browser(), "ada", PASSWORD)).isFalse();
        throttle.forgetAddresses();
        assertThat(signIn(browser(), "ada", PASSWORD)).isTrue();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieStaysOutOfUrls() throws Exception {
        HttpClient browser = browser();
        var signInPage = get(browser, "/login");
        var redirect = get(browser(), "/projects/1");

        assertThat(signInPage.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(signInPage.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(signInPage.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(signInPage.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(signInPage.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).contains("JSESSIONID")
                .contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContainIgnoringCase("jsessionid"));
        assertThat(signIn(browser, "ada", PASSWORD)).isTrue();
        assertThat(get(browser, "/").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void pagesAreNotCachedButTheWorkbenchsVersionedScriptsAre() throws Exception {
        HttpClient browser = browser();
        assertThat(signIn(browser, "ada", PASSWORD)).isTrue();
        var page = get(browser, "/");
        String script = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(page.body()).results().findFirst()
                .orElseThrow(() -> new AssertionError("no bundle script in " + page.body())).group(1);
        var bundle = get(browser, "/" + script);

        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(page.headers().firstValue("Pragma")).contains("no-cache");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("max-age=")
                .doesNotContain("no-cache").doesNotContain("no-store"));
        assertThat(bundle.headers().firstValue("Pragma")).isEmpty();
        assertThat(bundle.headers().firstValue("Expires")).isEmpty();
        assertThat(bundle.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
        var viaProxy = browser().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        var direct = get(browser(), "/login");

        assertThat(viaProxy.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).contains("JSESSIONID").contains("Secure"));
        assertThat(direct.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }
}
