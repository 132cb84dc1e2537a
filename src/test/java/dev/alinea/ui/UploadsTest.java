package dev.alinea.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;

import dev.alinea.users.AccessDeniedException;

/**
 * Issue 16, finding 3: an upload is refused before a byte is read when the uploader may not make
 * it, and a file over the cap is refused by name, whatever size its request claims.
 */
class UploadsTest {

    private final List<String> received = new ArrayList<>();
    private final UI ui = mock(UI.class);

    private UploadEvent upload(String fileName, long claimedSize, InputStream content) {
        UploadEvent event = mock(UploadEvent.class);
        when(event.getUI()).thenReturn(ui);
        when(event.getFileName()).thenReturn(fileName);
        when(event.getFileSize()).thenReturn(claimedSize);
        when(event.getInputStream()).thenReturn(content);
        return event;
    }

    @Test
    void aReadersUploadIsRefusedBeforeAnythingIsRead() throws Exception {
        InputStream content = mock(InputStream.class);
        UploadEvent event = upload("names.csv", 1_500_000_000L, content);

        Uploads.inMemory(10, () -> {
            throw new AccessDeniedException("rea may not change project 3: a reader may view and export only.");
        }, (u, name, data) -> received.add(name)).handleUploadRequest(event);

        verify(content, never()).read();
        verify(content, never()).read(any());
        verify(content, never()).readNBytes(org.mockito.ArgumentMatchers.anyInt());
        verify(event).reject("rea may not change project 3: a reader may view and export only.");
        assertThat(received).isEmpty();
    }

    @Test
    void aFileOverTheCapIsRefusedByNameWhateverItsRequestClaims() throws Exception {
        UploadEvent claimedLarge = upload("big.csv", 11, new ByteArrayInputStream(new byte[11]));
        UploadEvent claimedSmall = upload("sly.csv", -1, new ByteArrayInputStream(new byte[11]));

        Uploads.inMemory(10, () -> { }, (u, name, data) -> received.add(name)).handleUploadRequest(claimedLarge);
        Uploads.inMemory(10, () -> { }, (u, name, data) -> received.add(name)).handleUploadRequest(claimedSmall);

        verify(claimedLarge).reject("big.csv is larger than 10 bytes, the most Alinea takes in one file.");
        verify(claimedSmall).reject("sly.csv is larger than 10 bytes, the most Alinea takes in one file.");
        assertThat(received).isEmpty();
    }

    @Test
    void aFileWithinTheCapIsHandedOnWhole() throws Exception {
        Uploads.inMemory(10, () -> { }, (u, name, data) -> received.add(name + ":" + data.length))
                .handleUploadRequest(upload("ok.csv", 10, new ByteArrayInputStream(new byte[10])));

        assertThat(received).containsExactly("ok.csv:10");
    }
}
