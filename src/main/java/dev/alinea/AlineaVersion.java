package dev.alinea;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, read from the build-info file Maven writes; "development" when run without one. */
public final class AlineaVersion {

    private static final String VERSION = load();

    private AlineaVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AlineaVersion.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("build.version", "development");
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the build-info file", e);
        }
    }
}
