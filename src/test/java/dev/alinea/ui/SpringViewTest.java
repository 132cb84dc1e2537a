package dev.alinea.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;

import dev.alinea.TestDataDirectory;
import dev.alinea.backup.BackupService;

/**
 * A browserless view test in the one Spring context that every view test class shares: the same
 * configuration and the same data folder give Spring's test context cache one key, so the
 * application (and its demo project) starts once for all the screens' tests instead of once per
 * class. The database is therefore shared too: a test that changes a project works on one it
 * made or copied itself, leaves the demo as it found it, and does not count what others made.
 */
@SpringBootTest
public abstract class SpringViewTest extends SpringBrowserlessTest {

    @Autowired
    private BackupService backups;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "view-");
    }

    /** A new project with the rows, history and name list of the given one, made without aligning anything again. */
    protected long copy(long projectId) {
        return restore(backup(projectId));
    }

    /** The project as a backup file, to restore as many copies of it as the tests need. */
    protected byte[] backup(long projectId) {
        var out = new ByteArrayOutputStream();
        backups.backup(projectId, out);
        return out.toByteArray();
    }

    /** A new project made from a backup file of {@link #backup}. */
    protected long restore(byte[] backup) {
        return backups.restore("copy.json.gz", new ByteArrayInputStream(backup));
    }
}
