package dev.alinea;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, read from the build-info file Maven writes; "development" when run without one. */
public final class AlineaVersion {

    private static final Properties BUILD = load();
    private static final String VERSION = BUILD.getProperty("build.version", "development");

    private AlineaVersion() {
    }

    public static String current() {
        return VERSION;
    }

    /** The version and the time of the build ("0.1.0-SNAPSHOT@2026-11-27T14:50:51Z"): tells two builds of one version apart. */
    public static String build() {
        return VERSION + "@" + BUILD.getProperty("build.time", "");
    }

    private static Properties load() {
        try (InputStream in = AlineaVersion.class.getResourceAsStream("/META-INF/build-info.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the build-info file", e);
        }
    }
}
