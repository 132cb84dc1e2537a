package dev.alinea;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application in server mode (sign-in required), started once for every integration test
 * class that extends this one, as {@link SharedLocalContext} is for local mode. Tests make their
 * own projects and users, named so that they meet nobody else's.
 */
@SpringBootTest(properties = "alinea.mode=server")
public abstract class SharedServerContext {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "server-");
    }
}
