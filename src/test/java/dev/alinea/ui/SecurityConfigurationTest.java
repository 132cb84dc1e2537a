package dev.alinea.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SecurityConfigurationTest {

    @Test
    void onlyTheBundleAndVersionedStyleSheetsMayBeCached() {
        assertThat(SecurityConfiguration.isVersionedResource(get("/VAADIN/build/FlowClient-DfUy3jvq.js", null))).isTrue();
        assertThat(SecurityConfiguration.isVersionedResource(get("/styles.css", "v-c=3d2296b9"))).isTrue();
        assertThat(SecurityConfiguration.isVersionedResource(get("/lumo/lumo.css", "v-c=0ec2b765"))).isTrue();

        assertThat(SecurityConfiguration.isVersionedResource(get("/", null))).isFalse();
        assertThat(SecurityConfiguration.isVersionedResource(get("/projects/3", null))).isFalse();
        assertThat(SecurityConfiguration.isVersionedResource(get("/", "v-r=uidl&v-uiId=1"))).isFalse();
        assertThat(SecurityConfiguration.isVersionedResource(get("/styles.css", null))).isFalse();
        // Downloads (exports) are made for one user.
        assertThat(SecurityConfiguration.isVersionedResource(get("/VAADIN/dynamic/resource/1/abc/export.tmx", "v-c=1"))).isFalse();
        assertThat(SecurityConfiguration.isVersionedResource(get("/VAADIN/build/../dynamic/resource/1/abc/export.tmx", null))).isFalse();
        assertThat(SecurityConfiguration.isVersionedResource(get("/VAADIN/build/%2e%2e/dynamic/resource/1/abc/export.tmx", null))).isFalse();
        var post = get("/VAADIN/build/FlowClient-DfUy3jvq.js", null);
        post.setMethod("POST");
        assertThat(SecurityConfiguration.isVersionedResource(post)).isFalse();
    }

    private static MockHttpServletRequest get(String path, @Nullable String query) {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        return request;
    }
}
